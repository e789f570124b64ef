#pragma once

#include "model/Outcome.h"

#include <QString>

namespace stuurboord {

class Workspace;

// Who may do what in a team workspace (issue 15): editors change it, viewers (sponsors) only
// read. Both are PostgreSQL roles, one pair per database (DATABASE_editor, DATABASE_viewer),
// so the server itself refuses a viewer's write, whatever program the viewer uses; the
// application only follows what the server allows.
class TeamRoles final
{
public:
    enum class Role
    {
        None, // takes the user out of both
        Viewer,
        Editor
    };
    static bool roleFromText(const QString& text, Role* role);

    // Makes `user` (a login role the administrator created) an editor or viewer of the
    // workspace, or neither. Needs the workspace's owner with CREATEROLE, or a superuser.
    static Outcome grant(Workspace& workspace, const QString& user, Role role);
    // Whether the connected user may change the workspace.
    static bool canWrite(Workspace& workspace);
};

} // namespace stuurboord
