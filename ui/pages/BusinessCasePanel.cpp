#include "BusinessCasePanel.h"

#include "budget/BusinessCase.h"
#include "domain/BenefitAssumption.h"
#include "model/Money.h"
#include "models/RecordTableModel.h"
#include "widgets/RecordTableView.h"
#include "WorkspaceContext.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace stuurboord {

BusinessCasePanel::BusinessCasePanel(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Business case"));
    m_summary->setMargin(6);
    auto* heading = new QLabel(tr("Benefit assumptions (what the intranet saves, as you estimate it):"), this);
    m_assumptions = new RecordTableView(context, BenefitAssumption::entity().spec(),
        tr("No benefit assumptions yet. Add, for example, the minutes an active user saves per "
           "month finding a colleague, and what an hour of work costs."),
        this);
    // Short titles so the table fits beside the page without scrolling sideways; the form
    // keeps the full wording.
    m_assumptions->model()->setHeaderTitle(QStringLiteral("minutes_per_user_month"), tr("Minutes a month"));
    m_assumptions->model()->setHeaderTitle(QStringLiteral("share_percent"), tr("Share of users"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(heading);
    layout->addWidget(m_assumptions, 1);
    connect(&context, &WorkspaceContext::tableChanged, this, [this](const QString& table) {
        if (table == u"benefit_assumption" || table.startsWith(u"budget") || table == u"expense"
            || table == u"observation")
            showYear(m_year);
    });
}

void BusinessCasePanel::showYear(int year)
{
    m_year = year;
    if (year == 0) {
        m_summary->setText(tr("Add a budget year to see what the intranet costs."));
        return;
    }
    const BusinessCase result = BusinessCase::forYear(m_context.workspace(), year);
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Business case %1").arg(year).toHtmlEscaped());
    for (const QString& sentence : result.sentences)
        html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (result.netCents) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Estimated net return: %1 a year.").arg(Money::format(*result.netCents)).toHtmlEscaped());
    }
    m_summary->setText(html);
}

} // namespace stuurboord
