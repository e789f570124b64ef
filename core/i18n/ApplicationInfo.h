#pragma once

#include <QString>

namespace stuurboord {

// Name, version and library versions, shared by the command line and the About box.
class ApplicationInfo final
{
public:
    static void apply();
    static QString version();
    static QString qtVersion();
    static QString sqliteVersion();
    static QString fileSuffix() { return QStringLiteral("stuurboord"); }
};

} // namespace stuurboord
