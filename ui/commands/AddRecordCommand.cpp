#include "AddRecordCommand.h"

#include "WorkspaceContext.h"
#include "model/TableSpec.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>

namespace stuurboord {

AddRecordCommand::AddRecordCommand(WorkspaceContext& context, const TableSpec& spec, Record record)
    : QUndoCommand(QCoreApplication::translate("Command", "Add %1 “%2”")
                       .arg(spec.singular(), context.records().displayName(spec, record)))
    , m_context(context)
    , m_spec(spec)
    , m_record(std::move(record))
{
}

void AddRecordCommand::redo()
{
    const Outcome outcome = m_record.id == 0
        ? m_context.records().insert(m_spec, m_record)
        : m_context.records().restore(DeletedRows{{{m_spec.table(), m_record}}, {}});
    if (!outcome)
        setObsolete(true);
    m_context.notifyChanged(m_spec.table());
}

void AddRecordCommand::undo()
{
    m_context.records().remove(m_spec, m_record.id);
    m_context.notifyChanged(m_spec.table());
}

} // namespace stuurboord
