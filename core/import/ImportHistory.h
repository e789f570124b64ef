#pragma once

#include "BatchWriter.h"
#include "ImportPreview.h"
#include "ImportProgress.h"
#include "model/Outcome.h"

#include <QHash>
#include <QList>

namespace stuurboord {

class RemovedImport;
class Workspace;

// Imports as whole steps that can be taken back: committing a previewed file while noting
// which metrics it created, taking an import out of the workspace (its figures and its batch
// record, bringing back the figures it replaced) and putting it back exactly. Undo of an
// import and "Remove import" in the import history are built on these. Replaced figures wait
// in the workspace (replaced_observation), so an import can be removed in a later session too.
class ImportHistory final
{
public:
    struct Imported
    {
        BatchWriter::Result result;
        QList<qint64> newMetrics; // metrics this import created
    };

    // ImportRunner::commit, plus the metrics remove() may take out again.
    static Imported commit(Workspace& workspace, const ImportPreview& preview,
        BatchWriter::Overlap overlap, bool force, ImportProgress* progress = nullptr);

    // How many figures in the workspace came with this import.
    static qint64 figureCount(Workspace& workspace, qint64 batchId);
    // figureCount() of every import, in one pass over the figures (they have no batch index).
    static QHash<qint64, qint64> figureCounts(Workspace& workspace);
    // How many figures of earlier imports this one replaced (removing it brings them back).
    static qint64 replacedCount(Workspace& workspace, qint64 batchId);

    // In one transaction: takes out the import's figures and batch record and those
    // `newMetrics` nothing uses any more, and puts back the figures it replaced. `removed`
    // keeps what restore() needs.
    static Outcome remove(Workspace& workspace, qint64 batchId, RemovedImport& removed,
        const QList<qint64>& newMetrics = {});
    // Puts a removed import back as it was and sets its replaced figures aside again.
    static Outcome restore(Workspace& workspace, RemovedImport& removed);
};

} // namespace stuurboord
