#pragma once

#include "model/Outcome.h"

namespace stuurboord {

class DemoContext;

// Writes the usage side of the demo: metrics, import profiles, one import batch per month
// with its observations (totals and per-department breakdowns), and benchmark values.
class DemoUsageWriter final
{
public:
    static Outcome writeUsage(DemoContext& context);
    // Needs the KPIs (one benchmark compares the satisfaction survey).
    static Outcome writeBenchmarks(DemoContext& context);

private:
    static Outcome writeMetrics(DemoContext& context);
    static Outcome writeImportProfiles(DemoContext& context);
};

} // namespace stuurboord
