#include "GoalsPanel.h"

#include "WorkspaceContext.h"
#include "domain/BacklogItem.h"
#include "domain/Goal.h"
#include "domain/Kpi.h"
#include "dashboard/KpiTile.h"
#include "kpi/KpiEvaluator.h"
#include "kpi/KpiFormat.h"
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
        // The same latest period and status as the dashboard tile and the KPI tab.
        const KpiTile tile = KpiTile::from(kpi, evaluator.series(kpi));
        const KpiStatus status = tile.latest ? tile.latest->status : KpiStatus::NoData;
        auto* item = new QTreeWidgetItem(kpis, {kpi.name,
                                                !tile.latest
                                                    ? QString()
                                                    : tr("%1 (%2)").arg(KpiFormat::value(*tile.latest->value, kpi.unit),
                                                                        KpiFormat::period(tile.latest->period)),
                                                kpi.lifecycle == KpiLifecycle::Retired ? ValueFormatter::capitalised(enumLabel(kpi.lifecycle))
                                                                                       : StatusStyle::label(status)});
        item->setForeground(2, StatusStyle::colour(status, m_detail->palette()));
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
