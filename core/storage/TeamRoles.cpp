#include "TeamRoles.h"

#include "postgresql/PostgresSpecifics.h"
#include "Transaction.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace stuurboord {

namespace {
QString quoted(const QSqlDatabase& db, const QString& name)
{
    return db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

QString databaseName(QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT current_database()")) && query.next() ? query.value(0).toString()
                                                                                   : QString();
}

bool roleExists(QSqlDatabase& db, const QString& role)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(role);
    return query.exec() && query.next();
}
} // namespace

bool TeamRoles::roleFromText(const QString& text, Role* role)
{
    if (text == QLatin1String("editor"))
        *role = Role::Editor;
    else if (text == QLatin1String("viewer"))
        *role = Role::Viewer;
    else if (text == QLatin1String("none"))
        *role = Role::None;
    else
        return false;
    return true;
}

Outcome TeamRoles::grant(Workspace& workspace, const QString& user, Role role)
{
    QSqlDatabase db = workspace.database();
    if (!workspace.isTeam()) {
        return Outcome::failure(QCoreApplication::translate("Workspace",
            "Editors and viewers belong to team workspaces; a workspace file is one person's."));
    }
    if (!roleExists(db, user)) {
        return Outcome::failure(QCoreApplication::translate("Workspace",
            "The server has no user “%1”. The administrator creates the login first "
            "(CREATE ROLE %1 LOGIN), then run this again.")
                                    .arg(user));
    }
    const QString database = databaseName(db);
    const QString editor = database + QStringLiteral("_editor");
    const QString viewer = database + QStringLiteral("_viewer");
    QStringList statements;
    for (const QString& group : {editor, viewer}) {
        if (!roleExists(db, group))
            statements << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(db, group));
    }
    // What each may do, on the tables there are now and on those later versions add
    // (created by the owner, who runs schema updates).
    statements << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2, %3")
                      .arg(quoted(db, database), quoted(db, editor), quoted(db, viewer))
               << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2").arg(quoted(db, editor), quoted(db, viewer))
               << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(quoted(db, editor))
               << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(quoted(db, editor))
               << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(quoted(db, viewer))
               << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %1").arg(quoted(db, editor))
               << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %1").arg(quoted(db, editor))
               << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1").arg(quoted(db, viewer))
               // Removing an import sets its rows aside in a schema of their own.
               << QStringLiteral("GRANT CREATE ON DATABASE %1 TO %2").arg(quoted(db, database), quoted(db, editor))
               << QStringLiteral("REVOKE %1, %2 FROM %3").arg(quoted(db, editor), quoted(db, viewer), quoted(db, user));
    if (role != Role::None) {
        statements << QStringLiteral("GRANT %1 TO %2")
                          .arg(quoted(db, role == Role::Editor ? editor : viewer), quoted(db, user));
    }
    Transaction transaction(db);
    // REVOKE warns about memberships that were not there; taking them out is the point.
    statements.prepend(QStringLiteral("SET LOCAL client_min_messages = error"));
    for (const QString& statement : std::as_const(statements)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            const QString why = query.lastError().databaseText();
            if (why.contains(QStringLiteral("permission denied")) || why.contains(QStringLiteral("must have"))
                || why.contains(QStringLiteral("must be"))) {
                return Outcome::failure(QCoreApplication::translate("Workspace",
                    "Only the owner of the team workspace (with the right to create roles) or the "
                    "server's administrator can name editors and viewers: %1")
                                            .arg(why));
            }
            return Outcome::failure(QCoreApplication::translate("Workspace",
                "The editors and viewers could not be changed: %1").arg(why));
        }
    }
    if (!transaction.commit()) {
        return Outcome::failure(QCoreApplication::translate("Workspace",
            "The editors and viewers could not be changed: %1").arg(db.lastError().text()));
    }
    return {};
}

bool TeamRoles::canWrite(Workspace& workspace)
{
    if (!workspace.isTeam())
        return true;
    QSqlQuery query(workspace.database());
    return query.exec(QStringLiteral("SELECT has_table_privilege('goal', 'INSERT')")) && query.next()
        && query.value(0).toBool();
}

} // namespace stuurboord
