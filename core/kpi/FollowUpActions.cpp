#include "FollowUpActions.h"

#include "BreachEpisode.h"
#include "domain/ActionItem.h"
#include "KpiEvaluator.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace stuurboord {

namespace {
bool isOpen(const ActionItem& action)
{
    return action.status == ActionStatus::Open || action.status == ActionStatus::InProgress;
}
} // namespace

FollowUpActions::Result FollowUpActions::synchronise(
    Workspace& workspace, const KpiEvaluator& evaluator)
{
    Result result;
    Repository<ActionItem> actions = workspace.repository<ActionItem>();
    Transaction transaction(workspace.database());
    for (const Kpi& kpi : workspace.repository<Kpi>().all()) {
        if (kpi.lifecycle != KpiLifecycle::Active && kpi.lifecycle != KpiLifecycle::UnderReview)
            continue;
        const QList<KpiPoint> points = evaluator.series(kpi);
        for (const ThresholdRule& rule : evaluator.rules(kpi.id)) {
            QList<ActionItem> existing = actions.where(QStringLiteral("rule_id"), rule.id);
            for (const BreachEpisode& episode :
                BreachEpisode::find(points, rule.id, rule.consecutive)) {
                const QString start = episode.start.toString();
                auto found
                    = std::find_if(existing.begin(), existing.end(), [&](const ActionItem& action) {
                          return action.breachPeriod == start
                              || (action.breachPeriod.isEmpty() && isOpen(action));
                      });
                if (found == existing.end()) {
                    if (episode.recoveredAt)
                        continue; // over before anyone could act on it: no action to add now
                    ActionItem action;
                    action.description = rule.action;
                    action.ownerId = rule.actionOwnerId;
                    action.kpiId = kpi.id;
                    action.ruleId = rule.id;
                    action.created = episode.firedAt.lastDay();
                    action.due = episode.firedAt.lastDay().addDays(rule.actionDays);
                    action.status = ActionStatus::Open;
                    action.breachPeriod = start;
                    if (result.outcome = actions.add(action); !result.outcome)
                        return result;
                    existing << action;
                    ++result.created;
                    continue;
                }
                bool changed = found->breachPeriod != start;
                found->breachPeriod = start;
                if (episode.recoveredAt && isOpen(*found)) {
                    found->status = ActionStatus::Done;
                    found->closed = qMax(found->created, episode.recoveredAt->lastDay());
                    ++result.closed;
                    changed = true;
                }
                if (changed) {
                    if (result.outcome = actions.update(*found); !result.outcome)
                        return result;
                }
            }
        }
    }
    if (!transaction.commit())
        result.outcome = Outcome::failure(QCoreApplication::translate(
            "FollowUpActions", "The follow-up actions could not be saved."));
    return result;
}

} // namespace stuurboord
