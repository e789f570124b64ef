#pragma once

#include <QStringList>

namespace stuurboord {

// `stuurboord report`: writes a meeting pack PDF without a window, with the same core model
// and the same painting code as the Reports page. Registered with CommandLine by app/main.cpp.
class ReportCommand final
{
public:
    static void registerCommand();
    static int run(const QStringList& arguments);
};

} // namespace stuurboord
