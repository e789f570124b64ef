#include "WorkspaceContext.h"

#include "storage/Workspace.h"

namespace stuurboord {

WorkspaceContext::WorkspaceContext(Workspace& workspace, QUndoStack& undoStack, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
{
}

RecordStore& WorkspaceContext::records() const
{
    return m_workspace.records();
}

void WorkspaceContext::notifyChanged(const QString& table)
{
    emit tableChanged(table);
}

} // namespace stuurboord
