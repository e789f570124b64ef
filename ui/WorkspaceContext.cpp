#include "WorkspaceContext.h"

#include "model/Outcome.h"
#include "storage/ChangeFeed.h"
#include "storage/Workspace.h"

namespace stuurboord {

WorkspaceContext::WorkspaceContext(Workspace& workspace, QUndoStack& undoStack, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
{
    // In a team workspace, what other editors save shows without reopening.
    auto* feed = new ChangeFeed(workspace.database(), this);
    connect(feed, &ChangeFeed::changedElsewhere, this, [this](const QString& table) {
        emit changedByOthers(table);
        notifyChanged(table);
    });
}

RecordStore& WorkspaceContext::records() const
{
    return m_workspace.records();
}

void WorkspaceContext::notifyChanged(const QString& table)
{
    emit tableChanged(table);
}

void WorkspaceContext::reportProblem(const QString& message)
{
    emit problem(message);
}

void WorkspaceContext::reportNotApplied(const QString& step, const Outcome& outcome)
{
    if (outcome.isConflict()) {
        reportProblem(tr("%1: not undone or redone, because someone else changed the same record "
                         "since. %2 Their change stays.")
                          .arg(step, outcome.message()));
    } else {
        reportProblem(outcome ? tr("%1: the change could not be written; the workspace is as it was.").arg(step)
                              : outcome.message());
    }
}

} // namespace stuurboord
