#pragma once

#include "KpiPoint.h"

#include <QList>
#include <optional>

namespace stuurboord {

// A run of measurement moments in which a KPI crosses one threshold rule. The rule fires
// once the run is `consecutive` moments long, and the episode ends once the KPI has been
// back on the right side for as many moments. Moments without data neither extend nor
// end a run.
struct BreachEpisode
{
    Period start;
    Period firedAt;
    std::optional<Period> recoveredAt;

    static QList<BreachEpisode> find(const QList<KpiPoint>& points, qint64 ruleId, int consecutive);
};

} // namespace stuurboord
