#include "BudgetPage.h"

#include "domain/BudgetLine.h"
#include "domain/BudgetYear.h"
#include "domain/Expense.h"
#include "models/ValueFormatter.h"
#include "PageHeader.h"
#include "storage/queries/BudgetQueries.h"
#include "storage/Workspace.h"
#include "widgets/RecordTableView.h"
#include "WorkspaceContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stuurboord {

BudgetPage::BudgetPage(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Budget"),
        tr("Reserve budget for phase two, workshops and inspiration sessions, "
           "or phase two never starts. Planned against spent per line."),
        this));
    auto* yearRow = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("Budget year:"), this);
    m_year = new QComboBox(this);
    m_year->setAccessibleName(tr("Budget year"));
    yearLabel->setBuddy(m_year);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    layout->addLayout(yearRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_summary = new QTreeWidget(splitter);
    m_summary->setRootIsDecorated(false);
    m_summary->setAlternatingRowColors(true);
    m_summary->setAccessibleName(tr("Planned and spent per budget line"));
    m_summary->setHeaderLabels({tr("Category"), tr("Budget line"), tr("Planned"), tr("Spent"),
        tr("Remaining"), tr("Used")});
    auto* tabs = new QTabWidget(splitter);
    tabs->setDocumentMode(true);
    tabs->addTab(
        new RecordTableView(context, Expense::entity().spec(), tr("No expenses booked yet."), tabs),
        tr("Expenses"));
    tabs->addTab(new RecordTableView(context, BudgetLine::entity().spec(),
                     tr("No budget lines yet. Add one per category you reserve money for."), tabs),
        tr("Budget lines"));
    tabs->addTab(
        new RecordTableView(context, BudgetYear::entity().spec(), tr("No budget years yet."), tabs),
        tr("Budget years"));
    splitter->addWidget(m_summary);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &BudgetPage::showYear);
    connect(&context, &WorkspaceContext::tableChanged, this, [this](const QString& table) {
        if (table.startsWith(u"budget") || table == u"expense")
            reload();
    });
    reload();
}

void BudgetPage::reload()
{
    const int chosen = m_year->currentData().toInt();
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    for (int year : BudgetQueries(m_context.workspace().database()).years())
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(qMax(0, m_year->findData(chosen)));
    showYear();
}

void BudgetPage::showYear()
{
    m_summary->clear();
    const QList<BudgetQueries::Line> lines
        = BudgetQueries(m_context.workspace().database()).lines(m_year->currentData().toInt());
    qint64 planned = 0;
    qint64 spent = 0;
    const auto addRow = [this](const QString& category, const QString& description,
                            qint64 plannedCents, qint64 spentCents) {
        const QString used = plannedCents > 0
            ? ValueFormatter::number(100.0 * double(spentCents) / double(plannedCents))
                + QStringLiteral(" %")
            : QString();
        auto* item = new QTreeWidgetItem(m_summary,
            {category, description, ValueFormatter::money(plannedCents),
                ValueFormatter::money(spentCents), ValueFormatter::money(plannedCents - spentCents),
                used});
        for (int column = 2; column < 6; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (const BudgetQueries::Line& line : lines) {
        addRow(ValueFormatter::capitalised(enumSpec<BudgetCategory>().labelForKey(line.category)), line.description,
            line.plannedCents, line.spentCents);
        planned += line.plannedCents;
        spent += line.spentCents;
    }
    if (lines.isEmpty()) {
        new QTreeWidgetItem(m_summary, {tr("No budget lines for this year yet.")});
        return;
    }
    QTreeWidgetItem* total = addRow(tr("Total"), QString(), planned, spent);
    QFont bold = total->font(0);
    bold.setBold(true);
    for (int column = 0; column < 6; ++column)
        total->setFont(column, bold);
    for (int column = 0; column < 6; ++column)
        m_summary->resizeColumnToContents(column);
}

} // namespace stuurboord
