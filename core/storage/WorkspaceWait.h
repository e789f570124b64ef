#pragma once

#include "Workspace.h"

#include <functional>
#include <QString>

namespace stuurboord {

// A workspace another process is changing (an import on the command line, the application,
// a backup tool holding the file) is busy, not damaged: instead of refusing, the
// application and `--wait` wait until it is free and then open it.
class WorkspaceWait final
{
public:
    // The problem passes when the other process is done.
    static bool isBusy(const OpenResult& result);
    // Whether another Stuurboord or another program holds the workspace right now. Does
    // not wait and changes nothing, so a retry loop can ask it often.
    static bool stillBusy(const QString& path, Workspace::OpenOptions options);
    // Opens the workspace, and while it is busy tries again as soon as it is free, for at
    // most `seconds` (negative: until `waiting` says stop). `waiting` is called about ten
    // times a second with the seconds waited so far; it returns false to give up (Cancel).
    static OpenResult open(const QString& path, Workspace::OpenOptions options, double seconds,
        const std::function<bool(double waited)>& waiting = {});
};

} // namespace stuurboord
