#include "KpiChartBuilder.h"

#include "kpi/KpiFormat.h"
#include "widgets/ChartReset.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <algorithm>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

namespace stuurboord {

namespace {
QLineSeries* line(QChart* chart, const QString& role, const QPen& pen, const QString& name = {})
{
    auto* series = new QLineSeries;
    series->setObjectName(role);
    series->setPen(pen);
    series->setName(name);
    chart->addSeries(series);
    return series;
}

QScatterSeries* dots(QChart* chart, const QString& role, const QColor& colour, const QString& name,
                     QScatterSeries::MarkerShape shape, qreal size)
{
    auto* series = new QScatterSeries;
    series->setObjectName(role);
    series->setName(name);
    series->setMarkerShape(shape);
    series->setMarkerSize(size);
    series->setColor(colour);
    series->setBorderColor(colour);
    chart->addSeries(series);
    return series;
}

void hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

// QAreaSeries does not own the lines it spans: parent them to it, or every redraw leaks them.
QAreaSeries* spanned(QLineSeries* upper, QLineSeries* lower)
{
    auto* area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    return area;
}

QAreaSeries* band(QChart* chart, const QString& role, const QString& name, QColor colour, double x0,
                  double x1, double low, double high)
{
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    upper->append(x0, high);
    upper->append(x1, high);
    lower->append(x0, low);
    lower->append(x1, low);
    auto* area = spanned(upper, lower);
    area->setObjectName(role);
    area->setName(name);
    colour.setAlpha(55);
    area->setBrush(colour);
    area->setPen(Qt::NoPen);
    chart->addSeries(area);
    return area;
}

// Appends an unbroken run of points; a long one keeps the lowest and highest point of each
// slice, in their order, so the drawn shape is the same at any width the chart is shown.
void appendRun(QLineSeries* series, const QList<QPointF>& run, int total)
{
    if (total <= KpiChartBuilder::drawLimit || run.size() <= 2) {
        series->append(run);
        return;
    }
    const qsizetype slice = qMax<qsizetype>(1, (total + KpiChartBuilder::drawLimit / 2 - 1) / (KpiChartBuilder::drawLimit / 2));
    QList<QPointF> kept;
    kept.reserve(run.size() / slice * 2 + 2);
    for (qsizetype from = 0; from < run.size(); from += slice) {
        const qsizetype to = qMin(run.size(), from + slice);
        qsizetype low = from;
        qsizetype high = from;
        for (qsizetype i = from + 1; i < to; ++i) {
            if (run.at(i).y() < run.at(low).y())
                low = i;
            if (run.at(i).y() > run.at(high).y())
                high = i;
        }
        if (from == 0 && low != 0 && high != 0)
            kept << run.at(0);
        kept << run.at(qMin(low, high));
        if (low != high)
            kept << run.at(qMax(low, high));
    }
    if (kept.constLast() != run.constLast())
        kept << run.constLast();
    series->append(kept);
}

// A long flat stretch of a target is drawn as its two ends: the same line, far fewer points.
QList<QPointF> withoutFlatMiddles(const QList<QPointF>& path, int total)
{
    if (total <= KpiChartBuilder::drawLimit)
        return path;
    QList<QPointF> kept;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const bool flat = i > 0 && i + 1 < path.size() && path.at(i - 1).y() == path.at(i).y()
            && path.at(i + 1).y() == path.at(i).y();
        if (!flat)
            kept << path.at(i);
    }
    return kept;
}
} // namespace

QString KpiChartBuilder::labelFormat(KpiUnit unit)
{
    switch (unit) {
    case KpiUnit::Percentage:
        // With localised numbers Qt Charts copies the text around the number as it is, so
        // "%%" would show as "90%%".
        return QStringLiteral("%.0f%");
    case KpiUnit::Euro:
        return QStringLiteral("€ %.0f");
    case KpiUnit::Ratio:
    case KpiUnit::Score:
        return QStringLiteral("%.1f");
    case KpiUnit::Count:
    case KpiUnit::Seconds:
        break;
    }
    return QStringLiteral("%.0f");
}

