#include "RemovedImport.h"

#include <QFile>
#include <QSqlQuery>

namespace stuurboord {

RemovedImport::~RemovedImport()
{
    clear();
}

void RemovedImport::clear()
{
    if (!m_teamConnection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_teamConnection, false);
            if (!m_stash.isEmpty() && db.open())
                QSqlQuery(db).exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_stash));
        }
        QSqlDatabase::removeDatabase(m_teamConnection);
        m_teamConnection.clear();
    } else if (!m_stash.isEmpty()) {
        QFile::remove(m_stash);
    }
    m_stash.clear();
    m_batchId = m_figures = m_putBack = 0;
    m_batch = {};
    m_metrics = {};
}

} // namespace stuurboord
