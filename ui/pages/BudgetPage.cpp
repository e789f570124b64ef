#include "BudgetPage.h"

#include "BusinessCasePanel.h"
#include "budget/BudgetPlanning.h"
#include "budget/BudgetTotals.h"
#include "budget/BudgetWarnings.h"
#include "Clock.h"
#include "commands/SnapshotCommand.h"
#include "domain/BudgetLine.h"
#include "domain/BudgetYear.h"
#include "domain/Expense.h"
#include "models/ValueFormatter.h"
#include "PageHeader.h"
#include "storage/Workspace.h"
#include "widgets/BudgetChart.h"
#include "widgets/RecordTableView.h"
#include "widgets/ViewCsvExport.h"
#include "WorkspaceContext.h"

#include <QApplication>
#include <QStyle>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stuurboord {

namespace {
enum Column { Category, Line, Planned, Committed, Spent, Left, Used, ColumnCount };
}

BudgetPage::BudgetPage(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Budget"),
        tr("Reserve budget for phase two, workshops and inspiration sessions, or phase two never "
           "starts. Committed is the estimated cost of the backlog items planned or in progress "
           "on a line; left is what is still free."),
        this));
    auto* yearRow = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("Budget year:"), this);
    m_year = new QComboBox(this);
    m_year->setAccessibleName(tr("Budget year"));
    yearLabel->setBuddy(m_year);
    m_nextYear = new QPushButton(tr("Prepare Next Year"), this);
    m_nextYear->setToolTip(tr("Copy this year's budget lines into a draft budget for the next year."));
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addWidget(m_nextYear);
    yearRow->addStretch(1);
    layout->addLayout(yearRow);

    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setFrameShape(QFrame::StyledPanel);
    m_warnings->setMargin(6);
    m_warnings->setAccessibleName(tr("Budget warnings"));
    layout->addWidget(m_warnings);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    auto* overview = new QSplitter(Qt::Horizontal, m_tabs);
    m_summary = new QTreeWidget(overview);
    m_summary->setRootIsDecorated(false);
    m_summary->setAlternatingRowColors(true);
    m_summary->setAccessibleName(tr("Planned, committed and spent per budget line"));
    m_summary->setHeaderLabels({tr("Category"), tr("Budget line"), tr("Planned"), tr("Committed"),
        tr("Spent"), tr("Left"), tr("Used")});
    m_summary->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_summary, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addAction(tr("Export as CSV…"), this, [this] {
            ViewCsvExport::saveAs(*m_summary, tr("Budget %1").arg(m_year->currentData().toInt()), this);
        });
        menu.exec(m_summary->viewport()->mapToGlobal(at));
    });
    m_chart = new BudgetChart(overview);
    overview->addWidget(m_summary);
    overview->addWidget(m_chart);
    // The table asks for all its columns' width; without a floor the chart is squeezed to
    // a strip whose labels cannot be read.
    // The table's "Left" column is what the coordinator reads first, so the table gets most
    // of the width and the chart a readable minimum.
    m_chart->setMinimumWidth(360);
    overview->setChildrenCollapsible(false);
    overview->setStretchFactor(0, 7);
    overview->setStretchFactor(1, 3);
    overview->setSizes({700, 300});
    m_tabs->addTab(overview, tr("Overview"));
    m_businessCase = new BusinessCasePanel(context, m_tabs);
    m_tabs->addTab(m_businessCase, tr("Business case"));
    m_tabs->addTab(
        new RecordTableView(context, Expense::entity().spec(), tr("No expenses booked yet."), m_tabs),
        tr("Expenses"));
    m_tabs->addTab(new RecordTableView(context, BudgetLine::entity().spec(),
                       tr("No budget lines yet. Add one per category you reserve money for."), m_tabs),
        tr("Budget lines"));
    m_tabs->addTab(
        new RecordTableView(context, BudgetYear::entity().spec(), tr("No budget years yet."), m_tabs),
        tr("Budget years"));
    layout->addWidget(m_tabs, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &BudgetPage::showYear);
    connect(m_nextYear, &QPushButton::clicked, this, &BudgetPage::prepareNextYear);
    connect(&context, &WorkspaceContext::tableChanged, this, [this](const QString& table) {
        if (table.startsWith(u"budget") || table == u"expense" || table == u"backlog_item")
            reload();
    });
    reload();
}

