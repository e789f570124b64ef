#pragma once

#include "KpiPoint.h"
#include "domain/Kpi.h"
#include "domain/KpiTarget.h"
#include "domain/KpiValue.h"
#include "domain/ThresholdRule.h"
#include "storage/queries/KpiInputs.h"

#include <QMap>

namespace stuurboord {

class Workspace;

// Computes KPIs per period: values from formulas over the imported metrics and the
// headcount (or from manual entries), the target of the period and the status the
// threshold rules give. Reads the workspace once; create a new one after changes.
class KpiEvaluator final
{
public:
    explicit KpiEvaluator(Workspace& workspace);

    // Every complete period from the first data up to the last one that has ended.
    QList<Period> periods(const Kpi& kpi) const;
    QList<KpiPoint> series(const Kpi& kpi) const;
    KpiPoint evaluate(const Kpi& kpi, const Period& period) const;
    // The value the current definition gives, ignoring stored values.
    std::optional<double> liveValue(const Kpi& kpi, const Period& period, QString* reason = nullptr) const;
    QList<ThresholdRule> rules(qint64 kpiId) const { return m_rules.value(kpiId); }
    const KpiInputs& inputs() const { return m_inputs; }

    // Whether a value crosses the rule's threshold: below it when higher is better, above
    // it when lower is better, more than the threshold outside the target band for a band.
    // A value exactly on the threshold does not cross it.
    static bool crosses(const ThresholdRule& rule, Direction direction, double value,
                        const std::optional<TargetSchedule::Target>& target);

private:
    KpiInputs m_inputs;
    QMap<qint64, QList<KpiTarget>> m_targets;
    QMap<qint64, QList<ThresholdRule>> m_rules;
    QMap<qint64, QMap<QString, KpiValue>> m_values; // kpi -> period -> newest stored value
};

} // namespace stuurboord
