#include "ImportBatchCommand.h"

#include "import/RemovedImport.h"
#include "WorkspaceContext.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGuiApplication>
#include <QUndoStack>

namespace stuurboord {

ImportBatchCommand::ImportBatchCommand(
    WorkspaceContext& context, const QString& text, qint64 batchId, bool removes)
    : QUndoCommand(text)
    , m_context(context)
    , m_batchId(batchId)
    , m_removes(removes)
    , m_removed(std::make_unique<RemovedImport>())
{
}

ImportBatchCommand::~ImportBatchCommand() = default;

void ImportBatchCommand::pushImported(
    WorkspaceContext& context, const QString& fileName, const ImportHistory::Imported& imported)
{
    auto* command = new ImportBatchCommand(context,
        QCoreApplication::translate("Command", "Import %1").arg(fileName), imported.result.batchId,
        false);
    command->m_newMetrics = imported.newMetrics;
    command->notifyAll();
    context.undoStack().push(command);
}

Outcome ImportBatchCommand::removeFromHistory(
    WorkspaceContext& context, qint64 batchId, const QString& fileName)
{
    std::unique_ptr<ImportBatchCommand> command(new ImportBatchCommand(context,
        QCoreApplication::translate("Command", "Remove import of %1").arg(fileName), batchId,
        true));
    if (Outcome removed = ImportHistory::remove(context.workspace(), batchId, *command->m_removed);
        !removed)
        return removed;
    command->notifyAll();
    context.undoStack().push(command.release());
    return {};
}

void ImportBatchCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    m_removes ? takeOut() : putBack();
}

void ImportBatchCommand::undo()
{
    m_removes ? putBack() : takeOut();
}

void ImportBatchCommand::takeOut()
{
    // A large import takes a second or two to take out; say so with the cursor.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome removed = ImportHistory::remove(
        m_context.workspace(), m_batchId, *m_removed, m_newMetrics);
    if (!removed)
        qWarning("import %lld not removed: %s", m_batchId, qPrintable(removed.message()));
    QGuiApplication::restoreOverrideCursor();
    notifyAll();
}

void ImportBatchCommand::putBack()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome restored = ImportHistory::restore(m_context.workspace(), *m_removed);
    if (!restored)
        qWarning("import %lld not restored: %s", m_batchId, qPrintable(restored.message()));
    QGuiApplication::restoreOverrideCursor();
    notifyAll();
}

void ImportBatchCommand::notifyAll()
{
    for (const QString& table :
        {QStringLiteral("metric"), QStringLiteral("import_batch"), QStringLiteral("observation")})
        m_context.notifyChanged(table);
}

} // namespace stuurboord
