#include "KpiChartData.h"

#include "KpiEvaluator.h"
#include "domain/Annotation.h"
#include "domain/BenchmarkValue.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace stuurboord {

KpiChartData KpiChartData::lastPeriods(int periods) const
{
    if (periods <= 0 || points.size() <= periods)
        return *this;
    KpiChartData shown = *this;
    shown.points = points.mid(points.size() - periods);
    const QDate from = shown.points.constFirst().period.firstDay();
    shown.annotations.removeIf([&](const Annotation& annotation) { return annotation.date < from; });
    return shown;
}

KpiChartData KpiChartData::build(Workspace& workspace, const KpiEvaluator& evaluator, const Kpi& kpi)
{
    KpiChartData data;
    data.kpiId = kpi.id;
    data.title = kpi.name;
    data.unit = kpi.unit;
    data.direction = kpi.direction;
    data.points = evaluator.series(kpi);
    data.rules = evaluator.rules(kpi.id);
    const QDate first = data.points.isEmpty() ? QDate() : data.points.constFirst().period.firstDay();
    const QDate last = data.points.isEmpty() ? QDate() : data.points.constLast().period.lastDay();
    // The KPI's own events, and those of no particular KPI or metric (a platform change).
    for (const stuurboord::Annotation& annotation : workspace.repository<stuurboord::Annotation>().all()) {
        const bool concerns = annotation.kpiId == kpi.id || (annotation.kpiId == 0 && annotation.metricId == 0);
        if (concerns && annotation.date.isValid() && (!first.isValid() || (annotation.date >= first && annotation.date <= last)))
            data.annotations << Annotation{annotation.date, annotation.title};
    }
    std::sort(data.annotations.begin(), data.annotations.end(),
        [](const Annotation& a, const Annotation& b) { return a.date < b.date; });
    // The most recent benchmark for this KPI.
    std::optional<BenchmarkValue> newest;
    for (const BenchmarkValue& value : workspace.repository<BenchmarkValue>().where(QStringLiteral("kpi_id"), kpi.id)) {
        // A benchmark published after the evaluator's date was not known then (an earlier meeting pack).
        if (value.date.isValid() && value.date > evaluator.asOf())
            continue;
        if (!newest || newest->date < value.date)
            newest = value;
    }
    if (newest) {
        // Peers' counts are per employee: scale them to this organisation's size.
        double scale = 1;
        if (newest->perEmployee && !data.points.isEmpty())
            scale = evaluator.inputs().headcount(data.points.constLast().period).value_or(1);
        const auto scaled = [scale](std::optional<double> v) {
            return v ? std::optional<double>(*v * scale) : std::nullopt;
        };
        data.benchmark = Benchmark{newest->median.value_or(newest->value) * scale,
            scaled(newest->lowerQuartile), scaled(newest->upperQuartile), newest->source};
    }
    return data;
}

} // namespace stuurboord
