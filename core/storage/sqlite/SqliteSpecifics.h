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

    // Empty list when the file is healthy; otherwise SQLite's own findings.
    static QStringList quickCheck(QSqlDatabase& db);
    static QStringList integrityCheck(QSqlDatabase& db);

    static quint32 applicationId(QSqlDatabase& db);
    static int userVersion(QSqlDatabase& db);
    static bool setApplicationId(QSqlDatabase& db, quint32 id);
    static bool setUserVersion(QSqlDatabase& db, int version);
    // Turns foreign key enforcement on or off; true when it was the other way and now is as
    // asked (SQLite switches only outside a transaction).
    static bool switchForeignKeys(QSqlDatabase& db, bool on);
    static QStringList tableNames(QSqlDatabase& db);

    // Copies the open database page by page into a new file (consistent even while open).
    static bool backupTo(QSqlDatabase& db, const QString& targetPath, QString* error);

    // Column type for a generated integer key, substituted into portable DDL.
    static QString identityColumnType();
    static QString libraryVersion();
    static sqlite3* handle(const QSqlDatabase& db);

private:
    static QStringList checkResult(QSqlDatabase& db, const QString& pragma);
};

} // namespace stuurboord
