#include "ImportJob.h"

#include "ImportRunner.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace stuurboord {

ImportJob::ImportJob(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        stop();
        m_thread->wait();
    }
}

void ImportJob::prepare(const QString& path, const QHash<QString, QString>& options)
{
    start([this, path, options](
              Workspace* connection, const QString& error, ImportProgress& progress) {
        if (!connection) {
            m_preview = ImportPreview();
            m_preview.path = path;
            m_preview.fileName = QFileInfo(path).fileName();
            m_preview.error = error;
            return;
        }
        m_preview = ImportRunner::prepare(*connection, path, options, &progress);
    });
}

void ImportJob::commit(const ImportPreview& preview, BatchWriter::Overlap overlap, bool force)
{
    startWriting([this, preview, overlap, force](
              Workspace* connection, const QString& error, ImportProgress& progress) {
        if (!connection) {
            m_imported = ImportHistory::Imported();
            m_imported.result.outcome = Outcome::failure(error);
            return;
        }
        m_imported = ImportHistory::commit(*connection, preview, overlap, force, &progress);
    });
}

void ImportJob::remove(qint64 batchId, RemovedImport& removed, const QList<qint64>& newMetrics)
{
    RemovedImport* into = &removed;
    startWriting([this, batchId, into, newMetrics](
              Workspace* connection, const QString& error, ImportProgress&) {
        m_outcome = connection ? ImportHistory::remove(*connection, batchId, *into, newMetrics)
                               : Outcome::failure(error);
    });
}

void ImportJob::restore(RemovedImport& removed)
{
    RemovedImport* from = &removed;
    startWriting([this, from](Workspace* connection, const QString& error, ImportProgress&) {
        m_outcome = connection ? ImportHistory::restore(*connection, *from)
                               : Outcome::failure(error);
    });
}

void ImportJob::stop()
{
    if (m_progress)
        m_progress->cancelled = true;
}

void ImportJob::startWriting(Work work)
{
    // A workspace that refuses writes (its check failed) gives no connection to write with,
    // and its reason is the error, as for a connection that could not be opened.
    start([work = std::move(work)](Workspace* connection, const QString& error, ImportProgress& progress) {
        if (connection && !connection->writeRefusal().isEmpty())
            work(nullptr, connection->writeRefusal(), progress);
        else
            work(connection, error, progress);
    });
}

void ImportJob::start(Work work)
{
    if (m_thread)
        return;
    // The workspace's integrity check, if it still runs, decides whether the job may write;
    // waiting for it here keeps the worker's connection from reading a changing answer.
    m_workspace.finishCheck();
    m_progress = std::make_unique<ImportProgress>();
    ImportProgress* progress = m_progress.get();
    QElapsedTimer clock;
    clock.start();
    // Called on the job's thread; the signal reaches the window through its event loop.
    progress->report = [this, clock, shown = qint64(-progressInterval)](
                           qint64 rows, double fraction) mutable {
        const qint64 elapsed = clock.elapsed();
        if (elapsed - shown < progressInterval && fraction < 1.0)
            return;
        shown = elapsed;
        emit this->progress(rows, elapsed > 0 ? rows * 1000.0 / double(elapsed) : 0.0, fraction);
    };
    const Workspace* workspace = &m_workspace;
    m_thread.reset(QThread::create([workspace, progress, work = std::move(work)] {
        QString error;
        // Opened, used and closed on this thread, as Qt SQL wants.
        const std::unique_ptr<Workspace> connection = workspace->openWorkerConnection(&error);
        work(connection.get(), error, *progress);
    }));
    m_thread->setObjectName(QStringLiteral("import"));
    connect(m_thread.get(), &QThread::finished, this, [this] {
        QThread* done = m_thread.release();
        done->wait();
        done->deleteLater();
        emit finished();
    });
    m_thread->start();
}

} // namespace stuurboord
