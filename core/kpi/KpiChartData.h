#pragma once

#include "KpiPoint.h"
#include "domain/Kpi.h"
#include "domain/ThresholdRule.h"

#include <QDate>
#include <QList>
#include <optional>

namespace stuurboord {

class KpiEvaluator;
class Workspace;

// Everything a KPI chart shows, as plain data: the values per period (manual or imported,
// with gaps), the target path, the threshold rules that shade the bands, annotations,
// the benchmark and where the definition changed. The chart on screen and the meeting
// pack's chart are both drawn from it.
struct KpiChartData
{
    struct Annotation
    {
        QDate date;
        QString title;
    };
    struct Benchmark
    {
        double value = 0;
        std::optional<double> lower; // lower quartile
        std::optional<double> upper; // upper quartile
        QString source;
    };

    qint64 kpiId = 0;
    QString title;
    KpiUnit unit = KpiUnit::Count;
    Direction direction = Direction::HigherIsBetter;
    QList<KpiPoint> points;
    QList<ThresholdRule> rules;
    QList<Annotation> annotations;
    std::optional<Benchmark> benchmark;

    // The last `periods` periods (all when 0), with the annotations that fall inside them.
    KpiChartData lastPeriods(int periods) const;

    static KpiChartData build(Workspace& workspace, const KpiEvaluator& evaluator, const Kpi& kpi);
};

} // namespace stuurboord
