#pragma once

#include "Period.h"
#include "domain/Kpi.h"

#include <QString>

namespace stuurboord {

// How a KPI value, a change and a period read in the user's language, the same in every
// sentence, tile and chart: "62.4%", "7.4", "€ 1,234", "+3.1 pp", "2026 Q3" / "2026 K3".
class KpiFormat final
{
public:
    static QString value(double value, KpiUnit unit);
    // A change between two values: percentage points for percentages, else in the unit.
    static QString change(double change, KpiUnit unit);
    // A period as people write it: "March 2026", "2026 Q3" ("2026 K3" in Dutch), "2026 H2".
    static QString period(const Period& period);
    // Short, for a chart axis or tile: "Mar 26", "2026 Q3".
    static QString shortPeriod(const Period& period);
};

} // namespace stuurboord
