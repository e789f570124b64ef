#pragma once

#include "domain/Observation.h"
#include "storage/DeletedRows.h"

#include <QList>
#include <QString>

namespace stuurboord {

// An import taken out of the workspace (ImportHistory::remove), kept until it is put back.
// Its figures wait in a temporary table of the workspace connection rather than in
// memory, so taking out a million-row import costs a copy inside SQLite. That table lives
// outside the workspace file and goes when this is destroyed or the connection closes.
class RemovedImport final
{
public:
    RemovedImport() = default;
    ~RemovedImport();
    Q_DISABLE_COPY_MOVE(RemovedImport)

    bool isEmpty() const { return m_stash.isEmpty(); }
    qint64 batchId() const { return m_batchId; }
    qint64 figureCount() const { return m_figures; }

private:
    friend class ImportHistory;
    void clear();

    QString m_connection;
    QString m_stash; // "temp.name"
    qint64 m_batchId = 0;
    qint64 m_figures = 0;
    DeletedRows m_batch;
    DeletedRows m_metrics;
    QList<Observation> m_putBack; // earlier figures that came back when this went
};

} // namespace stuurboord
