#pragma once

#include <QString>

namespace stuurboord {

// The account name of the person at this computer: who saved a record in a workspace file,
// who changed a KPI, the login a team workspace form suggests. Empty only when the system
// gives no name at all.
class LocalUser final
{
public:
    static QString name();
};

} // namespace stuurboord
