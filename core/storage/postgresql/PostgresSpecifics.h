#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

struct pg_conn;

namespace stuurboord {

class TeamAddress;

// Everything that only PostgreSQL understands, for team workspaces (issue 15): the QPSQL
// connection, the dialect of the schema files, the schema version (a table, where SQLite has
// a header field), the lock that keeps two migrations apart, and the libpq handle for COPY.
// The counterpart of SqliteSpecifics; nothing outside core/storage/postgresql names libpq.
class PostgresSpecifics final
{
public:
    static constexpr const char* driverName = "QPSQL";

    // Opens a connection. When it fails, `error` says why in words a coordinator understands
    // (no server at that address, the password, a database that does not exist, the
    // driver not installed).
    static QSqlDatabase open(const TeamAddress& address, const QString& connectionName, QString* error);
    static bool isPostgres(const QSqlDatabase& db);

    // The portable schema files as PostgreSQL takes them: 64-bit integers, doubles, bytea,
    // no WITHOUT ROWID, and foreign keys that may be checked at the end of a transaction
    // (copying a workspace inserts rows in table order, not in the order the keys need).
    static QString translateSchema(const QString& sql);
    static QString identityColumnType();

    // The schema version lives in a table: 0 when the database holds no workspace yet.
    static int schemaVersion(QSqlDatabase& db);
    static bool setSchemaVersion(QSqlDatabase& db, int version, QString* error);
    // Taken inside a transaction and held until it ends: two instances that open an older
    // workspace at the same moment update it one after the other, never both.
    static bool lockSchemaForUpdate(QSqlDatabase& db, QString* error);
    // Every change to a workspace table is announced on `changeChannel` with the table's
    // name, once per statement, when the transaction commits, so the other people's windows
    // can refresh (ChangeFeed). Installed after each schema update, for new tables too.
    static constexpr const char* changeChannel = "stuurboord_changed";
    static bool announceChanges(QSqlDatabase& db, QString* error);
    // One import at a time per team workspace: taken inside the import's transaction and
    // held until it ends. When another import holds it, returns false and `holder` names
    // who runs it and since when ("anna, since 14:02").
    static bool takeImportTurn(QSqlDatabase& db, QString* holder);
    // The login this connection runs as (libpq may have taken it from the environment).
    static QString currentUser(const QSqlDatabase& db);
    // The server refused for want of a right (SQLSTATE 42501), not for a fault.
    static bool lacksPrivilege(const QSqlError& error);
    // The login that owns the database (who runs schema updates).
    static QString databaseOwner(QSqlDatabase& db);
    // The tables of the workspace (not the schema version table).
    static QStringList tableNames(QSqlDatabase& db);
    static bool inTransaction(const QSqlDatabase& db);
    // After rows were written with their own ids (a copy), the generated ids go on after the
    // highest one in each table.
    static bool resetGeneratedIds(QSqlDatabase& db, QString* error);
    static pg_conn* handle(const QSqlDatabase& db);
    static QString serverVersion(QSqlDatabase& db);
};

} // namespace stuurboord
