#pragma once

namespace stuurboord {

// Why a workspace could not be opened or created; the message that comes with it says
// the same in words for the user.
enum class WorkspaceProblem
{
    None,
    NotFound,
    NotReadable,
    Empty,
    NotSqlite,
    Truncated,
    Foreign,
    NewerVersion,
    Unfinished,
    ReadOnly,
    FolderReadOnly,
    Locked,
    Busy,
    Damaged,
    MigrationFailed,
    AlreadyExists,
    CannotWrite
};

} // namespace stuurboord
