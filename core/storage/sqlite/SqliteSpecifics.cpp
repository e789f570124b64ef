#include "SqliteSpecifics.h"

#include <QFile>
#include <QFileInfo>
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

bool SqliteSpecifics::prepareNewFile(QSqlDatabase& db, QString* error)
{
    // 32 KB pages instead of SQLite's 4 KB: a workspace is mostly months of figures written in
    // large sorted blocks and read in ranges, and with eight times fewer pages to split, link
    // and copy a million-figure import writes in about two thirds of the time (measured with
    // the import benchmark). An empty workspace then takes 1.5 MB instead of 0.2 MB. Existing
    // files keep the page size they were made with.
    return execPragma(db, QStringLiteral("PRAGMA page_size=32768"), error);
}

bool SqliteSpecifics::setWritesRefused(QSqlDatabase& db, bool refused)
{
    return execPragma(db, refused ? QStringLiteral("PRAGMA query_only=ON") : QStringLiteral("PRAGMA query_only=OFF"));
}

SqliteSpecifics::Failure SqliteSpecifics::failureOf(int code)
{
    switch (code & 0xff) {
    case SQLITE_OK:
        return Failure::None;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Failure::Busy;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Failure::ReadOnly;
    case SQLITE_FULL:
        return Failure::DiskFull;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Failure::Damaged;
    default:
        return Failure::Other;
    }
}

SqliteSpecifics::Failure SqliteSpecifics::classify(const QSqlError& error)
{
    // QSQLITE reports SQLite's result code as the native code.
    return error.type() == QSqlError::NoError ? Failure::None
                                              : failureOf(error.nativeErrorCode().toInt());
}

QStringList SqliteSpecifics::checkResult(QSqlDatabase& db, const QString& pragma, Failure* failure)
{
    if (failure)
        *failure = Failure::None;
    QSqlQuery query(db);
    if (!query.exec(pragma)) {
        const Failure why = classify(query.lastError());
        if (why == Failure::Damaged)
            return {query.lastError().databaseText()};
        if (failure)
            *failure = why;
        return {query.lastError().text()};
    }
    QStringList findings;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line == QLatin1String("ok"))
            continue;
        // A finding can come as many lines under a "*** in database main ***" heading;
        // its first real line says what is wrong.
        for (const QString& part : line.split(u'\n', Qt::SkipEmptyParts)) {
            if (!part.startsWith(QStringLiteral("***"))) {
                findings << part.left(200);
                break;
            }
        }
    }
    return findings;
}

QStringList SqliteSpecifics::quickCheck(QSqlDatabase& db, Failure* failure)
{
    return checkResult(db, QStringLiteral("PRAGMA quick_check"), failure);
}

QStringList SqliteSpecifics::fullCheck(QSqlDatabase& db, Failure* failure)
{
    return checkResult(db, QStringLiteral("PRAGMA integrity_check"), failure);
}

QStringList SqliteSpecifics::integrityCheck(QSqlDatabase& db, Failure* failure)
{
    QStringList findings = fullCheck(db, failure);
    if (failure && *failure != Failure::None)
        return findings;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next())
            findings << QStringLiteral("foreign key: row %1 of %2 points to a missing %3")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                query.value(2).toString());
    }
    return findings;
}

bool SqliteSpecifics::hasJournal(const QString& path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    return journal.exists() && journal.size() > 0;
}

bool SqliteSpecifics::heldByOther(const QString& path)
{
    sqlite3* db = nullptr;
    const QByteArray encodedPath = QFile::encodeName(path);
    bool busy = false;
    if (sqlite3_open_v2(encodedPath.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &statement, nullptr)
            == SQLITE_OK)
            busy = (sqlite3_step(statement) & 0xff) == SQLITE_BUSY;
        else
            busy = (sqlite3_errcode(db) & 0xff) == SQLITE_BUSY;
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return busy;
}

SqliteSpecifics::Failure SqliteSpecifics::rollBackInterruptedChange(const QString& path, QString* error)
{
    sqlite3* db = nullptr;
    const QByteArray encodedPath = QFile::encodeName(path);
    int rc = sqlite3_open_v2(encodedPath.constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        // Reading takes a shared lock, and SQLite rolls a hot journal back before it reads.
        rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return failureOf(rc);
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

bool SqliteSpecifics::inTransaction(const QSqlDatabase& db)
{
    sqlite3* connection = handle(db);
    return connection && sqlite3_get_autocommit(connection) == 0;
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
