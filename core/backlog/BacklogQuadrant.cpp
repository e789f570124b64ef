#include "BacklogQuadrant.h"

#include <QCoreApplication>

namespace stuurboord {

BacklogQuadrant BacklogMatrix::quadrantOf(int value, int effort)
{
    const bool highValue = value >= highFrom;
    const bool highEffort = effort >= highFrom;
    if (highValue)
        return highEffort ? BacklogQuadrant::BigBet : BacklogQuadrant::QuickWin;
    return highEffort ? BacklogQuadrant::MoneyPit : BacklogQuadrant::FillIn;
}

QString BacklogMatrix::label(BacklogQuadrant quadrant)
{
    switch (quadrant) {
    case BacklogQuadrant::QuickWin:
        return QCoreApplication::translate("Backlog", "Quick wins");
    case BacklogQuadrant::BigBet:
        return QCoreApplication::translate("Backlog", "Big bets");
    case BacklogQuadrant::FillIn:
        return QCoreApplication::translate("Backlog", "Fill-ins");
    case BacklogQuadrant::MoneyPit:
        return QCoreApplication::translate("Backlog", "Money pits");
    }
    return {};
}

QString BacklogMatrix::advice(BacklogQuadrant quadrant)
{
    switch (quadrant) {
    case BacklogQuadrant::QuickWin:
        return QCoreApplication::translate("Backlog", "High value, little effort: do these first.");
    case BacklogQuadrant::BigBet:
        return QCoreApplication::translate(
            "Backlog", "High value, much effort: plan them and reserve budget.");
    case BacklogQuadrant::FillIn:
        return QCoreApplication::translate(
            "Backlog", "Little value, little effort: do them when there is room.");
    case BacklogQuadrant::MoneyPit:
        return QCoreApplication::translate(
            "Backlog", "Little value, much effort: decline them or rethink them.");
    }
    return {};
}

} // namespace stuurboord
