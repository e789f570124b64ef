#include "RemovedImport.h"

#include <QSqlQuery>

namespace stuurboord {

RemovedImport::~RemovedImport()
{
    clear();
}

void RemovedImport::clear()
{
    // Only on the connection's own thread, and only while it is open; closing drops it too.
    if (!m_stash.isEmpty() && QSqlDatabase::contains(m_connection)) {
        if (const QSqlDatabase db = QSqlDatabase::database(m_connection, false); db.isOpen())
            QSqlQuery(db).exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_stash));
    }
    m_connection.clear();
    m_stash.clear();
    m_batchId = m_figures = 0;
    m_batch = {};
    m_metrics = {};
    m_putBack.clear();
}

} // namespace stuurboord
