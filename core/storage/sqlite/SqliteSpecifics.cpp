#include "SqliteSpecifics.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace stuurboord {

namespace {
bool execPragma(QSqlDatabase& db, const QString& statement, QString* error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QVariant pragmaValue(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (query.exec(statement) && query.next())
        return query.value(0);
    return {};
}
} // namespace

QSqlDatabase SqliteSpecifics::open(
    const QString& path, const QString& connectionName, Access access)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    db.open();
    return db;
}

bool SqliteSpecifics::configure(QSqlDatabase& db, QString* error)
{
    // Rollback journal rather than WAL: WAL needs shared memory, which network shares do
    // not offer reliably, and it leaves -wal/-shm files next to the workspace.
    return execPragma(db, QStringLiteral("PRAGMA journal_mode=DELETE"), error)
        && execPragma(db, QStringLiteral("PRAGMA synchronous=FULL"), error)
        && execPragma(db, QStringLiteral("PRAGMA foreign_keys=ON"), error);
}

QStringList SqliteSpecifics::checkResult(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma))
        return {query.lastError().text()};
    QStringList findings;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            findings << line;
    }
    return findings;
}

QStringList SqliteSpecifics::quickCheck(QSqlDatabase& db)
{
    return checkResult(db, QStringLiteral("PRAGMA quick_check"));
}

QStringList SqliteSpecifics::integrityCheck(QSqlDatabase& db)
{
    QStringList findings = checkResult(db, QStringLiteral("PRAGMA integrity_check"));
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next())
            findings << QStringLiteral("foreign key: row %1 of %2 points to a missing %3")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                query.value(2).toString());
    }
    return findings;
}

quint32 SqliteSpecifics::applicationId(QSqlDatabase& db)
{
    return static_cast<quint32>(
        pragmaValue(db, QStringLiteral("PRAGMA application_id")).toLongLong());
}

int SqliteSpecifics::userVersion(QSqlDatabase& db)
{
    return pragmaValue(db, QStringLiteral("PRAGMA user_version")).toInt();
}

bool SqliteSpecifics::setApplicationId(QSqlDatabase& db, quint32 id)
{
    // PRAGMA takes a signed 32-bit literal; the file stores the same four bytes.
    return execPragma(db, QStringLiteral("PRAGMA application_id=%1").arg(static_cast<qint32>(id)));
}

bool SqliteSpecifics::setUserVersion(QSqlDatabase& db, int version)
{
    return execPragma(db, QStringLiteral("PRAGMA user_version=%1").arg(version));
}

bool SqliteSpecifics::switchForeignKeys(QSqlDatabase& db, bool on)
{
    const QString pragma = QStringLiteral("PRAGMA foreign_keys");
    if (pragmaValue(db, pragma).toBool() == on)
        return false;
    execPragma(db, pragma + (on ? QStringLiteral("=ON") : QStringLiteral("=OFF")));
    return pragmaValue(db, pragma).toBool() == on;
}

QStringList SqliteSpecifics::tableNames(QSqlDatabase& db)
{
    QStringList names;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral(
            "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'"))) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names;
}

bool SqliteSpecifics::backupTo(QSqlDatabase& db, const QString& targetPath, QString* error)
{
    sqlite3* source = handle(db);
    if (!source) {
        if (error)
            *error = QStringLiteral("no open database");
        return false;
    }
    sqlite3* target = nullptr;
    const QByteArray encodedPath = targetPath.toUtf8();
    int rc = sqlite3_open_v2(
        encodedPath.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(target);
    }
    if (rc != SQLITE_OK && rc != SQLITE_DONE && error)
        *error = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(target);
    return rc == SQLITE_OK || rc == SQLITE_DONE;
}

QString SqliteSpecifics::identityColumnType()
{
    return QStringLiteral("INTEGER PRIMARY KEY");
}

QString SqliteSpecifics::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

sqlite3* SqliteSpecifics::handle(const QSqlDatabase& db)
{
    const QVariant value = db.driver() ? db.driver()->handle() : QVariant();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(value.constData());
}

} // namespace stuurboord
