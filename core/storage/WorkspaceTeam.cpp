// Team workspaces (issue 15): the parts of Workspace for a workspace in a PostgreSQL
// database. The file-only parts (the lock file, the header probe, the integrity check, the
// journal) have no counterpart: the server keeps its data whole and lets many people in.
#include "ConnectionName.h"
#include "domain/OrganisationProfile.h"
#include "postgresql/PostgresSpecifics.h"
#include "RecordStore.h"
#include "Schema.h"
#include "TeamAddress.h"
#include "TeamRoles.h"
#include "Transaction.h"
#include "Workspace.h"
#include "WorkspaceLock.h"
#include "BackgroundIntegrityCheck.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace stuurboord {

OpenResult Workspace::connectTeam(const QString& text, bool readOnly)
{
    const TeamAddress address = TeamAddress::parse(text);
    if (!address.isValid())
        return OpenResult::failed(WorkspaceProblem::NotFound, address.error());
    std::unique_ptr<Workspace> workspace(new Workspace(address.display(), nextConnectionName(), nullptr));
    workspace->m_teamAddress = text;
    workspace->m_readOnly = readOnly;
    QString error;
    workspace->m_db = PostgresSpecifics::open(address, workspace->m_connectionName, &error);
    if (!workspace->m_db.isOpen())
        return OpenResult::failed(WorkspaceProblem::NotReadable, error);
    // A command that only reads cannot write by mistake, whatever it runs.
    if (readOnly)
        QSqlQuery(workspace->m_db).exec(QStringLiteral("SET default_transaction_read_only = on"));
    workspace->m_schemaVersion = PostgresSpecifics::schemaVersion(workspace->m_db);
    OpenResult result;
    result.workspace = std::move(workspace);
    return result;
}

OpenResult Workspace::openTeam(const QString& text, const OpenOptions& options)
{
    OpenResult connected = connectTeam(text, options.readOnly);
    if (!connected.ok())
        return connected;
    Workspace& workspace = *connected.workspace;
    const QString shown = workspace.m_path;
    if (workspace.m_schemaVersion == 0) {
        return OpenResult::failed(WorkspaceProblem::Foreign,
            QCoreApplication::translate("Workspace",
                "The database %1 holds no Stuurboord workspace. Create one in it with "
                "`stuurboord new %1 --name ORGANISATION`, or copy a workspace file into it with "
                "`stuurboord copy FILE %1`.")
                .arg(shown));
    }
    if (workspace.m_schemaVersion > Schema::currentVersion()) {
        return OpenResult::failed(WorkspaceProblem::NewerVersion,
            QCoreApplication::translate("Workspace",
                "The team workspace %1 was updated by a newer version of Stuurboord (schema "
                "%2; this version knows up to %3). Install the newer version to open it.")
                .arg(shown)
                .arg(workspace.m_schemaVersion)
                .arg(Schema::currentVersion()));
    }
    if (workspace.m_schemaVersion < Schema::currentVersion()) {
        if (options.readOnly) {
            return OpenResult::failed(WorkspaceProblem::MigrationFailed,
                QCoreApplication::translate("Workspace",
                    "This team workspace was made by an older version of Stuurboord. Open it "
                    "once in the application to update it, then try again."));
        }
        // Under the schema lock, one step per transaction (Schema::migrate): a second
        // instance opening it at the same time waits, then finds the work done.
        if (Outcome migrated = Schema::migrate(workspace.m_db, workspace.m_schemaVersion, Schema::currentVersion());
            !migrated)
            return OpenResult::failed(WorkspaceProblem::MigrationFailed, migrated.message());
        workspace.m_schemaVersion = Schema::currentVersion();
    }
    workspace.m_records = std::make_unique<RecordStore>(workspace.m_db);
    // A viewer reads; the server would refuse each change, so the application says so once,
    // up front, and keeps every editing action switched off (as for a damaged file).
    if (!options.readOnly && !TeamRoles::canWrite(workspace)) {
        workspace.m_refusal = QCoreApplication::translate("Workspace",
            "You can look at this team workspace but not change it: %1 is a viewer here. Ask "
            "the owner of the team workspace to make you an editor.")
                                  .arg(PostgresSpecifics::currentUser(workspace.m_db));
        Workspace* self = &workspace;
        workspace.m_records->setWriteGate([self] { return Outcome::failure(self->m_refusal); });
    }
    return connected;
}

OpenResult Workspace::createTeam(const QString& text, const QString& organisationName,
    const std::function<Outcome(Workspace&)>& fill)
{
    if (organisationName.trimmed().isEmpty())
        return OpenResult::failed(WorkspaceProblem::CannotWrite,
            QCoreApplication::translate("Workspace", "Give the name of the organisation."));
    OpenResult connected = connectTeam(text, false);
    if (!connected.ok())
        return connected;
    Workspace& workspace = *connected.workspace;
    // Only an empty database: Stuurboord never drops what another program (or an earlier
    // workspace) keeps there.
    if (workspace.m_schemaVersion > 0 || !PostgresSpecifics::tableNames(workspace.m_db).isEmpty()) {
        return OpenResult::failed(WorkspaceProblem::AlreadyExists,
            QCoreApplication::translate("Workspace",
                "The database %1 is not empty (%2). Stuurboord creates a team workspace only in "
                "an empty database; ask the administrator for a new one.")
                .arg(workspace.m_path,
                    workspace.m_schemaVersion > 0
                        ? QCoreApplication::translate("Workspace", "it holds a workspace already")
                        : QCoreApplication::translate("Workspace", "it holds tables")));
    }
    // Everything in one transaction: an interrupted creation leaves the database empty.
    Transaction transaction(workspace.m_db);
    Outcome built = Schema::migrate(workspace.m_db, 0, Schema::currentVersion());
    workspace.m_schemaVersion = Schema::currentVersion();
    workspace.m_records = std::make_unique<RecordStore>(workspace.m_db);
    if (built) {
        OrganisationProfile profile;
        profile.name = organisationName.trimmed();
        built = workspace.repository<OrganisationProfile>().add(profile);
    }
    if (built && fill)
        built = fill(workspace);
    if (built && !transaction.commit()) {
        built = Outcome::failure(QCoreApplication::translate(
            "Workspace", "The team workspace could not be saved: %1")
                                     .arg(workspace.m_db.lastError().text()));
    }
    if (!built)
        return OpenResult::failed(WorkspaceProblem::CannotWrite, built.message());
    return connected;
}

} // namespace stuurboord
