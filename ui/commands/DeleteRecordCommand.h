#pragma once

#include "storage/DeletedRows.h"

#include <QUndoCommand>

namespace stuurboord {

class TableSpec;
class WorkspaceContext;

// Deletes a row with everything that goes with it; undo restores all of it exactly.
class DeleteRecordCommand final : public QUndoCommand
{
public:
    DeleteRecordCommand(WorkspaceContext& context, const TableSpec& spec, qint64 id, const QString& name);
    void redo() override;
    void undo() override;

private:
    void notifyAll();

    WorkspaceContext& m_context;
    const TableSpec& m_spec;
    qint64 m_id;
    DeletedRows m_deleted;
};

} // namespace stuurboord
