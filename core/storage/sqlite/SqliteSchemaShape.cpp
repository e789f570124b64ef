#include "SqliteSchemaShape.h"

#include "SqliteSpecifics.h"
#include "storage/Schema.h"

#include <algorithm>
#include <atomic>
#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace stuurboord {

namespace {
struct SchemaObject
{
    QString type; // table, index, view, trigger
    QString table;
    QStringList columns; // "name type notnull pk", or an index's key columns
};

using Shape = QHash<QString, SchemaObject>;

QStringList columnsOf(QSqlDatabase& db, const SchemaObject& object, const QString& name)
{
    QStringList columns;
    QSqlQuery query(db);
    if (object.type == u"table") {
        if (!query.exec(QStringLiteral("PRAGMA table_xinfo(\"%1\")").arg(name)))
            return columns;
        while (query.next()) {
            columns << QStringLiteral("%1 %2 %3 %4")
                           .arg(query.value(1).toString(), query.value(2).toString().toUpper(),
                               query.value(3).toString(), query.value(5).toString());
        }
    } else if (object.type == u"index") {
        if (!query.exec(QStringLiteral("PRAGMA index_info(\"%1\")").arg(name)))
            return columns;
        while (query.next())
            columns << query.value(2).toString();
    }
    return columns;
}

Shape shapeOf(QSqlDatabase& db)
{
    Shape shape;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")))
        return shape;
    while (query.next()) {
        SchemaObject object{query.value(0).toString(), query.value(2).toString(), {}};
        shape.insert(query.value(1).toString(), object);
    }
    for (auto it = shape.begin(); it != shape.end(); ++it)
        it->columns = columnsOf(db, *it, it.key());
    return shape;
}

QString typeName(const QString& type)
{
    if (type == u"table")
        return QCoreApplication::translate("Workspace", "table");
    if (type == u"index")
        return QCoreApplication::translate("Workspace", "index");
    if (type == u"view")
        return QCoreApplication::translate("Workspace", "view");
    if (type == u"trigger")
        return QCoreApplication::translate("Workspace", "trigger");
    return type;
}

Shape expectedShape(int version)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("stuurboord-shape-%1").arg(++counter);
    Shape shape;
    {
        QSqlDatabase db = SqliteSpecifics::open(
            QStringLiteral(":memory:"), connection, SqliteSpecifics::Access::ReadWrite);
        if (Schema::migrate(db, 0, version))
            shape = shapeOf(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return shape;
}
} // namespace

QStringList SqliteSchemaShape::differences(QSqlDatabase& db, int version)
{
    const Shape expected = expectedShape(version);
    const Shape actual = shapeOf(db);
    QStringList missing;
    QStringList found;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto present = actual.constFind(it.key());
        if (present == actual.cend()) {
            missing << QStringLiteral("%1 %2").arg(typeName(it->type), it.key());
        } else if (present->type != it->type) {
            found << QCoreApplication::translate("Workspace", "%1 is a %2 instead of a %3")
                         .arg(it.key(), typeName(present->type), typeName(it->type));
        } else if (present->table != it->table || present->columns != it->columns) {
            found << QCoreApplication::translate(
                "Workspace", "%1 %2 has other columns than expected")
                         .arg(typeName(it->type), it.key());
        }
    }
    found.sort();
    if (!missing.isEmpty()) {
        // Tables first: a missing table takes its indexes with it.
        std::sort(missing.begin(), missing.end(), [](const QString& a, const QString& b) {
            return std::make_pair(!a.startsWith(typeName(QStringLiteral("table"))), a)
                < std::make_pair(!b.startsWith(typeName(QStringLiteral("table"))), b);
        });
        found.prepend(
            QCoreApplication::translate("Workspace", "missing: %1").arg(missing.join(u", ")));
    }
    return found;
}

} // namespace stuurboord
