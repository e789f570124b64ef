#pragma once

#include "domain/Kpi.h"
#include "domain/Metric.h"

#include <QMap>
#include <optional>

namespace stuurboord {

// The unit a formula's result has, so a new KPI does not read as a percentage unless it is
// one: `x / headcount * 100` is a percentage, `a / b` a ratio, `page_views` a count (or the
// metric's own unit). Nothing when the formula says nothing about it (empty, or a manual KPI).
class KpiUnitGuess final
{
public:
    static std::optional<KpiUnit> fromFormula(
        const QString& formula, const QMap<QString, MetricUnit>& metricUnits);
    // The KPI unit a metric's own unit reads as (bytes are counted).
    static KpiUnit fromMetric(MetricUnit unit);
};

} // namespace stuurboord
