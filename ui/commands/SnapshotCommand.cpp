#include "SnapshotCommand.h"

#include "WorkspaceContext.h"
#include "model/TableSpec.h"
#include "storage/RecordStore.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QSet>
#include <QUndoStack>

namespace stuurboord {

SnapshotCommand::SnapshotCommand(WorkspaceContext& context, const QString& text, QList<Scope> scopes)
    : QUndoCommand(text)
    , m_context(context)
    , m_scopes(std::move(scopes))
{
}

Outcome SnapshotCommand::run(WorkspaceContext& context, const QString& text, QList<Scope> scopes,
                             const std::function<Outcome()>& operation)
{
    std::unique_ptr<SnapshotCommand> command(new SnapshotCommand(context, text, std::move(scopes)));
    command->m_before = command->capture();
    const Outcome outcome = operation();
    if (!outcome)
        return outcome;
    command->m_after = command->capture();
    for (const Scope& scope : std::as_const(command->m_scopes))
        context.notifyChanged(scope.spec->table());
    context.undoStack().push(command.release());
    return outcome;
}

QList<QList<Record>> SnapshotCommand::capture() const
{
    QList<QList<Record>> state;
    for (const Scope& scope : m_scopes)
        state << m_context.records().list(*scope.spec, scope.column, scope.value);
    return state;
}

void SnapshotCommand::apply(const QList<QList<Record>>& state)
{
    RecordStore& store = m_context.records();
    Transaction transaction(m_context.workspace().database());
    // Remove what should not be there, children (later scopes) first.
    for (int i = static_cast<int>(m_scopes.size()) - 1; i >= 0; --i) {
        QSet<qint64> keep;
        for (const Record& record : state.at(i))
            keep.insert(record.id);
        for (const Record& current : store.list(*m_scopes.at(i).spec, m_scopes.at(i).column, m_scopes.at(i).value)) {
            if (!keep.contains(current.id))
                store.remove(*m_scopes.at(i).spec, current.id);
        }
    }
    // Then bring back or update the rest, parents first.
    for (int i = 0; i < m_scopes.size(); ++i) {
        for (const Record& record : state.at(i)) {
            if (store.get(*m_scopes.at(i).spec, record.id))
                store.update(*m_scopes.at(i).spec, record);
            else
                store.restore(DeletedRows{{{m_scopes.at(i).spec->table(), record}}, {}});
        }
    }
    transaction.commit();
    for (const Scope& scope : std::as_const(m_scopes))
        m_context.notifyChanged(scope.spec->table());
}

void SnapshotCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    apply(m_after);
}

void SnapshotCommand::undo()
{
    apply(m_before);
}

} // namespace stuurboord
