#include "TableRows.h"

#include "model/TableSpec.h"

#include <QSqlQuery>

namespace stuurboord {

TableRows::TableRows(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool TableRows::forEach(const TableSpec& spec, const std::function<void(const Record&)>& use) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY %3, id")
                        .arg(spec.columns().join(u", "), spec.table(), spec.orderBy())))
        return false;
    const int columnCount = static_cast<int>(spec.fields().size());
    Record record;
    while (query.next()) {
        record.id = query.value(0).toLongLong();
        record.values.clear();
        for (int i = 0; i < columnCount; ++i)
            record.values << query.value(i + 1);
        use(record);
    }
    return true;
}

} // namespace stuurboord
