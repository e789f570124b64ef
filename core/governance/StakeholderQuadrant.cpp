#include "StakeholderQuadrant.h"

#include <QCoreApplication>

namespace stuurboord {

StakeholderQuadrant::Quadrant StakeholderQuadrant::of(int influence, int interest)
{
    const bool powerful = influence >= highFrom;
    const bool interested = interest >= highFrom;
    if (powerful)
        return interested ? ManageClosely : KeepSatisfied;
    return interested ? KeepInformed : Monitor;
}

QString StakeholderQuadrant::name(Quadrant quadrant)
{
    switch (quadrant) {
    case ManageClosely:
        return QCoreApplication::translate("Governance", "Manage closely");
    case KeepSatisfied:
        return QCoreApplication::translate("Governance", "Keep satisfied");
    case KeepInformed:
        return QCoreApplication::translate("Governance", "Keep informed");
    case Monitor:
        break;
    }
    return QCoreApplication::translate("Governance", "Monitor");
}

QString StakeholderQuadrant::advice(Quadrant quadrant)
{
    switch (quadrant) {
    case ManageClosely:
        return QCoreApplication::translate("Governance",
            "Involve them in decisions and meet them regularly.");
    case KeepSatisfied:
        return QCoreApplication::translate("Governance",
            "Ask for their view on what matters to them; do not burden them with detail.");
    case KeepInformed:
        return QCoreApplication::translate("Governance",
            "Share results and plans; they are often the intranet's best ambassadors.");
    case Monitor:
        break;
    }
    return QCoreApplication::translate("Governance", "Keep an eye on them; a short update now and then is enough.");
}

} // namespace stuurboord
