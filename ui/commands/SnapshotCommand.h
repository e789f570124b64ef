#pragma once

#include "model/Outcome.h"
#include "model/Record.h"

#include <QUndoCommand>
#include <functional>

namespace stuurboord {

class TableSpec;
class WorkspaceContext;

// Makes any core operation undoable (a KPI definition change, a review, a manual value)
// by recording the rows it may touch before and after it ran. Undo and redo put those
// rows back exactly, including rows the operation added or removed.
class SnapshotCommand final : public QUndoCommand
{
public:
    struct Scope
    {
        const TableSpec* spec;
        QString column; // rows where column = value; "id" for one row
        QVariant value;
    };

    // Runs the operation; on success pushes an undoable command, otherwise changes nothing
    // and returns why.
    static Outcome run(WorkspaceContext& context, const QString& text, QList<Scope> scopes,
                       const std::function<Outcome()>& operation);

    void redo() override;
    void undo() override;

private:
    SnapshotCommand(WorkspaceContext& context, const QString& text, QList<Scope> scopes);
    QList<QList<Record>> capture() const;
    // Puts the rows of `target` back, knowing the rows stand as in `current`.
    void apply(QList<QList<Record>>& target, const QList<QList<Record>>& current);

    WorkspaceContext& m_context;
    QList<Scope> m_scopes;
    QList<QList<Record>> m_before;
    QList<QList<Record>> m_after;
    bool m_done = true; // the operation itself already did the first redo
};

} // namespace stuurboord
