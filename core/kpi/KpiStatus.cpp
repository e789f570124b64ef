#include "KpiStatus.h"

namespace stuurboord {

template <> const EnumSpec& enumSpec<KpiStatus>()
{
    static const EnumSpec spec({
        {"no_data", QT_TRANSLATE_NOOP("Enum", "no data")},
        {"on_track", QT_TRANSLATE_NOOP("Enum", "on track")},
        {"at_risk", QT_TRANSLATE_NOOP("Enum", "at risk")},
        {"off_track", QT_TRANSLATE_NOOP("Enum", "off track")},
    });
    return spec;
}

} // namespace stuurboord
