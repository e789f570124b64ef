#include "GoalsPanel.h"

#include "WorkspaceContext.h"
#include "domain/BacklogItem.h"
#include "domain/Goal.h"
#include "domain/Kpi.h"
#include "kpi/KpiEvaluator.h"
#include "models/ValueFormatter.h"
#include "storage/Workspace.h"
#include "widgets/RecordTableView.h"
#include "widgets/StatusStyle.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stuurboord {

GoalsPanel::GoalsPanel(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    m_list = new RecordTableView(context, Goal::entity().spec(), tr("No goals yet. Start with what the intranet is for."), this);
    m_detail = new QTreeWidget(this);
    m_detail->setHeaderLabels({tr("Measured by and served by"), tr("Latest value"), tr("Status")});
    m_detail->setAccessibleName(tr("KPIs and backlog items of the goal"));
    m_detail->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_list, &RecordTableView::currentChanged, this, &GoalsPanel::showGoal);
    connect(&context, &WorkspaceContext::tableChanged, this, [this](const QString& table) {
        if (table == u"kpi" || table == u"backlog_item" || table == u"goal" || table == u"observation" || table == u"kpi_value")
            showGoal(m_shown);
    });
    m_list->table()->selectRow(0);
}

void GoalsPanel::showGoal(qint64 id)
{
    m_shown = id;
    m_detail->clear();
    if (id == 0)
        return;
    Workspace& workspace = m_context.workspace();
    auto* kpis = new QTreeWidgetItem(m_detail, {tr("KPIs")});
    const KpiEvaluator evaluator(workspace);
    for (const Kpi& kpi : workspace.repository<Kpi>().where(QStringLiteral("goal_id"), id)) {
        const QList<KpiPoint> points = evaluator.series(kpi);
        const auto latest = std::find_if(points.crbegin(), points.crend(), [](const KpiPoint& p) { return p.value.has_value(); });
        const KpiStatus status = points.isEmpty() ? KpiStatus::NoData : points.last().status;
        auto* item = new QTreeWidgetItem(kpis, {kpi.name,
                                                latest == points.crend()
                                                    ? QString()
                                                    : tr("%1 (%2)").arg(ValueFormatter::number(*latest->value, 1), latest->period.toString()),
                                                kpi.lifecycle == KpiLifecycle::Retired ? ValueFormatter::capitalised(enumLabel(kpi.lifecycle))
                                                                                       : StatusStyle::text(status)});
        item->setForeground(2, StatusStyle::colour(status));
    }
    if (kpis->childCount() == 0)
        new QTreeWidgetItem(kpis, {tr("No KPIs measure this goal yet. Add one on the KPIs tab.")});
    auto* children = new QTreeWidgetItem(m_detail, {tr("Sub-goals")});
    for (const Goal& goal : workspace.repository<Goal>().where(QStringLiteral("parent_id"), id))
        new QTreeWidgetItem(children, {goal.title, QString(), ValueFormatter::capitalised(enumLabel(goal.status))});
    if (children->childCount() == 0)
        delete children;
    auto* backlog = new QTreeWidgetItem(m_detail, {tr("Backlog items")});
    for (const BacklogItem& item : workspace.repository<BacklogItem>().where(QStringLiteral("goal_id"), id)) {
        new QTreeWidgetItem(backlog, {item.title, ValueFormatter::capitalised(enumLabel(item.priority)),
                                      ValueFormatter::capitalised(enumLabel(item.status))});
    }
    if (backlog->childCount() == 0)
        new QTreeWidgetItem(backlog, {tr("No backlog items serve this goal yet.")});
    m_detail->expandAll();
    m_detail->resizeColumnToContents(1);
    m_detail->resizeColumnToContents(2);
}

} // namespace stuurboord
