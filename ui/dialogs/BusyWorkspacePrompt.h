#pragma once

#include "storage/Workspace.h"

#include <optional>
#include <QCoreApplication>

class QWidget;

namespace stuurboord {

// A workspace another process holds (an import on the command line, Stuurboord on another
// computer, a backup tool) is busy, not damaged. Instead of only refusing, this offers to
// wait: a progress dialog tries again each time the workspace may be free, until it opens
// or the user cancels. For a workspace open in another Stuurboord it also offers to open
// it anyway, for when that one crashed on another computer.
class BusyWorkspacePrompt final
{
    Q_DECLARE_TR_FUNCTIONS(BusyWorkspacePrompt)

public:
    // `busy` is what opening said. The result of the last attempt, or nothing when the user
    // cancelled (then there is nothing more to say).
    static std::optional<OpenResult> resolve(QWidget* parent, const QString& path, OpenResult busy);
    static std::optional<OpenResult> waitUntilFree(QWidget* parent, const QString& path, const QString& why);
};

} // namespace stuurboord
