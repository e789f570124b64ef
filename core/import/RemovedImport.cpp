#include "RemovedImport.h"

#include <QFile>

namespace stuurboord {

RemovedImport::~RemovedImport()
{
    clear();
}

void RemovedImport::clear()
{
    if (!m_stash.isEmpty())
        QFile::remove(m_stash);
    m_stash.clear();
    m_batchId = m_figures = m_putBack = 0;
    m_batch = {};
    m_metrics = {};
}

} // namespace stuurboord
