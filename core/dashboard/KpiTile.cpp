#include "KpiTile.h"

namespace stuurboord {

namespace {
// A value that may be compared: measured, and from a period that is complete.
std::optional<double> comparable(const QList<KpiPoint>& series, const Period& period)
{
    for (const KpiPoint& point : series) {
        if (point.period == period)
            return point.status == KpiStatus::Incomplete ? std::nullopt : point.value;
    }
    return std::nullopt;
}
} // namespace

std::optional<double> KpiTile::changeFromPrevious() const
{
    if (!latest || !previous)
        return std::nullopt;
    return *latest->value - *previous;
}

std::optional<double> KpiTile::changeFromYearEarlier() const
{
    if (!latest || !yearEarlier)
        return std::nullopt;
    return *latest->value - *yearEarlier;
}

KpiTile KpiTile::from(const Kpi& kpi, const QList<KpiPoint>& series)
{
    KpiTile tile;
    tile.kpiId = kpi.id;
    tile.name = kpi.name;
    tile.unit = kpi.unit;
    tile.manual = kpi.source == KpiSource::Manual;
    int at = -1;
    for (int i = static_cast<int>(series.size()) - 1; i >= 0; --i) {
        if (series.at(i).value && series.at(i).status != KpiStatus::Incomplete) {
            at = i;
            break;
        }
    }
    if (!series.isEmpty() && at != static_cast<int>(series.size()) - 1) {
        tile.missing = series.constLast().period;
        tile.missingReason = series.constLast().reason;
    }
    if (at < 0)
        return tile;
    const KpiPoint& latest = series.at(at);
    tile.latest = latest;
    tile.previous = comparable(series, latest.period.previous());
    const Period yearBefore = Period::containing(latest.period.firstDay().addYears(-1), latest.period.kind());
    tile.yearEarlier = comparable(series, yearBefore);
    tile.sparkline = series.mid(qMax(0, at - 11), qMin(12, at + 1));
    return tile;
}

} // namespace stuurboord
