#pragma once

#include "import/ImportHistory.h"
#include "model/Outcome.h"

#include <memory>
#include <QUndoCommand>

namespace stuurboord {

class RemovedImport;
class WorkspaceContext;

// An import as one undoable step, without a copy of the observation table: undo takes
// the batch's figures out (and puts back the figures it replaced), redo puts them back.
// Removing an import from the history is the same step the other way round.
class ImportBatchCommand final : public QUndoCommand
{
public:
    ~ImportBatchCommand() override;
    Q_DISABLE_COPY_MOVE(ImportBatchCommand)

    // After the import was written (ImportHistory::commit): makes it undoable.
    static void pushImported(WorkspaceContext& context, const QString& fileName,
        const ImportHistory::Imported& imported);
    // Takes an import and its figures out of the workspace, undoably.
    static Outcome removeFromHistory(
        WorkspaceContext& context, qint64 batchId, const QString& fileName);

    void redo() override;
    void undo() override;

private:
    ImportBatchCommand(
        WorkspaceContext& context, const QString& text, qint64 batchId, bool removes);
    void takeOut();
    void putBack();
    void notifyAll();

    WorkspaceContext& m_context;
    qint64 m_batchId;
    bool m_removes; // redo removes the import (history) rather than putting it back
    bool m_done = true; // the operation itself already did the first redo
    QList<qint64> m_newMetrics;
    std::unique_ptr<RemovedImport> m_removed;
};

} // namespace stuurboord
