#pragma once

#include "storage/DeletedRows.h"

#include <QSqlDatabase>
#include <QString>

namespace stuurboord {

// An import taken out of the workspace (ImportHistory::remove), kept until it is put back.
// Its figures, the replaced figures it had set aside, the days it covered and the events
// its notes made wait in a small SQLite file of their own beside the system's temporary
// files, attached while they move, rather than in memory: taking out a million-row import
// costs a copy inside SQLite, and any connection can put it back, so undo can run on a
// worker thread with its own connection. The file goes when this is destroyed. In a team
// workspace the rows wait in a schema of their own in the same database instead, dropped
// when this is destroyed (through the connection that made it, if that is still open).
class RemovedImport final
{
public:
    RemovedImport() = default;
    ~RemovedImport();
    Q_DISABLE_COPY_MOVE(RemovedImport)

    bool isEmpty() const { return m_stash.isEmpty(); }
    qint64 batchId() const { return m_batchId; }
    qint64 figureCount() const { return m_figures; }
    // Figures of earlier imports that came back when this one went.
    qint64 putBackCount() const { return m_putBack; }

private:
    friend class ImportHistory;
    void clear();

    QString m_stash; // the file the removed rows wait in, or the schema in a team workspace
    // In a team workspace: the schema's server, login and password, as a connection of its
    // own that opens only to drop the schema (the one that made it may be closed by then:
    // removals and undos run on worker connections). Empty for a file.
    QString m_teamConnection;
    qint64 m_batchId = 0;
    qint64 m_figures = 0;
    DeletedRows m_batch;
    DeletedRows m_metrics;
    qint64 m_putBack = 0;
};

} // namespace stuurboord
