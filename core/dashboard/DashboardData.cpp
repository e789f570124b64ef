#include "DashboardData.h"

#include "TrendSignals.h"
#include "attention/AttentionCollector.h"
#include "domain/Goal.h"
#include "domain/Kpi.h"
#include "domain/KpiValue.h"
#include "domain/Observation.h"
#include "kpi/KpiEvaluator.h"
#include "storage/Workspace.h"

namespace stuurboord {

DashboardData DashboardData::build(Workspace& workspace, const QDate& asOf)
{
    return build(workspace, KpiEvaluator(workspace, asOf));
}

DashboardData DashboardData::build(Workspace& workspace, const KpiEvaluator& evaluator)
{
    DashboardData data;
    data.asOf = evaluator.asOf();
    for (const Kpi& kpi : workspace.repository<Kpi>().all()) {
        if (kpi.nextReview.isValid())
            data.steps.review = true;
        if (kpi.lifecycle != KpiLifecycle::Active && kpi.lifecycle != KpiLifecycle::UnderReview)
            continue;
        data.steps.kpis = true;
        data.tiles << KpiTile::from(kpi, evaluator.series(kpi));
    }
    data.steps.goals = workspace.repository<Goal>().count() > 0;
    data.steps.measurements = !evaluator.inputs().firstMonth().isEmpty()
        || workspace.repository<KpiValue>().count() > 0;
    data.attention = AttentionCollector::collect(workspace, evaluator);
    data.trends = TrendSignals::collect(workspace, evaluator);
    return data;
}

} // namespace stuurboord
