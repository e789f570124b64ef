#include "StatusStyle.h"

#include "models/ValueFormatter.h"

#include <QPalette>

namespace stuurboord {

QString StatusStyle::text(KpiStatus status)
{
    return ValueFormatter::capitalised(enumLabel(status));
}

QString StatusStyle::symbol(KpiStatus status)
{
    switch (status) {
    case KpiStatus::OnTrack:
        return QStringLiteral("✓");
    case KpiStatus::ShortOfTarget:
        return QStringLiteral("▽");
    case KpiStatus::AtRisk:
        return QStringLiteral("▲");
    case KpiStatus::OffTrack:
        return QStringLiteral("✕");
    case KpiStatus::Incomplete:
        return QStringLiteral("◔");
    case KpiStatus::NoData:
    case KpiStatus::NoTarget:
    case KpiStatus::NoThresholds:
        break;
    }
    return QStringLiteral("○");
}

QString StatusStyle::label(KpiStatus status)
{
    return symbol(status) + u' ' + text(status);
}

QColor StatusStyle::colour(KpiStatus status)
{
    switch (status) {
    case KpiStatus::OnTrack:
        return QColor(0x00, 0x7a, 0x5a); // Okabe-Ito bluish green, darkened for text
    case KpiStatus::ShortOfTarget:
        return QColor(0x00, 0x72, 0xb2); // blue
    case KpiStatus::AtRisk:
        return QColor(0xb5, 0x6a, 0x00); // orange, darkened for text
    case KpiStatus::OffTrack:
        return QColor(0xc0, 0x3d, 0x00); // vermillion
    case KpiStatus::NoData:
    case KpiStatus::Incomplete:
    case KpiStatus::NoTarget:
    case KpiStatus::NoThresholds:
        break;
    }
    return QColor(0x6b, 0x6b, 0x6b);
}

QColor StatusStyle::colour(KpiStatus status, const QPalette& palette)
{
    if (!isDark(palette))
        return colour(status);
    switch (status) {
    case KpiStatus::OnTrack:
        return QColor(0x3d, 0xd6, 0xa8);
    case KpiStatus::ShortOfTarget:
        return QColor(0x56, 0xb4, 0xe9);
    case KpiStatus::AtRisk:
        return QColor(0xf0, 0xb0, 0x40);
    case KpiStatus::OffTrack:
        return QColor(0xff, 0x7f, 0x50);
    case KpiStatus::NoData:
    case KpiStatus::Incomplete:
    case KpiStatus::NoTarget:
    case KpiStatus::NoThresholds:
        break;
    }
    return QColor(0xb0, 0xb0, 0xb0);
}

bool StatusStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace stuurboord
