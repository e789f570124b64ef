#pragma once

#include <QColor>
#include <QFont>
#include <QTextCharFormat>

namespace stuurboord {

// The meeting pack's typography and colours in one place: DejaVu Sans (embedded in the PDF,
// so the pack looks the same on every computer), sober ink, one accent colour.
class PackStyle final
{
public:
    static constexpr double bodyPoints = 9.5;
    static constexpr double tablePoints = 8.5;
    static constexpr double notePoints = 8;
    static constexpr double headingPoints = 15;
    static constexpr double subheadingPoints = 11;
    static constexpr double coverOrganisationPoints = 13;
    static constexpr double coverTitlePoints = 24;
    static constexpr double coverSubtitlePoints = 14;
    static constexpr double marginPoints = 8; // header and footer

    static QFont font(double points, bool bold = false);
    static QTextCharFormat text(double points, bool bold, const QColor& colour);
    // Layout distances are given in pixels of a 96 dpi page, the resolution the pack is laid out at.
    static double spacing(double pixels) { return pixels; }

    static QColor ink() { return QColor(0x20, 0x20, 0x20); }
    static QColor muted() { return QColor(0x5a, 0x5a, 0x5a); }
    static QColor accent() { return QColor(0x1f, 0x3a, 0x5f); }
    static QColor rule() { return QColor(0xb0, 0xb8, 0xc2); }
    static QColor headerFill() { return QColor(0xe6, 0xec, 0xf2); }
};

} // namespace stuurboord
