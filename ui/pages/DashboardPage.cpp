#include "DashboardPage.h"

#include "Clock.h"
#include "domain/ActionItem.h"
#include "domain/Kpi.h"
#include "domain/Meeting.h"
#include "import/StandardMetricNames.h"
#include "kpi/KpiEvaluator.h"
#include "kpi/MeasurementCalendar.h"
#include "models/ValueFormatter.h"
#include "PageHeader.h"
#include "storage/queries/BudgetQueries.h"
#include "storage/queries/UsageQueries.h"
#include "storage/Workspace.h"
#include "widgets/FigureTile.h"
#include "widgets/MetricChart.h"
#include "widgets/StatusStyle.h"
#include "WorkspaceContext.h"

#include <QDate>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stuurboord {

namespace {
// The figures a coordinator looks at first, in this order.
const QStringList headlineMetrics{QStringLiteral("active_users"),
    QStringLiteral("unique_logged_in_users"), QStringLiteral("page_views"),
    QStringLiteral("profiles_completed")};

QTreeWidget* makeList(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setHeaderLabels(headers);
    list->setAccessibleName(name);
    list->header()->setStretchLastSection(true);
    return list;
}

QGroupBox* box(const QString& title, QWidget* content, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}
} // namespace

DashboardPage::DashboardPage(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Dashboard"), tr("How the intranet is doing, and what needs your attention."), this));
    auto* tiles = new QHBoxLayout;
    for (int i = 0; i < headlineMetrics.size(); ++i) {
        auto* tile = new FigureTile(this);
        tiles->addWidget(tile, 1);
        m_tiles << tile;
    }
    layout->addLayout(tiles);

    auto* grid = new QGridLayout;
    m_kpis = makeList({tr("KPI"), tr("Latest"), tr("Target"), tr("Status")}, tr("KPIs"), this);
    grid->addWidget(box(tr("KPIs"), m_kpis, this), 0, 0);
    m_actions = makeList({tr("Due"), tr("Owner"), tr("Action")}, tr("Action needed"), this);
    grid->addWidget(box(tr("Action needed"), m_actions, this), 0, 1);
    m_chart = new MetricChart(this);
    grid->addWidget(m_chart, 1, 0, 2, 1);
    m_meetings = makeList({tr("Date"), tr("Coming up")}, tr("Coming up"), this);
    grid->addWidget(box(tr("Meetings and measurement moments"), m_meetings, this), 1, 1);
    auto* budgetBox = new QWidget(this);
    auto* budgetLayout = new QVBoxLayout(budgetBox);
    m_budget = new QProgressBar(budgetBox);
    m_budget->setAccessibleName(tr("Budget used"));
    m_budgetText = new QLabel(budgetBox);
    m_budgetText->setWordWrap(true);
    budgetLayout->addWidget(m_budget);
    budgetLayout->addWidget(m_budgetText);
    budgetLayout->addStretch(1);
    grid->addWidget(box(tr("Budget this year"), budgetBox, this), 2, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 1);
    layout->addLayout(grid, 1);

    connect(&context, &WorkspaceContext::tableChanged, this, &DashboardPage::reload);
    reload();
}

void DashboardPage::reload()
{
    reloadFigures();
    reloadKpis();
    reloadActions();
    reloadMeetings();
    reloadBudget();
}

void DashboardPage::reloadFigures()
{
    const QList<UsageQueries::Series> all
        = UsageQueries(m_context.workspace().database()).monthlyTotals();
    const UsageQueries::Series* charted = nullptr;
    for (int i = 0; i < headlineMetrics.size(); ++i) {
        const auto found
            = std::find_if(all.cbegin(), all.cend(), [&](const UsageQueries::Series& series) {
                  return series.metric.key == headlineMetrics.at(i);
              });
        if (found == all.cend() || found->byMonth.isEmpty()) {
            m_tiles.at(i)->setFigure(StandardMetricNames::name(headlineMetrics.at(i)),
                tr("no data"), tr("Import usage data to see this figure."));
            continue;
        }
        const QString lastMonth = found->byMonth.lastKey();
        const double last = found->byMonth.last();
        const QString yearBefore = QDate::fromString(lastMonth + QStringLiteral("-01"), Qt::ISODate)
                                       .addYears(-1)
                                       .toString(QStringLiteral("yyyy-MM"));
        QString change = tr("in %1").arg(ValueFormatter::month(lastMonth));
        if (found->byMonth.contains(yearBefore) && found->byMonth.value(yearBefore) > 0) {
            const double percent = 100.0 * (last - found->byMonth.value(yearBefore))
                / found->byMonth.value(yearBefore);
            change += QStringLiteral("; ")
                + tr("%1% compared with a year earlier")
                      .arg((percent >= 0 ? QStringLiteral("+") : QString())
                          + ValueFormatter::number(percent));
        }
        m_tiles.at(i)->setFigure(found->metric.name, ValueFormatter::number(last), change);
        if (!charted)
            charted = &*found;
    }
    // The first headline figure that has data, else any metric: a workspace fed only by,
    // say, Microsoft 365 reports still shows its course over time.
    if (!charted && !all.isEmpty())
        charted = &all.constFirst();
    if (charted)
        m_chart->show(charted->metric.name, charted->byMonth);
    else
        m_chart->show(tr("No usage data yet: import a usage export on the Data page."), {});
}

