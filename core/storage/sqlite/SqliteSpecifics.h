#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace stuurboord {

// Everything that only SQLite understands (PRAGMAs, the backup API, the C handle, its DDL
// dialect) lives here, so that a PostgreSQL backend for team workspaces replaces this one
// class and leaves the rest of the storage layer alone.
class SqliteSpecifics final
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    static QSqlDatabase open(const QString& path, const QString& connectionName, Access access);
    static bool configure(QSqlDatabase& db, QString* error);
    // Settings a new, still empty file takes once and keeps (the page size).
    static bool prepareNewFile(QSqlDatabase& db, QString* error);
    // Refuses (or allows again) every write through this connection, whatever the caller
    // tries: a workspace not yet checked, or found damaged, is never written.
    static bool setWritesRefused(QSqlDatabase& db, bool refused);

    // Why a statement failed, as far as what the user should be told depends on it.
    enum class Failure
    {
        None,
        Busy, // another connection holds the file: retry later
        ReadOnly, // the file or its folder cannot be written
        DiskFull,
        Damaged, // SQLite found the file malformed
        Other
    };
    static Failure classify(const QSqlError& error);

    // Empty list when the file is healthy; otherwise SQLite's own findings (first lines
    // only). When the check could not run at all, `failure` says why and the list holds
    // SQLite's message.
    static QStringList quickCheck(QSqlDatabase& db, Failure* failure = nullptr);
    // integrity_check without the foreign keys: what opening runs (every page, every
    // index entry, the order of keys), at about a second per million figures.
    static QStringList fullCheck(QSqlDatabase& db, Failure* failure = nullptr);
    // fullCheck() and foreign_key_check: what `stuurboord check` runs.
    static QStringList integrityCheck(QSqlDatabase& db, Failure* failure = nullptr);

    // A journal beside the file: a change was interrupted (a crash, a kill, a full disk) or
    // is under way in another connection.
    static bool hasJournal(const QString& path);
    // Another connection (another process) holds a lock that keeps this one from reading
    // the file now. Asks once, without waiting, through a read-only connection.
    static bool heldByOther(const QString& path);
    // Lets SQLite undo an interrupted change (roll back its hot journal) by reading the
    // file once through a writable connection. The caller holds the workspace lock.
    static Failure rollBackInterruptedChange(const QString& path, QString* error);

    static quint32 applicationId(QSqlDatabase& db);
    static int userVersion(QSqlDatabase& db);
    static bool setApplicationId(QSqlDatabase& db, quint32 id);
    static bool setUserVersion(QSqlDatabase& db, int version);
    // Turns foreign key enforcement on or off; true when it was the other way and now is as
    // asked (SQLite switches only outside a transaction).
    static bool switchForeignKeys(QSqlDatabase& db, bool on);
    static QStringList tableNames(QSqlDatabase& db);
    // A transaction is open on this connection.
    static bool inTransaction(const QSqlDatabase& db);

    // Copies the open database page by page into a new file (consistent even while open).
    static bool backupTo(QSqlDatabase& db, const QString& targetPath, QString* error);

    // Column type for a generated integer key, substituted into portable DDL.
    static QString identityColumnType();
    static QString libraryVersion();
    static sqlite3* handle(const QSqlDatabase& db);

private:
    static Failure failureOf(int sqliteResultCode);
    static QStringList checkResult(QSqlDatabase& db, const QString& pragma, Failure* failure);
};

} // namespace stuurboord
