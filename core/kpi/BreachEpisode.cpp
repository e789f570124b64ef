#include "BreachEpisode.h"

namespace stuurboord {

QList<BreachEpisode> BreachEpisode::find(
    const QList<KpiPoint>& points, qint64 ruleId, int consecutive)
{
    QList<BreachEpisode> episodes;
    const int needed = qMax(1, consecutive);
    int crossedRun = 0;
    int recoveredRun = 0;
    Period runStart;
    bool open = false;
    for (const KpiPoint& point : points) {
        if (!point.value)
            continue;
        if (point.crossedRules.contains(ruleId)) {
            recoveredRun = 0;
            if (crossedRun++ == 0)
                runStart = point.period;
            if (!open && crossedRun >= needed) {
                episodes << BreachEpisode{runStart, point.period, std::nullopt};
                open = true;
            }
        } else {
            crossedRun = 0;
            if (open && ++recoveredRun >= needed) {
                episodes.last().recoveredAt = point.period;
                open = false;
                recoveredRun = 0;
            }
        }
    }
    return episodes;
}

} // namespace stuurboord
