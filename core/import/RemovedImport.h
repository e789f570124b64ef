#pragma once

#include "storage/DeletedRows.h"

#include <QString>

namespace stuurboord {

// An import taken out of the workspace (ImportHistory::remove), kept until it is put back.
// Its figures (and the replaced figures it had set aside) wait in temporary tables of the
// workspace connection rather than in memory, so taking out a million-row import costs a
// copy inside SQLite. Those tables live outside the workspace file and go when this is
// destroyed or the connection closes.
class RemovedImport final
{
public:
    RemovedImport() = default;
    ~RemovedImport();
    Q_DISABLE_COPY_MOVE(RemovedImport)

    bool isEmpty() const { return m_figuresStash.isEmpty(); }
    qint64 batchId() const { return m_batchId; }
    qint64 figureCount() const { return m_figures; }
    // Figures of earlier imports that came back when this one went.
    qint64 putBackCount() const { return m_putBack; }

private:
    friend class ImportHistory;
    void clear();

    QString m_connection;
    QString m_figuresStash; // "temp.name": the import's own figures
    QString m_replacedStash; // "temp.name": the replaced figures it had set aside
    qint64 m_batchId = 0;
    qint64 m_figures = 0;
    DeletedRows m_batch;
    DeletedRows m_metrics;
    qint64 m_putBack = 0;
};

} // namespace stuurboord