void DashboardPage::reloadActions()
{
    m_actions->clear();
    const QDate today = Clock::today();
    RecordStore& store = m_context.records();
    for (const ActionItem& action : m_context.workspace().repository<ActionItem>().all()) {
        if (action.status != ActionStatus::Open && action.status != ActionStatus::InProgress)
            continue;
        auto* item = new QTreeWidgetItem(m_actions,
            {ValueFormatter::date(action.due),
                store.displayName(QStringLiteral("stakeholder"), action.ownerId),
                action.description});
        item->setToolTip(2, action.description);
        if (action.due.isValid() && action.due < today) {
            item->setText(0, tr("%1 (overdue)").arg(ValueFormatter::date(action.due)));
            item->setForeground(0, QBrush(Qt::red));
        }
    }
    if (m_actions->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_actions, {QString(), QString(), tr("No open action items.")});
    m_actions->resizeColumnToContents(0);
    m_actions->resizeColumnToContents(1);
}

void DashboardPage::reloadMeetings()
{
    m_meetings->clear();
    const QDate today = Clock::today();
    QList<std::pair<QDate, QString>> entries;
    for (const Meeting& meeting : m_context.workspace().repository<Meeting>().all()) {
        if (meeting.date >= today)
            entries.append({meeting.date, meeting.title});
    }
    if (entries.isEmpty())
        entries.append({QDate(), tr("No meetings planned. Plan the next stakeholder meeting.")});
    for (const MeasurementCalendar::Moment& moment :
        MeasurementCalendar::upcoming(m_context.workspace()))
        entries.append(
            {moment.date, tr("Measure %1 (%2)").arg(moment.kpiName, moment.period.toString())});
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        return a.first.isValid() && (!b.first.isValid() || a.first < b.first);
    });
    for (const auto& [date, what] : std::as_const(entries))
        new QTreeWidgetItem(m_meetings, {ValueFormatter::date(date), what});
    m_meetings->resizeColumnToContents(0);
}

void DashboardPage::reloadKpis()
{
    m_kpis->clear();
    const KpiEvaluator evaluator(m_context.workspace());
    for (const Kpi& kpi : m_context.workspace().repository<Kpi>().all()) {
        // Retired KPIs keep their history but no longer ask for attention.
        if (kpi.lifecycle != KpiLifecycle::Active && kpi.lifecycle != KpiLifecycle::UnderReview)
            continue;
        const QList<KpiPoint> points = evaluator.series(kpi);
        const KpiPoint last = points.isEmpty() ? KpiPoint{} : points.last();
        // When the last moment has no value yet, still show the latest known one, with its period.
        const auto known = std::find_if(points.crbegin(), points.crend(),
            [](const KpiPoint& p) { return p.value.has_value(); });
        QString latest;
        if (last.value)
            latest = ValueFormatter::number(*last.value, 1);
        else if (known != points.crend())
            latest = tr("%1 (%2)").arg(
                ValueFormatter::number(*known->value, 1), known->period.toString());
        auto* item = new QTreeWidgetItem(m_kpis,
            {kpi.name, latest,
                last.target ? ValueFormatter::number(last.target->value, 1) : QString(),
                StatusStyle::text(last.status)});
        item->setForeground(3, StatusStyle::colour(last.status));
        item->setToolTip(0,
            last.period.isValid() ? tr("%1 in %2").arg(kpi.name, last.period.toString())
                                  : kpi.name);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_kpis->topLevelItemCount() == 0) {
        // Across the whole row: sizing the KPI column to this sentence would push Status
        // out of sight.
        auto* empty = new QTreeWidgetItem(
            m_kpis, {tr("No active KPIs yet. Define them on the Goals & KPIs page.")});
        empty->setFirstColumnSpanned(true);
        return;
    }
    m_kpis->resizeColumnToContents(0);
}

void DashboardPage::reloadBudget()
{
    const BudgetQueries queries(m_context.workspace().database());
    const QList<int> years = queries.years();
    const int year = years.contains(Clock::today().year()) ? Clock::today().year() : years.value(0);
    qint64 planned = 0;
    qint64 spent = 0;
    for (const BudgetQueries::Line& line : queries.lines(year)) {
        planned += line.plannedCents;
        spent += line.spentCents;
    }
    if (planned <= 0) {
        m_budget->setRange(0, 100);
        m_budget->setValue(0);
        m_budgetText->setText(
            tr("No budget planned yet. Reserve money for phase two on the Budget page."));
        return;
    }
    m_budget->setRange(0, 100);
    m_budget->setValue(static_cast<int>(qMin<qint64>(100, spent * 100 / planned)));
    m_budgetText->setText(
        tr("%1: %2 spent of %3 planned; %4 left.")
            .arg(QString::number(year), ValueFormatter::money(spent),
                ValueFormatter::money(planned), ValueFormatter::money(planned - spent)));
}

} // namespace stuurboord
