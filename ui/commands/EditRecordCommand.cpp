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
    , m_storedVersion(m_before.version)
{
}

void EditRecordCommand::apply(const Record& values)
{
    Record record = values;
    record.version = m_storedVersion;
    if (const Outcome saved = m_context.records().update(m_spec, record); !saved) {
        setObsolete(true);
        m_context.reportNotApplied(text(), saved);
    } else {
        m_storedVersion = record.version;
    }
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
