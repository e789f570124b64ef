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
    if (!m_stash.isEmpty() && m_teamDb.isValid()) {
        if (m_teamDb.isOpen())
            QSqlQuery(m_teamDb).exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_stash));
    } else if (!m_stash.isEmpty()) {
        QFile::remove(m_stash);
    }
    m_teamDb = QSqlDatabase();
    m_stash.clear();
    m_batchId = m_figures = m_putBack = 0;
    m_batch = {};
    m_metrics = {};
}

} // namespace stuurboord
