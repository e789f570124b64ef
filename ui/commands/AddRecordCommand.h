#pragma once

#include "model/Record.h"

#include <QUndoCommand>

namespace stuurboord {

class TableSpec;
class WorkspaceContext;

// Adds a validated row; undo removes it again, redo puts it back under the same id.
class AddRecordCommand final : public QUndoCommand
{
public:
    AddRecordCommand(WorkspaceContext& context, const TableSpec& spec, Record record);
    void redo() override;
    void undo() override;
    qint64 recordId() const { return m_record.id; }

private:
    WorkspaceContext& m_context;
    const TableSpec& m_spec;
    Record m_record;
};

} // namespace stuurboord
