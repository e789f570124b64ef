#include "KpiStatus.h"

namespace stuurboord {

template <> const EnumSpec& enumSpec<KpiStatus>()
{
    static const EnumSpec spec({
        {"no_data", QT_TRANSLATE_NOOP("Enum", "no data")},
        {"incomplete", QT_TRANSLATE_NOOP("Enum", "incomplete period")},
        {"no_target", QT_TRANSLATE_NOOP("Enum", "no target")},
        {"no_thresholds", QT_TRANSLATE_NOOP("Enum", "no thresholds")},
        {"on_track", QT_TRANSLATE_NOOP("Enum", "on track")},
        {"short_of_target", QT_TRANSLATE_NOOP("Enum", "short of target, within tolerance")},
        {"at_risk", QT_TRANSLATE_NOOP("Enum", "at risk")},
        {"off_track", QT_TRANSLATE_NOOP("Enum", "off track")},
    });
    return spec;
}

bool isJudged(KpiStatus status)
{
    return status == KpiStatus::OnTrack || status == KpiStatus::ShortOfTarget
        || status == KpiStatus::AtRisk || status == KpiStatus::OffTrack;
}

} // namespace stuurboord
