#pragma once

#include "ChartPalette.h"
#include "kpi/ComparisonData.h"

class QChart;

namespace stuurboord {

// Draws a comparison (ComparisonData) into a QChart: one line per KPI or metric, in colours
// and dash patterns that stay apart for colour-blind readers and in print, on one month
// axis; a second value axis on the right when units differ. A gap stays a gap and a lone
// value is a dot. Series are named compare_N (and compare_N_dot), the axes periods,
// left_axis and right_axis, so tests and the view can find them.
class ComparisonChartBuilder final
{
public:
    static void build(QChart* chart, const ComparisonData& data, const ChartPalette& palette);
};

} // namespace stuurboord
