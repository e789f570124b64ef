#include "ImportBatchCommand.h"

#include "import/ImportJob.h"
#include "import/RemovedImport.h"
#include "WorkspaceContext.h"

#include <functional>
#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QUndoStack>

namespace stuurboord {

namespace {
// Runs a removal or restore on a thread of its own while the window stays responsive; a
// progress window appears when it takes longer than a moment (a million-row import).
Outcome offTheWindowThread(
    WorkspaceContext& context, const QString& text, const std::function<void(ImportJob&)>& start)
{
    ImportJob job(context.workspace());
    QProgressDialog progress(text, QString(), 0, 0, QApplication::activeWindow());
    progress.setWindowTitle(QCoreApplication::translate("Command", "Import history"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(400);
    progress.setCancelButton(nullptr);
    QEventLoop loop;
    QObject::connect(&job, &ImportJob::finished, &loop, &QEventLoop::quit);
    start(job);
    if (job.isRunning())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return job.outcome();
}
} // namespace

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
    RemovedImport& into = *command->m_removed;
    if (Outcome removed = offTheWindowThread(context,
            QCoreApplication::translate("Command", "Taking the import of %1 out…").arg(fileName),
            [&](ImportJob& job) { job.remove(batchId, into, {}); });
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
    const Outcome removed = offTheWindowThread(m_context,
        QCoreApplication::translate("Command", "Taking the imported figures out…"),
        [this](ImportJob& job) { job.remove(m_batchId, *m_removed, m_newMetrics); });
    if (!removed)
        qWarning("import %lld not removed: %s", m_batchId, qPrintable(removed.message()));
    notifyAll();
}

void ImportBatchCommand::putBack()
{
    const Outcome restored = offTheWindowThread(m_context,
        QCoreApplication::translate("Command", "Putting the imported figures back…"),
        [this](ImportJob& job) { job.restore(*m_removed); });
    if (!restored)
        qWarning("import %lld not restored: %s", m_batchId, qPrintable(restored.message()));
    notifyAll();
}

void ImportBatchCommand::notifyAll()
{
    for (const QString& table :
        {QStringLiteral("metric"), QStringLiteral("import_batch"), QStringLiteral("observation"),
            QStringLiteral("annotation")})
        m_context.notifyChanged(table);
}

} // namespace stuurboord
