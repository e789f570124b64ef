#include "PackStyle.h"

namespace stuurboord {

QFont PackStyle::font(double points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    // Kerning and hinting tuned for the screen would shift text between preview and paper.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing makes Qt leave out ligatures: "fi" stays two letters, so searching
    // the PDF for "profielen" finds it (a ligature glyph would read back as "ﬁ").
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

QTextCharFormat PackStyle::text(double points, bool bold, const QColor& colour)
{
    QTextCharFormat format;
    format.setFont(font(points, bold));
    format.setForeground(colour);
    return format;
}

} // namespace stuurboord