void BudgetPage::reload()
{
    const int chosen = m_year->currentData().toInt();
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    const BudgetQueries queries(m_context.workspace().database());
    for (int year : queries.years())
        m_year->addItem(queries.isDraft(year) ? tr("%1 (draft)").arg(year) : QString::number(year), year);
    // The current year first, when there is no earlier choice.
    const int preferred = chosen != 0 ? chosen : Clock::today().year();
    m_year->setCurrentIndex(qMax(0, m_year->findData(preferred)));
    showYear();
}

void BudgetPage::showYear()
{
    const int year = m_year->currentData().toInt();
    m_nextYear->setEnabled(year != 0);
    m_summary->clear();
    const BudgetTotals totals = BudgetTotals::forYear(BudgetQueries(m_context.workspace().database()), year);
    const auto addRow = [this](const QString& category, const QString& description, const BudgetQueries::Line& line) {
        const QString used = line.plannedCents > 0
            ? ValueFormatter::number(100.0 * double(line.spentCents) / double(line.plannedCents)) + QStringLiteral(" %")
            : QString();
        auto* item = new QTreeWidgetItem(m_summary,
            {category, description, ValueFormatter::money(line.plannedCents), ValueFormatter::money(line.committedCents),
                ValueFormatter::money(line.spentCents), ValueFormatter::money(line.leftCents()), used});
        for (int column = Planned; column < ColumnCount; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (line.leftCents() < 0) {
            item->setForeground(Left, QColor(0xb0, 0x20, 0x20));
            // The minus sign and a warning sign say it without the colour.
            item->setIcon(Left, QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(Left, tr("Committed and spent together exceed what was planned."));
        }
        return item;
    };
    for (const BudgetQueries::Line& line : totals.lines)
        addRow(ValueFormatter::capitalised(enumSpec<BudgetCategory>().labelForKey(line.category)), line.description, line);
    m_chart->show(year, totals.lines);
    m_businessCase->showYear(year);
    showWarnings(year);
    if (totals.lines.isEmpty()) {
        new QTreeWidgetItem(m_summary, {year == 0 ? tr("No budget years yet: add one on the Budget years tab.")
                                                  : tr("No budget lines for this year yet.")});
        return;
    }
    QTreeWidgetItem* total = addRow(tr("Total"), QString(), totals.total);
    QFont bold = total->font(0);
    bold.setBold(true);
    for (int column = 0; column < ColumnCount; ++column)
        total->setFont(column, bold);
    for (int column = 0; column < ColumnCount; ++column)
        m_summary->resizeColumnToContents(column);
    m_summary->setColumnWidth(Line, qMin(m_summary->columnWidth(Line), fontMetrics().averageCharWidth() * 26));
}

void BudgetPage::showWarnings(int year)
{
    const QDate today = Clock::today();
    // The warnings of the year shown: today within this year, its last day for a past one.
    const QDate date = year == today.year() ? today : year < today.year() ? QDate(year, 12, 31) : QDate(year, 1, 1);
    const QList<BudgetWarnings::Warning> warnings
        = year == 0 ? QList<BudgetWarnings::Warning>{} : BudgetWarnings::forDate(m_context.workspace(), date);
    if (warnings.isEmpty()) {
        m_warnings->setText(year == 0 ? QString() : tr("No budget warnings for %1.").arg(year));
        m_warnings->setVisible(year != 0);
        return;
    }
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin-left:-20px\">")
                       .arg(tr("Needs attention (%n):", nullptr, int(warnings.size())).toHtmlEscaped());
    for (const BudgetWarnings::Warning& warning : warnings)
        html += QStringLiteral("<li>%1</li>").arg(warning.text.toHtmlEscaped());
    m_warnings->setText(html + QStringLiteral("</ul>"));
    m_warnings->setVisible(true);
}

bool BudgetPage::prepareNextYear()
{
    const int year = m_year->currentData().toInt();
    if (year == 0)
        return false;
    qint64 newYearId = 0;
    const Outcome outcome = SnapshotCommand::run(m_context, tr("Prepare the %1 budget").arg(year + 1),
        {{&BudgetYear::entity().spec(), {}, {}}, {&BudgetLine::entity().spec(), {}, {}}},
        [&] { return BudgetPlanning::prepareNextYear(m_context.workspace(), year, &newYearId); });
    if (!outcome) {
        QMessageBox::information(this, tr("Prepare Next Year"), outcome.message());
        return false;
    }
    m_year->setCurrentIndex(qMax(0, m_year->findData(year + 1)));
    return true;
}

} // namespace stuurboord
