#pragma once

#include "ImportHistory.h"
#include "ImportPreview.h"
#include "ImportProgress.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QObject>

class QThread;

namespace stuurboord {

class RemovedImport;
class Workspace;

// Reads (prepare) or imports (commit) a usage export on a thread of its own, with its own
// connection to the workspace, so the window stays responsive on a million-row file. It
// tells how far it got and how fast, and can be stopped; a stopped or failed commit leaves
// the workspace as it was (the batch is one transaction). One job at a time; the results
// are read after finished(), on the thread that started the job.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    explicit ImportJob(Workspace& workspace, QObject* parent = nullptr);
    // Stops a running job and waits for it.
    ~ImportJob() override;

    bool isRunning() const { return m_thread != nullptr; }
    // ImportRunner::prepare; preview() once finished.
    void prepare(const QString& path, const QHash<QString, QString>& options = {});
    // ImportHistory::commit; imported() once finished.
    void commit(const ImportPreview& preview, BatchWriter::Overlap overlap, bool force);
    // ImportHistory::remove and ::restore, so that undoing or removing a million-row import
    // leaves the window responsive; outcome() once finished. `removed` must outlive the job.
    void remove(qint64 batchId, RemovedImport& removed, const QList<qint64>& newMetrics);
    void restore(RemovedImport& removed);
    // Asks the running job to stop at the next rows; finished() still follows.
    void stop();

    const ImportPreview& preview() const { return m_preview; }
    const ImportHistory::Imported& imported() const { return m_imported; }
    const Outcome& outcome() const { return m_outcome; }

    // progress() comes at most this often.
    static constexpr int progressInterval = 50; // ms

signals:
    void progress(qint64 rowsRead, double rowsPerSecond, double fraction);
    void finished();

private:
    using Work = std::function<void(Workspace* connection, const QString& error, ImportProgress&)>;
    void start(Work work);
    // start() for a job that writes: refused as a whole by a workspace that refuses writes.
    void startWriting(Work work);

    Workspace& m_workspace;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<ImportProgress> m_progress;
    ImportPreview m_preview;
    ImportHistory::Imported m_imported;
    Outcome m_outcome;
};

} // namespace stuurboord
