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
    if (!isEmpty() && QSqlDatabase::contains(m_connection)) {
        if (const QSqlDatabase db = QSqlDatabase::database(m_connection, false); db.isOpen()) {
            for (const QString& stash : {m_figuresStash, m_replacedStash})
                QSqlQuery(db).exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(stash));
        }
    }
    m_connection.clear();
    m_figuresStash.clear();
    m_replacedStash.clear();
    m_batchId = m_figures = m_putBack = 0;
    m_batch = {};
    m_metrics = {};
}

} // namespace stuurboord
