#pragma once

#include "ChartPalette.h"
#include "kpi/MetricBreakdown.h"

class QChart;

namespace stuurboord {

// Draws a metric by dimension (MetricBreakdown) as horizontal bars, the largest at the top
// and "other" last in grey, with the value at the end of each bar. The bar series is named
// breakdown, the axes dimensions and values, so tests and the view can find them.
class BreakdownChartBuilder final
{
public:
    static void build(QChart* chart, const MetricBreakdown& breakdown, const ChartPalette& palette);
    // What a share's bar is called: the dimension, or "Other (12)".
    static QString label(const MetricBreakdown::Share& share);
};

} // namespace stuurboord