double KpiChartBuilder::xOf(const QList<KpiPoint>& points, const QDate& date)
{
    for (int i = 0; i < points.size(); ++i) {
        const Period& period = points.at(i).period;
        if (date >= period.firstDay() && date <= period.lastDay()) {
            const double length = period.firstDay().daysTo(period.lastDay()) + 1;
            return i - 0.5 + period.firstDay().daysTo(date) / length;
        }
    }
    return points.isEmpty() || date < points.constFirst().period.firstDay() ? -0.5 : points.size() - 0.5;
}

QChart* KpiChartBuilder::create(const KpiChartData& data, const ChartPalette& palette)
{
    auto* chart = new QChart;
    build(chart, data, palette);
    return chart;
}

void KpiChartBuilder::build(QChart* chart, const KpiChartData& data, const ChartPalette& palette)
{
    resetChart(chart, data.title);
    chart->setBackgroundBrush(palette.background);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.text);
    chart->legend()->setLabelColor(palette.text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    const QList<KpiPoint>& points = data.points;
    const int count = static_cast<int>(points.size());
    const double x0 = -0.5;
    const double x1 = qMax(0.5, count - 0.5);

    // The vertical range: values, targets, thresholds and benchmark all in sight.
    bool any = false;
    double low = 0;
    double high = 0;
    const auto include = [&](double v) {
        low = any ? qMin(low, v) : v;
        high = any ? qMax(high, v) : v;
        any = true;
    };
    for (const KpiPoint& point : points) {
        if (point.value)
            include(*point.value);
        if (point.target) {
            include(point.target->value);
            if (point.target->upper)
                include(*point.target->upper);
        }
    }
    for (const ThresholdRule& rule : data.rules) {
        if (data.direction != Direction::WithinBand)
            include(rule.boundary);
    }
    if (data.benchmark) {
        include(data.benchmark->lower.value_or(data.benchmark->value));
        include(data.benchmark->upper.value_or(data.benchmark->value));
    }
    if (!any) {
        low = 0;
        high = 1;
    }
    const double pad = high - low > 0 ? (high - low) * 0.12 : qMax(1.0, std::abs(high) * 0.1);
    double bottom = low - pad;
    double top = high + pad;
    if (low >= 0 && bottom < 0)
        bottom = 0;
    if (data.unit == KpiUnit::Percentage && high <= 100 && top > 100)
        top = 100;

    // Threshold bands behind everything: where the rules say at risk and off track.
    if (data.direction != Direction::WithinBand) {
        std::optional<double> risk;
        std::optional<double> off;
        for (const ThresholdRule& rule : data.rules) {
            auto& slot = rule.status == ThresholdStatus::OffTrack ? off : risk;
            const bool worse = data.direction == Direction::HigherIsBetter ? (!slot || rule.boundary > *slot)
                                                                           : (!slot || rule.boundary < *slot);
            if (worse)
                slot = rule.boundary;
        }
        const bool higher = data.direction == Direction::HigherIsBetter;
        // Past the axis on purpose: the plot area clips it, whatever nice numbers make of it.
        const double edge = higher ? bottom - (top - bottom) : top + (top - bottom);
        if (off)
            band(chart, QStringLiteral("band_off_track"), QCoreApplication::translate("KpiChart", "Off track"),
                palette.offTrack, x0, x1, qMin(edge, *off), qMax(edge, *off));
        if (risk) {
            const double from = off ? *off : edge;
            band(chart, QStringLiteral("band_at_risk"), QCoreApplication::translate("KpiChart", "At risk"),
                palette.atRisk, x0, x1, qMin(from, *risk), qMax(from, *risk));
        }
    }

    // A band target: the band itself, shaded, per period.
    QLineSeries* bandUpper = nullptr;
    QLineSeries* bandLower = nullptr;
    for (int i = 0; i < count; ++i) {
        const auto& target = points.at(i).target;
        if (!target || !target->upper)
            continue;
        if (!bandUpper) {
            bandUpper = new QLineSeries;
            bandLower = new QLineSeries;
        }
        bandUpper->append(i - 0.5, *target->upper);
        bandUpper->append(i + 0.5, *target->upper);
        bandLower->append(i - 0.5, target->value);
        bandLower->append(i + 0.5, target->value);
    }
    if (bandUpper) {
        auto* area = spanned(bandUpper, bandLower);
        area->setObjectName(QStringLiteral("target_band"));
        area->setName(QCoreApplication::translate("KpiChart", "Target band"));
        QColor fill = palette.target;
        fill.setAlpha(45);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        chart->addSeries(area);
    }

    // The target path, dashed; a gap where no target applies.
    QPen targetPen(palette.target, 2, Qt::DashLine);
    QLineSeries* target = nullptr;
    QList<QPointF> path;
    const auto endPath = [&] {
        if (target)
            target->append(withoutFlatMiddles(path, count));
        target = nullptr;
        path.clear();
    };
    for (int i = 0; i < count; ++i) {
        const auto& t = points.at(i).target;
        if (!t || t->upper) {
            endPath();
            continue;
        }
        if (!target) {
            const bool first = chart->series().isEmpty()
                || std::none_of(chart->series().cbegin(), chart->series().cend(),
                    [](QAbstractSeries* s) { return s->objectName() == u"target"; });
            target = line(chart, QStringLiteral("target"), targetPen,
                QCoreApplication::translate("KpiChart", "Target"));
            if (!first)
                hideFromLegend(chart, target);
        }
        path << QPointF(i, t->value);
    }
    endPath();

    if (data.benchmark) {
        const KpiChartData::Benchmark& b = *data.benchmark;
        const QString name = b.source.isEmpty()
            ? QCoreApplication::translate("KpiChart", "Benchmark")
            : QCoreApplication::translate("KpiChart", "Benchmark (%1)").arg(b.source);
        if (b.lower && b.upper) {
            auto* area = band(chart, QStringLiteral("benchmark_band"), QString(), palette.benchmark, x0, x1, *b.lower, *b.upper);
            hideFromLegend(chart, area);
        }
        auto* median = line(chart, QStringLiteral("benchmark"), QPen(palette.benchmark, 2, Qt::DashDotLine), name);
        median->append(x0, b.value);
        median->append(x1, b.value);
    }

    // The values: one line per unbroken run, so a missing period is a gap, not a slope.
    const QPen valuePen(palette.value, 2.5);
    QLineSeries* run = nullptr;
    QList<QPointF> stretch;
    const auto endRun = [&] {
        if (run)
            appendRun(run, stretch, count);
        run = nullptr;
        stretch.clear();
    };
    bool named = false;
    for (int i = 0; i < count; ++i) {
        const KpiPoint& point = points.at(i);
        if (!point.value || point.status == KpiStatus::Incomplete) {
            endRun();
            continue;
        }
        if (!run) {
            run = line(chart, QStringLiteral("values"), valuePen, QCoreApplication::translate("KpiChart", "Value"));
            if (named)
                hideFromLegend(chart, run);
            named = true;
        }
        stretch << QPointF(i, *point.value);
    }
    endRun();
    // Dots: manual values as squares, imported ones as circles (when few enough to tell
    // apart), a lone value always; incomplete periods hollow.
    QScatterSeries* manual = nullptr;
    QScatterSeries* imported = nullptr;
    QScatterSeries* single = nullptr;
    QScatterSeries* incomplete = nullptr;
    for (int i = 0; i < count; ++i) {
        const KpiPoint& point = points.at(i);
        if (!point.value)
            continue;
        if (point.status == KpiStatus::Incomplete) {
            if (!incomplete) {
                incomplete = dots(chart, QStringLiteral("incomplete"), palette.background,
                    QCoreApplication::translate("KpiChart", "Incomplete period"), QScatterSeries::MarkerShapeCircle, 9);
                incomplete->setBorderColor(palette.value);
            }
            incomplete->append(i, *point.value);
            continue;
        }
        const bool alone = (i == 0 || !points.at(i - 1).value) && (i + 1 >= count || !points.at(i + 1).value);
        if (point.manual) {
            if (!manual)
                manual = dots(chart, QStringLiteral("manual"), palette.value,
                    QCoreApplication::translate("KpiChart", "Entered by hand"), QScatterSeries::MarkerShapeRectangle, 9);
            manual->append(i, *point.value);
        } else if (count <= dotLimit) {
            if (!imported) {
                imported = dots(chart, QStringLiteral("imported"), palette.value, QString(),
                    QScatterSeries::MarkerShapeCircle, 7);
            }
            imported->append(i, *point.value);
        } else if (alone) {
            if (!single)
                single = dots(chart, QStringLiteral("single"), palette.value, QString(), QScatterSeries::MarkerShapeCircle, 8);
            single->append(i, *point.value);
        }
    }
    for (QScatterSeries* series : {imported, single}) {
        if (series)
            hideFromLegend(chart, series);
    }

    // Where the definition changed, and the coordinator's events: labelled vertical lines.
    const QPen markerPen(palette.marker, 1, Qt::DotLine);
    const auto mark = [&](const QString& role, double x, const QString& label, int level) {
        auto* rule = line(chart, role, markerPen);
        rule->append(x, bottom - (top - bottom));
        rule->append(x, top + (top - bottom));
        hideFromLegend(chart, rule);
        auto* tag = dots(chart, role + QStringLiteral("_label"), palette.marker, QString(),
            QScatterSeries::MarkerShapeCircle, 5);
        tag->append(x, top - (top - bottom) * (0.04 + 0.1 * level));
        tag->setPointLabelsFormat(QString(label).replace(u'@', QStringLiteral("(at)")));
        tag->setPointLabelsVisible(true);
        tag->setPointLabelsColor(palette.text);
        tag->setPointLabelsClipping(false);
        hideFromLegend(chart, tag);
    };
    for (int i = 1; i < count; ++i) {
        if (points.at(i).version != points.at(i - 1).version)
            mark(QStringLiteral("definition"), i - 0.5,
                QCoreApplication::translate("KpiChart", "definition v%1").arg(points.at(i).version), 0);
    }
    int level = 0;
    for (const KpiChartData::Annotation& annotation : data.annotations) {
        const QString title = annotation.title.size() > 40 ? annotation.title.left(39) + u'…' : annotation.title;
        mark(QStringLiteral("annotation"), xOf(points, annotation.date), title, 1 + level);
        level = (level + 1) % 3;
    }

    // Period labels the way people write them, few enough never to overlap.
    auto* time = new QCategoryAxis;
    time->setObjectName(QStringLiteral("periods"));
    time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    time->setRange(x0, x1);
    time->setLabelsColor(palette.text);
    time->setGridLineColor(palette.grid);
    time->setLinePenColor(palette.grid);
    const int step = qMax(1, static_cast<int>(std::ceil(count / 8.0)));
    // Counted back from the latest period, so it always has its label; QCategoryAxis takes
    // categories in increasing order only.
    QList<int> labelled;
    for (int i = count - 1; i >= 0; i -= step)
        labelled.prepend(i);
    for (int i : std::as_const(labelled))
        time->append(KpiFormat::shortPeriod(points.at(i).period), i);
    if (count == 0)
        time->append(QStringLiteral(" "), 0);
    chart->addAxis(time, Qt::AlignBottom);
    auto* values = new QValueAxis;
    values->setObjectName(QStringLiteral("values_axis"));
    values->setRange(bottom, top);
    values->applyNiceNumbers();
    values->setLabelFormat(labelFormat(data.unit));
    values->setLabelsColor(palette.text);
    values->setGridLineColor(palette.grid);
    values->setLinePenColor(palette.grid);
    chart->addAxis(values, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(time);
        series->attachAxis(values);
    }
}

} // namespace stuurboord
