#pragma once

#include "model/Record.h"

#include <functional>
#include <QSqlDatabase>

namespace stuurboord {

class TableSpec;

// Every row of a domain table in its natural order, handed over one at a time, so an
// export of a million observations never holds them all in memory.
class TableRows final
{
public:
    explicit TableRows(QSqlDatabase db);
    // False when the table could not be read.
    bool forEach(const TableSpec& spec, const std::function<void(const Record&)>& use) const;

private:
    QSqlDatabase m_db;
};

} // namespace stuurboord
