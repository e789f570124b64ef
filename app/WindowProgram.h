#pragma once

namespace stuurboord {

// The window program, stuurboord-gui, started in place of the command-line program when the
// arguments ask for a window or a painter. It lives beside the command-line program in the
// build tree and in ../libexec/stuurboord when installed.
class WindowProgram final
{
public:
    // Replaces this process with the window program under the same arguments: for no command
    // at all, and as the command line's `report`. Returns only when it cannot be started,
    // with the exit code after saying why.
    static int handOver(int argc, char* argv[]);
};

} // namespace stuurboord
