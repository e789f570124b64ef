#include "SqliteSchemaShape.h"

#include "SqliteSpecifics.h"
#include "storage/Schema.h"

#include <algorithm>
#include <atomic>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <sqlite3.h>

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

Shape builtShape(int version)
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

// Building the expected shape replays every schema step in memory, and a step that adds a
// column to twenty tables makes SQLite read its whole schema again twenty times: a quarter
// of opening a workspace from the command line. The shape is kept in the user's cache,
// under a key that changes with any schema step and with the SQLite library, so it is built
// once per version of both. A cache file that is missing, cut off or from other steps is
// ignored and written again.
QByteArray cacheKey(int version)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("stuurboord schema shape 1\n");
    hash.addData(QByteArrayView(sqlite3_libversion()));
    for (int step = 1; step <= version; ++step) {
        for (const QString& statement : Schema::statementsFor(step, false))
            hash.addData(QStringLiteral("\n%1;%2").arg(step).arg(statement).toUtf8());
    }
    return hash.result().toHex();
}

QString cachePath(int version)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return folder.isEmpty() ? QString()
                            : QDir(folder).filePath(QStringLiteral("schema-shape-%1.txt").arg(version));
}

// One line per object: name, type, table and columns, tab-separated (columns by \x1f);
// the key first and the number of objects last, so that a cut-off file is never used.
Shape readCache(const QString& path, const QByteArray& key)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.size() < 3 || lines.first() != key || !lines.last().isEmpty())
        return {};
    Shape shape;
    for (qsizetype i = 1; i + 2 < lines.size(); ++i) {
        const QStringList fields = QString::fromUtf8(lines.at(i)).split(u'\t');
        if (fields.size() != 4)
            return {};
        shape.insert(fields.at(0),
            SchemaObject{fields.at(1), fields.at(2),
                fields.at(3).isEmpty() ? QStringList() : fields.at(3).split(QChar(0x1f))});
    }
    if (lines.at(lines.size() - 2) != "end " + QByteArray::number(shape.size()))
        return {};
    return shape;
}

void writeCache(const QString& path, const QByteArray& key, const Shape& shape)
{
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(key + '\n');
    for (auto it = shape.cbegin(); it != shape.cend(); ++it) {
        file.write(QStringList{it.key(), it->type, it->table, it->columns.join(QChar(0x1f))}
                       .join(u'\t')
                       .toUtf8()
            + '\n');
    }
    file.write("end " + QByteArray::number(shape.size()) + '\n');
    file.commit(); // a file that could not be written is built again next time
}

Shape expectedShape(int version)
{
    static QMutex mutex;
    static QHash<int, Shape> known; // for a process that opens many workspaces
    QMutexLocker lock(&mutex);
    if (const auto it = known.constFind(version); it != known.cend())
        return *it;
    const QByteArray key = cacheKey(version);
    const QString path = cachePath(version);
    Shape shape = readCache(path, key);
    if (shape.isEmpty()) {
        shape = builtShape(version);
        if (!shape.isEmpty())
            writeCache(path, key, shape);
    }
    known.insert(version, shape);
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
