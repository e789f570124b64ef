#include "KpiActivationRule.h"

#include "domain/Kpi.h"
#include "domain/ThresholdRule.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>

namespace stuurboord {

QList<ValidationIssue> KpiActivationRule::check(const Record& record, const RecordStore& store)
{
    const Kpi kpi = Kpi::entity().fromRecord(record);
    if (kpi.lifecycle != KpiLifecycle::Active)
        return {};
    if (kpi.id != 0) {
        for (const Record& row :
            store.list(ThresholdRule::entity().spec(), QStringLiteral("kpi_id"), kpi.id)) {
            const ThresholdRule rule = ThresholdRule::entity().fromRecord(row);
            if (!rule.action.trimmed().isEmpty() && rule.actionOwnerId != 0)
                return {};
        }
    }
    return {{QStringLiteral("lifecycle"),
        QCoreApplication::translate("Validation",
            "Only measure what you plan to act on: before this KPI can be active, "
            "give it a threshold rule with an agreed follow-up action and an owner.")}};
}

} // namespace stuurboord
