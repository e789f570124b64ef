#include "KpiReviewDialog.h"

#include "KpiEditor.h"
#include "WorkspaceContext.h"
#include "commands/SnapshotCommand.h"
#include "domain/KpiChange.h"
#include "domain/KpiValue.h"
#include "storage/Workspace.h"
#include "widgets/ProblemLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace stuurboord {

KpiReviewDialog::KpiReviewDialog(WorkspaceContext& context, const Kpi& kpi, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_kpi(kpi)
{
    setWindowTitle(tr("Review KPI “%1”").arg(kpi.name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Is this KPI still worth measuring? Keep it, change its definition, or retire it. "
                                "A retired KPI keeps its history but leaves the dashboard."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_outcome = new QComboBox(this);
    m_outcome->addItem(tr("Keep it as it is"), int(KpiOperations::ReviewOutcome::Kept));
    m_outcome->addItem(tr("Change it (new version)…"), int(KpiOperations::ReviewOutcome::Changed));
    m_outcome->addItem(tr("Retire it"), int(KpiOperations::ReviewOutcome::Retired));
    m_reason = new QPlainTextEdit(this);
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_nextReview = new QDateEdit(QDate::currentDate().addYears(1), this);
    m_nextReview->setCalendarPopup(true);
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(tr("Reason *"), m_reason);
    form->addRow(tr("Next review"), m_nextReview);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_reason->setAccessibleName(tr("Reason"));
    m_nextReview->setAccessibleName(tr("Next review"));
    layout->addLayout(form);
    m_problem = new ProblemLabel(this);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &KpiReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &KpiReviewDialog::reject);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        m_nextReview->setEnabled(m_outcome->currentData().toInt() != int(KpiOperations::ReviewOutcome::Retired));
    });
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void KpiReviewDialog::setOutcome(KpiOperations::ReviewOutcome outcome, const QString& reason)
{
    m_outcome->setCurrentIndex(m_outcome->findData(int(outcome)));
    m_reason->setPlainText(reason);
}

void KpiReviewDialog::accept()
{
    const auto outcome = static_cast<KpiOperations::ReviewOutcome>(m_outcome->currentData().toInt());
    const QString reason = m_reason->toPlainText().trimmed();
    Kpi reviewed = m_kpi;
    if (outcome == KpiOperations::ReviewOutcome::Changed && !reason.isEmpty()) {
        const auto edited = KpiEditor::ask(m_context, m_kpi, this, tr("Change KPI “%1”").arg(m_kpi.name));
        if (!edited)
            return;
        reviewed = edited->kpi;
    }
    const Outcome saved = SnapshotCommand::run(
        m_context, tr("Review KPI “%1”").arg(m_kpi.name),
        {{&Kpi::entity().spec(), QStringLiteral("id"), m_kpi.id},
         {&KpiValue::entity().spec(), QStringLiteral("kpi_id"), m_kpi.id},
         {&KpiChange::entity().spec(), QStringLiteral("kpi_id"), m_kpi.id}},
        [&] {
            return KpiOperations(m_context.workspace())
                .review(reviewed, outcome, reason, KpiEditor::author(m_context), m_nextReview->date());
        });
    if (!saved) {
        m_problem->showProblem(saved.message());
        return;
    }
    QDialog::accept();
}

} // namespace stuurboord
