#pragma once

#include <QStringList>

namespace stuurboord {

// The subcommands that run without a display (new, demo, check, --help, --version).
// They use the same core operations as the GUI, print in words and exit non-zero on a
// problem, so scripts and tests can drive Stuurboord.
class CommandLine final
{
public:
    // True when the arguments ask for a subcommand rather than the GUI.
    static bool isConsoleCommand(const QStringList& arguments);
    static int run(const QStringList& arguments);
    // The GUI's own options, shared so that --help lists them too.
    static QString workspaceArgument(const QStringList& arguments);

    // Busy: another program is changing the workspace; trying again later can work.
    enum ExitCode { Ok = 0, Problem = 1, UsageError = 2, Busy = 3 };
};

} // namespace stuurboord
