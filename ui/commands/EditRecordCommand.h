#pragma once

#include "model/Record.h"

#include <QUndoCommand>

namespace stuurboord {

class TableSpec;
class WorkspaceContext;

// Replaces a row's values; undo writes the previous values back. Each step saves from the
// version the previous step left, so an undo never overwrites a change someone else saved
// in between: it fails, says so, and leaves the stack.
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
    qint64 m_storedVersion = 0; // the row's version after the last step this command took
};

} // namespace stuurboord
