#pragma once

#include "model/EnumSpec.h"

namespace stuurboord {

// Where a KPI stands in a period, judged by its threshold rules. "No data" is a status of
// its own: a missing figure is never counted as zero.
enum class KpiStatus { NoData, OnTrack, AtRisk, OffTrack };
template<>
const EnumSpec& enumSpec<KpiStatus>();

} // namespace stuurboord
