#include "TableShape.h"

#include "postgresql/PostgresSpecifics.h"
#include "sqlite/SqliteSpecifics.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace stuurboord {

QStringList TableShape::tables(QSqlDatabase db)
{
    QStringList names = PostgresSpecifics::isPostgres(db) ? PostgresSpecifics::tableNames(db)
                                                          : SqliteSpecifics::tableNames(db);
    names.sort();
    return names;
}

QStringList TableShape::columns(const QSqlDatabase& db, const QString& table, QString* error)
{
    QSqlQuery shape(db);
    QStringList names;
    if (!shape.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table))) {
        if (error)
            *error = shape.lastError().text();
        return names;
    }
    const QSqlRecord record = shape.record();
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

} // namespace stuurboord
