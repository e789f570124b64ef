#include "GoalsKpisPage.h"

#include "GoalsPanel.h"
#include "KpiPanel.h"
#include "PageHeader.h"
#include "domain/KpiChange.h"
#include "domain/KpiTarget.h"
#include "domain/ThresholdRule.h"
#include "model/TableSpec.h"
#include "widgets/CompareView.h"
#include "widgets/RecordTableView.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace stuurboord {

GoalsKpisPage::GoalsKpisPage(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Goals & KPIs"),
                                     tr("Translate each goal into KPIs, and agree in advance what happens when a KPI "
                                        "crosses a threshold: only measure what you plan to act on."),
                                     this));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_goals = new GoalsPanel(context, m_tabs);
    m_kpis = new KpiPanel(context, m_tabs);
    m_tabs->addTab(m_goals, tr("Goals"));
    m_tabs->addTab(m_kpis, tr("KPIs"));
    m_compare = new CompareView(context, m_tabs);
    m_tabs->addTab(m_compare, tr("Compare"));
    connect(m_kpis, &KpiPanel::compareRequested, this, [this](qint64 id) { showRecord(QStringLiteral("compare"), id); });
    m_tabs->addTab(new RecordTableView(context, KpiTarget::entity().spec(), tr("No targets yet."), m_tabs), tr("Targets"));
    m_tabs->addTab(new RecordTableView(context, ThresholdRule::entity().spec(),
                                       tr("No threshold rules yet. Each active KPI needs one, with its follow-up action."),
                                       m_tabs),
                   tr("Threshold rules"));
    auto* changes = new RecordTableView(context, KpiChange::entity().spec(), tr("No changes to KPI definitions yet."), m_tabs);
    changes->sortBy(QStringLiteral("changed_at"), Qt::DescendingOrder);
    m_tabs->addTab(changes, tr("Change log"));
    layout->addWidget(m_tabs, 1);
}

void GoalsKpisPage::showRecord(const QString& table, qint64 id)
{
    if (table == u"compare") {
        m_tabs->setCurrentWidget(m_compare);
        if (id > 0)
            m_compare->choose(ComparisonData::Subject{id, {}, {}, KpiUnit::Count});
        return;
    }
    if (table == u"goal") {
        m_tabs->setCurrentWidget(m_goals);
        if (id > 0)
            m_goals->list()->selectId(id);
        else
            m_goals->list()->addRecord();
        return;
    }
    if (table == u"kpi" || table == u"kpi_review") {
        m_tabs->setCurrentWidget(m_kpis);
        if (id > 0)
            m_kpis->list()->selectId(id);
        else if (table == u"kpi")
            m_kpis->list()->addRecord();
        else if (m_kpis->list()->currentId() != 0)
            m_kpis->review();
        return;
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* view = qobject_cast<RecordTableView*>(m_tabs->widget(i));
        if (view && view->spec().table() == table) {
            m_tabs->setCurrentIndex(i);
            view->selectId(id);
        }
    }
}

} // namespace stuurboord
