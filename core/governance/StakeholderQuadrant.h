#pragma once

#include <QString>

namespace stuurboord {

// The four power–interest quadrants of the stakeholder grid. Influence and interest are
// scored 1–5; 4 and 5 count as high, so a neutral 3 does not pull someone into "manage
// closely".
class StakeholderQuadrant final
{
public:
    enum Quadrant
    {
        ManageClosely, // high influence, high interest
        KeepSatisfied, // high influence, low interest
        KeepInformed, // low influence, high interest
        Monitor // low influence, low interest
    };

    static constexpr int highFrom = 4;

    static Quadrant of(int influence, int interest);
    static QString name(Quadrant quadrant);
    // What the coordinator does with people in this quadrant, in one sentence.
    static QString advice(Quadrant quadrant);
};

} // namespace stuurboord
