#pragma once

#include "sqlite/SqliteHeader.h"
#include "WorkspaceProblem.h"

#include <QString>

namespace stuurboord {

// Looks at a file before SQLite opens it and tells, in words, whether it is a workspace
// this version can open. Files it rejects are only read, never written.
class WorkspaceProbe final
{
public:
    static WorkspaceProbe inspect(const QString& path);

    bool isUsable() const { return m_problem == WorkspaceProblem::None; }
    WorkspaceProblem problem() const { return m_problem; }
    const QString& message() const { return m_message; }
    int schemaVersion() const { return m_header.userVersion(); }
    // A change to the file was interrupted (its journal is there): SQLite must roll it back
    // before the file says what it holds.
    bool wasInterrupted() const { return m_interrupted; }

private:
    WorkspaceProblem m_problem = WorkspaceProblem::None;
    QString m_message;
    SqliteHeader m_header;
    bool m_interrupted = false;
};

} // namespace stuurboord
