#pragma once

#include <QList>

namespace stuurboord {

class TableSpec;

// Every domain table, parents before the tables that point at them. The storage layer
// uses it to explain what still refers to a row and to restore deleted rows in order.
class DomainTables final
{
public:
    static const QList<const TableSpec*>& all();
    static const TableSpec* find(const QString& table);
};

} // namespace stuurboord
