#include "DeleteRecordCommand.h"

#include "WorkspaceContext.h"
#include "model/TableSpec.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QSet>

namespace stuurboord {

DeleteRecordCommand::DeleteRecordCommand(WorkspaceContext& context, const TableSpec& spec, qint64 id,
                                         const QString& name)
    : QUndoCommand(QCoreApplication::translate("Command", "Delete %1 “%2”").arg(spec.singular(), name))
    , m_context(context)
    , m_spec(spec)
    , m_id(id)
{
}

void DeleteRecordCommand::redo()
{
    if (!m_context.records().remove(m_spec, m_id, &m_deleted))
        setObsolete(true);
    notifyAll();
}

void DeleteRecordCommand::undo()
{
    m_context.records().restore(m_deleted);
    notifyAll();
}

void DeleteRecordCommand::notifyAll()
{
    QSet<QString> tables{m_spec.table()};
    for (const DeletedRows::Row& row : std::as_const(m_deleted.rows))
        tables.insert(row.table);
    for (const DeletedRows::ClearedReference& reference : std::as_const(m_deleted.cleared))
        tables.insert(reference.table);
    for (const QString& table : std::as_const(tables))
        m_context.notifyChanged(table);
}

} // namespace stuurboord
