#include "StatusStyle.h"

#include "models/ValueFormatter.h"

namespace stuurboord {

QString StatusStyle::text(KpiStatus status)
{
    return ValueFormatter::capitalised(enumLabel(status));
}

QColor StatusStyle::colour(KpiStatus status)
{
    switch (status) {
    case KpiStatus::OnTrack:
        return QColor(0x2e, 0x7d, 0x32);
    case KpiStatus::AtRisk:
        return QColor(0xe6, 0x8a, 0x00);
    case KpiStatus::OffTrack:
        return QColor(0xc6, 0x28, 0x28);
    case KpiStatus::NoData:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace stuurboord
