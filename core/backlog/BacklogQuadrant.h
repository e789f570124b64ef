#pragma once

#include <QString>

namespace stuurboord {

// The four fields of the value/effort matrix. Value and effort are scored 1-5; 3 and up
// counts as high, so a middling item (3/3) is weighed as a big bet rather than waved
// through as a quick win.
enum class BacklogQuadrant
{
    QuickWin, // high value, low effort
    BigBet, // high value, high effort
    FillIn, // low value, low effort
    MoneyPit // low value, high effort
};

class BacklogMatrix final
{
public:
    static constexpr int highFrom = 3;
    static BacklogQuadrant quadrantOf(int value, int effort);
    static QString label(BacklogQuadrant quadrant);
    // One sentence: what to do with items in this quadrant.
    static QString advice(BacklogQuadrant quadrant);
};

} // namespace stuurboord
