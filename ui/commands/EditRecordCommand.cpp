#include "EditRecordCommand.h"

#include "WorkspaceContext.h"
#include "model/TableSpec.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>

namespace stuurboord {

EditRecordCommand::EditRecordCommand(WorkspaceContext& context, const TableSpec& spec, Record before, Record after)
    : QUndoCommand(QCoreApplication::translate("Command", "Edit %1 “%2”")
                       .arg(spec.singular(), context.records().displayName(spec, after)))
    , m_context(context)
    , m_spec(spec)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditRecordCommand::apply(const Record& record)
{
    if (!m_context.records().update(m_spec, record))
        setObsolete(true);
    m_context.notifyChanged(m_spec.table());
}

void EditRecordCommand::redo()
{
    apply(m_after);
}

void EditRecordCommand::undo()
{
    apply(m_before);
}

} // namespace stuurboord
