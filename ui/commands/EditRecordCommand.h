#pragma once

#include "model/Record.h"

#include <QUndoCommand>

namespace stuurboord {

class TableSpec;
class WorkspaceContext;

// Replaces a row's values; undo writes the previous values back.
class EditRecordCommand final : public QUndoCommand
{
public:
    EditRecordCommand(WorkspaceContext& context, const TableSpec& spec, Record before, Record after);
    void redo() override;
    void undo() override;

private:
    void apply(const Record& record);

    WorkspaceContext& m_context;
    const TableSpec& m_spec;
    Record m_before;
    Record m_after;
};

} // namespace stuurboord
