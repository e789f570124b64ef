#include "Schema.h"

#include "postgresql/PostgresSpecifics.h"
#include "sqlite/SqliteSpecifics.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace stuurboord {

namespace {
const QString schemaFolder = QStringLiteral(":/stuurboord/schema");

QString stepFile(int version)
{
    const QString prefix = QStringLiteral("%1-").arg(version, 3, 10, QLatin1Char('0'));
    const QStringList files = QDir(schemaFolder).entryList({prefix + QStringLiteral("*.sql")});
    return files.isEmpty() ? QString() : schemaFolder + QLatin1Char('/') + files.first();
}
} // namespace

int Schema::currentVersion()
{
    return static_cast<int>(QDir(schemaFolder).entryList({QStringLiteral("*.sql")}).size());
}

QStringList Schema::statementsFor(int version, bool postgres)
{
    QFile file(stepFile(version));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString sql = QString::fromUtf8(file.readAll());
    // One set of schema files for both engines; each engine's differences in one place.
    if (postgres) {
        sql.replace(QStringLiteral("{id}"), PostgresSpecifics::identityColumnType());
        sql = PostgresSpecifics::translateSchema(sql);
    } else {
        sql.replace(QStringLiteral("{id}"), SqliteSpecifics::identityColumnType());
    }
    QStringList statements;
    for (const QString& part : sql.split(QStringLiteral(";\n"))) {
        QStringList lines;
        for (const QString& line : part.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QStringLiteral("--")))
                lines << line;
        }
        const QString statement = lines.join(QLatin1Char('\n')).trimmed();
        if (!statement.isEmpty())
            statements << statement;
    }
    return statements;
}

Outcome Schema::migrate(QSqlDatabase& db, int fromVersion, int toVersion)
{
    const bool postgres = PostgresSpecifics::isPostgres(db);
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        const QStringList statements = statementsFor(version, postgres);
        if (statements.isEmpty()) {
            return Outcome::failure(QCoreApplication::translate(
                "Workspace", "This version of Stuurboord does not know schema version %1.")
                                        .arg(version));
        }
        Transaction transaction(db);
        QString error;
        if (postgres && !PostgresSpecifics::lockSchemaForUpdate(db, &error)) {
            return Outcome::failure(QCoreApplication::translate(
                "Workspace", "Updating the workspace to schema version %1 failed: %2")
                                        .arg(version)
                                        .arg(error));
        }
        // Another instance may have updated the team workspace while this one waited for
        // the lock: then this step is done already.
        if (postgres && PostgresSpecifics::schemaVersion(db) >= version)
            continue;
        // Asked before the step: a refused statement ends the transaction's readiness to answer.
        const QString owner = postgres ? PostgresSpecifics::databaseOwner(db) : QString();
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            const bool done = query.exec(statement);
            if (!done && postgres && PostgresSpecifics::lacksPrivilege(query.lastError())) {
                // An editor opened a team workspace a newer Stuurboord must update first:
                // only the owner may change tables, so say who that is, not a server error.
                return Outcome::failure(QCoreApplication::translate("Workspace",
                    "This team workspace must be updated to schema version %1 for this version "
                    "of Stuurboord, and only its owner (%2) may do that. Ask %2 to open it once "
                    "with this version; nothing was changed.")
                                            .arg(version)
                                            .arg(owner));
            }
            if (!done) {
                return Outcome::failure(QCoreApplication::translate("Workspace",
                    "Updating the workspace to schema version %1 "
                    "failed: %2")
                                            .arg(version)
                                            .arg(query.lastError().text()));
            }
        }
        const bool recorded = postgres ? PostgresSpecifics::setSchemaVersion(db, version, &error)
                                       : SqliteSpecifics::setUserVersion(db, version);
        // Tables a step added announce their changes too (team workspaces refresh on them).
        if (postgres && version == toVersion && !PostgresSpecifics::announceChanges(db, &error)) {
            return Outcome::failure(QCoreApplication::translate(
                "Workspace", "Updating the workspace to schema version %1 failed: %2")
                                        .arg(version)
                                        .arg(error));
        }
        if (!recorded || !transaction.commit()) {
            return Outcome::failure(QCoreApplication::translate(
                "Workspace", "Could not record schema version %1 in the workspace.")
                                        .arg(version));
        }
    }
    return {};
}

} // namespace stuurboord
