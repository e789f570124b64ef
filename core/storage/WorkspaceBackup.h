#pragma once

#include "model/Outcome.h"

#include <QString>

namespace stuurboord {

class Workspace;

// Copies of a workspace that can be trusted: written with SQLite's backup API to a
// temporary file, flushed to disk, checked with integrity_check, and only then given
// their name, so a copy under the chosen name is always complete.
class WorkspaceBackup final
{
public:
    // A copy of the workspace at `workspacePath` (open elsewhere or not) at `target`; a
    // folder as target gets a dated file name in it. `written` receives the copy's path.
    static Outcome backUp(
        const QString& workspacePath, const QString& target, QString* written = nullptr);
    // The same, from a workspace this process has open.
    static Outcome backUp(Workspace& workspace, const QString& target, QString* written = nullptr);
    // Puts a backup in the workspace's place. The workspace must not be open; the file it
    // replaces is kept next to it ("… (before restore …)"), whose path goes to `keptAs`.
    static Outcome restore(
        const QString& backupPath, const QString& workspacePath, QString* keptAs = nullptr);
    // A dated backup in `folder`, keeping the newest `keep` backups of this workspace there.
    static Outcome rotate(Workspace& workspace, const QString& folder, int keep);

    static QString datedName(const QString& workspacePath);
};

} // namespace stuurboord
