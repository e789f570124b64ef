#pragma once

#include "domain/Kpi.h"
#include "kpi/KpiPoint.h"

#include <QList>
#include <optional>

namespace stuurboord {

// What a dashboard tile shows of one KPI: its latest complete period with a value (the
// same period and status everywhere, manual KPIs included), how it moved against the
// period before and a year earlier, and the last twelve periods for a sparkline.
struct KpiTile
{
    qint64 kpiId = 0;
    QString name;
    KpiUnit unit = KpiUnit::Count;
    bool manual = false;
    std::optional<KpiPoint> latest;     // the latest complete period with a value
    std::optional<double> previous;     // the period before it, when complete
    std::optional<double> yearEarlier;  // the same period a year earlier, when complete
    QList<KpiPoint> sparkline;          // up to twelve periods ending at latest
    std::optional<Period> missing;      // a later period that should have a value but has none
    QString missingReason;

    std::optional<double> changeFromPrevious() const;
    std::optional<double> changeFromYearEarlier() const;

    // From a KPI's evaluated series (KpiEvaluator::series).
    static KpiTile from(const Kpi& kpi, const QList<KpiPoint>& series);
};

} // namespace stuurboord
