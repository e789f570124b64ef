#pragma once

#include <QObject>

class QUndoStack;

namespace stuurboord {

class Outcome;
class Workspace;
class RecordStore;

// What every page needs of the open workspace: its data, the undo stack, and a signal
// when a table changed (by an edit, an undo or an import) so views can refresh.
class WorkspaceContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceContext)

public:
    WorkspaceContext(Workspace& workspace, QUndoStack& undoStack, QObject* parent = nullptr);

    Workspace& workspace() const { return m_workspace; }
    RecordStore& records() const;
    QUndoStack& undoStack() const { return m_undoStack; }
    void notifyChanged(const QString& table);
    // An edit, undo or redo that could not be carried out (someone else changed the record
    // since): the window shows the message; the command has left the stack.
    void reportProblem(const QString& message);
    // The same for an undo or redo step (named by its text) that failed with `outcome`.
    void reportNotApplied(const QString& step, const Outcome& outcome);

signals:
    void tableChanged(const QString& table);
    void problem(const QString& message);
    // Someone else saved a change to the table (team workspaces); tableChanged follows.
    void changedByOthers(const QString& table);

private:
    Workspace& m_workspace;
    QUndoStack& m_undoStack;
};

} // namespace stuurboord
