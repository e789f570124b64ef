#pragma once

#include "BatchWriter.h"
#include "domain/Observation.h"
#include "ImportPreview.h"
#include "ImportProgress.h"
#include "model/Outcome.h"

#include <QList>

namespace stuurboord {

class RemovedImport;
class Workspace;

// Imports as whole steps that can be taken back: committing a previewed file while noting
// what it replaced and which metrics it created, taking an import out of the workspace
// (its figures and its batch record) and putting it back exactly. Undo of an import and
// "Remove import" in the import history are built on these. Figures are found by batch,
// metric, month and dimension, never by row id.
class ImportHistory final
{
public:
    struct Imported
    {
        BatchWriter::Result result;
        QList<Observation> replaced; // figures of earlier imports this one replaced
        QList<qint64> newMetrics; // metrics this import created
    };

    // ImportRunner::commit, plus what remove() needs to leave the workspace as before.
    // With Overlap::Replace it first notes the figures the file's metrics and months
    // already have (in a temporary table, not in memory) to find the ones that went.
    static Imported commit(Workspace& workspace, const ImportPreview& preview,
        BatchWriter::Overlap overlap, bool force, ImportProgress* progress = nullptr);

    // How many figures in the workspace came with this import.
    static qint64 figureCount(Workspace& workspace, qint64 batchId);

    // In one transaction: takes out the import's figures and batch record and those
    // `newMetrics` nothing uses any more, and puts back the `replaced` figures. `removed`
    // keeps what restore() needs.
    static Outcome remove(Workspace& workspace, qint64 batchId, RemovedImport& removed,
        const QList<Observation>& replaced = {}, const QList<qint64>& newMetrics = {});
    // Puts a removed import back as it was and takes its replaced figures out again.
    static Outcome restore(Workspace& workspace, RemovedImport& removed);
};

} // namespace stuurboord
