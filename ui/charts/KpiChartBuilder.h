#pragma once

#include "ChartPalette.h"
#include "kpi/KpiChartData.h"

class QChart;

namespace stuurboord {

// Draws a KPI chart from plain data into a QChart, so the same chart appears on screen and,
// painted onto a QPdfWriter, in the meeting pack. Periods sit on a category axis labelled
// the way people write them (Mar 26, 2026 Q3); threshold bands are shaded behind the line;
// a gap in the data stays a gap; a lone value is still a visible point; values entered by
// hand are squares, imported ones circles. Series carry object names (values, target,
// band_at_risk, band_off_track, target_band, benchmark, annotation, definition, manual,
// imported, single) so tests and the view can find them.
class KpiChartBuilder final
{
public:
    // Empties the chart and draws the data into it.
    static void build(QChart* chart, const KpiChartData& data, const ChartPalette& palette);
    // A new chart (the caller owns it), e.g. to paint into a PDF.
    static QChart* create(const KpiChartData& data, const ChartPalette& palette);
    // The x position of a date: the index of its period plus how far into it.
    static double xOf(const QList<KpiPoint>& points, const QDate& date);
    // Beyond this many periods imported values are drawn as a line without dots.
    static constexpr int dotLimit = 60;
    // Beyond this many periods a line keeps, per slice of the axis, only its lowest and
    // highest value (at their own periods, so hovering still tells true values): no screen
    // or page shows more, and painting ten years of days stays quick.
    static constexpr int drawLimit = 1200;
    // The value axis's label format for a unit ("%.0f%%", "€ %.0f", …).
    static QString labelFormat(KpiUnit unit);
};

} // namespace stuurboord
