#pragma once

#include "model/EnumSpec.h"

namespace stuurboord {

// Where a KPI stands in a period. Only a KPI with a target and threshold rules can be "on
// track"; without them the status says what is missing instead of looking green. "No
// data" is a status of its own: a missing figure is never counted as zero. An incomplete
// period (its export was made before the month was over) is not judged at all.
enum class KpiStatus
{
    NoData,
    Incomplete,
    NoTarget,
    NoThresholds,
    OnTrack,
    ShortOfTarget, // the target is not reached, but no threshold rule is crossed
    AtRisk,
    OffTrack
};
template <> const EnumSpec& enumSpec<KpiStatus>();

// Whether the status is a judgement of the value (on track ... off track), as opposed to
// saying what is missing to judge it.
bool isJudged(KpiStatus status);

} // namespace stuurboord
