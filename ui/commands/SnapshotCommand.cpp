#include "SnapshotCommand.h"

#include "WorkspaceContext.h"
#include "model/TableSpec.h"
#include "storage/RecordStore.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QHash>
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

void SnapshotCommand::apply(QList<QList<Record>>& target, const QList<QList<Record>>& current)
{
    RecordStore& store = m_context.records();
    Transaction transaction(m_context.workspace().database());
    Outcome outcome;
    // Remove what should not be there, children (later scopes) first.
    for (int i = static_cast<int>(m_scopes.size()) - 1; i >= 0 && outcome; --i) {
        QSet<qint64> keep;
        for (const Record& record : target.at(i))
            keep.insert(record.id);
        for (const Record& stored : store.list(*m_scopes.at(i).spec, m_scopes.at(i).column, m_scopes.at(i).value)) {
            if (!keep.contains(stored.id) && outcome)
                outcome = store.remove(*m_scopes.at(i).spec, stored.id);
        }
    }
    // Then bring back or update the rest, parents first. An update saves from the version
    // this command left the row at, so a change someone else saved since is not overwritten.
    for (int i = 0; i < m_scopes.size() && outcome; ++i) {
        QHash<qint64, qint64> leftAt;
        for (const Record& record : current.at(i))
            leftAt.insert(record.id, record.version);
        for (const Record& wanted : target.at(i)) {
            if (!outcome)
                break;
            Record record = wanted;
            record.version = leftAt.value(record.id, 0);
            if (store.get(*m_scopes.at(i).spec, record.id))
                outcome = store.update(*m_scopes.at(i).spec, record);
            else
                outcome = store.restore(DeletedRows{{{m_scopes.at(i).spec->table(), wanted}}, {}});
        }
    }
    if (outcome && transaction.commit()) {
        target = capture(); // the versions the rows have now, for the next undo or redo
    } else {
        setObsolete(true);
        m_context.reportNotApplied(text(), outcome);
    }
    for (const Scope& scope : std::as_const(m_scopes))
        m_context.notifyChanged(scope.spec->table());
}

void SnapshotCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    apply(m_after, m_before);
}

void SnapshotCommand::undo()
{
    apply(m_before, m_after);
}

} // namespace stuurboord
