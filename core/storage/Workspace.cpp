#include "Workspace.h"

#include "BackgroundIntegrityCheck.h"
#include "ConnectionName.h"
#include "DiskSync.h"
#include "domain/OrganisationProfile.h"
#include "RecordStore.h"
#include "Schema.h"
#include "sqlite/SqliteSchemaShape.h"
#include "sqlite/SqliteSpecifics.h"
#include "TeamAddress.h"
#include "WorkspaceBackup.h"
#include "WorkspaceLock.h"
#include "WorkspaceProbe.h"

#include <atomic>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>

namespace stuurboord {

namespace {
OpenResult failure(WorkspaceProblem problem, const QString& message)
{
    return OpenResult::failed(problem, message);
}

QString backupPathFor(const QString& path, int version)
{
    const QFileInfo info(path);
    QString candidate = info.dir().filePath(QStringLiteral("%1 (before update, schema %2).%3")
                                                .arg(info.completeBaseName())
                                                .arg(version)
                                                .arg(info.suffix()));
    if (QFileInfo::exists(candidate)) {
        candidate = info.dir().filePath(
            QStringLiteral("%1 (before update, schema %2, %3).%4")
                .arg(info.completeBaseName())
                .arg(version)
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                    info.suffix()));
    }
    return candidate;
}

QString busyMessage(const QString& holder)
{
    return QCoreApplication::translate("Workspace",
        "The workspace is busy: %1 is changing it right now (an import, for example). "
        "Nothing was changed; try again when it is done.")
        .arg(holder);
}

QString damagedMessage(const QStringList& findings)
{
    return QCoreApplication::translate("Workspace",
        "The workspace is damaged and cannot be opened safely (%1). Stuurboord did not "
        "change it; restore a backup copy.")
        .arg(findings.mid(0, 3).join(u"; "));
}

// What an interrupted creation leaves: the partial file, its journal and its lock.
void removeLeftovers(const QString& partialPath)
{
    for (const QString& suffix : {QString(), QStringLiteral("-journal"), QStringLiteral(".lock")})
        QFile::remove(partialPath + suffix);
}

// A failure to write is most often a full disk; then say that, not what failed to be written.
QString whenFull(const QString& message, const QString& path)
{
    const QString full = DiskSync::fullDiskMessage(path);
    return full.isEmpty() ? message : full;
}

OpenResult rollBackInterruptedChange(const QString& path)
{
    QString error;
    switch (SqliteSpecifics::rollBackInterruptedChange(path, &error)) {
    case SqliteSpecifics::Failure::None:
        return {};
    case SqliteSpecifics::Failure::Busy:
        return failure(WorkspaceProblem::Busy,
            busyMessage(QCoreApplication::translate("Workspace", "another program")));
    case SqliteSpecifics::Failure::ReadOnly:
        return failure(WorkspaceProblem::ReadOnly,
            QCoreApplication::translate("Workspace",
                "A change to this workspace was interrupted (Stuurboord or the computer "
                "stopped while saving). Undoing it needs to write to the file, and the file "
                "or its folder is read-only here. Make them writable and open the workspace "
                "again; nothing is lost."));
    case SqliteSpecifics::Failure::DiskFull:
        return failure(WorkspaceProblem::CannotWrite, whenFull(error, path));
    default:
        return failure(WorkspaceProblem::Damaged,
            QCoreApplication::translate("Workspace",
                "A change to this workspace was interrupted and could not be undone (%1). "
                "Stuurboord did not change it further; restore a backup copy.")
                .arg(error));
    }
}

OpenResult checkWritable(const QString& path)
{
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return failure(WorkspaceProblem::NotFound,
            QCoreApplication::translate("Workspace", "The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        return failure(WorkspaceProblem::FolderReadOnly,
            QCoreApplication::translate("Workspace",
                "Stuurboord cannot write in the folder %1. Copy the workspace to a "
                "folder where you can save files, and open it there.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    // The owner's write bit counts even for users who could write anyway (root): a file
    // marked read-only was marked so on purpose.
    if (info.exists()
        && (!info.isWritable() || !info.permissions().testFlag(QFileDevice::WriteOwner))) {
        return failure(WorkspaceProblem::ReadOnly,
            QCoreApplication::translate("Workspace",
                "The workspace is read-only, and Stuurboord needs to save changes in "
                "it. Remove the read-only setting or save a copy elsewhere."));
    }
    return {};
}
} // namespace

Workspace::Workspace(QString path, QString connectionName, std::unique_ptr<WorkspaceLock> lock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_lock(std::move(lock))
{
}

Workspace::~Workspace()
{
    m_pendingCheck.reset();
    m_records.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

OpenResult Workspace::open(const QString& path)
{
    return open(path, OpenOptions{});
}

OpenResult Workspace::open(const QString& path, OpenOptions options)
{
    if (TeamAddress::looksLike(path))
        return openTeam(path, options);
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    WorkspaceProbe probe = WorkspaceProbe::inspect(absolutePath);
    if (!probe.isUsable())
        return failure(probe.problem(), probe.message());
    if (!options.readOnly) {
        if (OpenResult writable = checkWritable(absolutePath);
            writable.problem != WorkspaceProblem::None)
            return writable;
    }
    // A reader takes the lock too, but only for as long as it takes to undo an interrupted
    // change: that writes to the file, and nobody else may be writing then.
    std::unique_ptr<WorkspaceLock> lock;
    if (!options.readOnly || probe.wasInterrupted()) {
        lock = std::make_unique<WorkspaceLock>(absolutePath);
        WorkspaceLock::Result locked = lock->acquire();
        if (locked == WorkspaceLock::Result::HeldByOther && options.breakStaleLock
            && lock->breakStaleLock())
            locked = lock->acquire();
        if (locked == WorkspaceLock::Result::HeldByOther) {
            if (options.readOnly)
                return failure(WorkspaceProblem::Busy, busyMessage(lock->holder()));
            return failure(WorkspaceProblem::Locked,
                QCoreApplication::translate("Workspace",
                    "This workspace is already open in %1. Close it there first; only one "
                    "person at a time can change a workspace.")
                    .arg(lock->holder()));
        }
        if (locked == WorkspaceLock::Result::Failed)
            return failure(WorkspaceProblem::CannotWrite, lock->failure());
    }
    if (probe.wasInterrupted()) {
        if (OpenResult recovered = rollBackInterruptedChange(absolutePath); !recovered.message.isEmpty())
            return recovered;
        probe = WorkspaceProbe::inspect(absolutePath);
        if (!probe.isUsable())
            return failure(probe.problem(), probe.message());
    }
    if (options.readOnly) {
        if (probe.schemaVersion() < Schema::currentVersion()) {
            return failure(WorkspaceProblem::MigrationFailed,
                QCoreApplication::translate("Workspace",
                    "This workspace was made by an older version of Stuurboord. Open it once in "
                    "the application to update it, then try again."));
        }
        lock.reset();
    }
    std::unique_ptr<Workspace> workspace(
        new Workspace(absolutePath, nextConnectionName(), std::move(lock)));
    return workspace->finishOpening(std::move(workspace), options);
}

OpenResult Workspace::finishOpening(std::unique_ptr<Workspace> self, const OpenOptions& options)
{
    const bool readOnly = options.readOnly;
    m_readOnly = readOnly;
    m_db = SqliteSpecifics::open(m_path, m_connectionName,
        readOnly ? SqliteSpecifics::Access::ReadOnly : SqliteSpecifics::Access::ReadWrite);
    if (!m_db.isOpen())
        return failure(WorkspaceProblem::CannotWrite,
            QCoreApplication::translate("Workspace", "The workspace could not be opened."));
    // The full check, not quick_check: a flipped bit that breaks the order of keys in a
    // page passes quick_check, and an import would then write into a damaged file.
    const bool checkLater = options.checkAfterOpening && !readOnly;
    if (!checkLater) {
        if (OpenResult refused = checkNow(); !refused.message.isEmpty())
            return refused;
    }
    QString error;
    if (!readOnly && !SqliteSpecifics::configure(m_db, &error)) {
        if (SqliteSpecifics::classify(m_db.lastError()) == SqliteSpecifics::Failure::Busy)
            return failure(WorkspaceProblem::Busy, busyMessage(currentWriter()));
        return failure(WorkspaceProblem::CannotWrite,
            QCoreApplication::translate("Workspace", "The workspace could not be prepared: %1")
                .arg(error));
    }

    m_schemaVersion = SqliteSpecifics::userVersion(m_db);
    if (const QStringList missing = SqliteSchemaShape::differences(m_db, m_schemaVersion);
        !missing.isEmpty()) {
        return failure(WorkspaceProblem::Damaged,
            QCoreApplication::translate("Workspace",
                "The workspace is damaged: its structure is not what a Stuurboord workspace "
                "holds (%1). Stuurboord did not change it; restore a backup copy.")
                .arg(missing.mid(0, 3).join(u"; ")));
    }
    if (checkLater && m_schemaVersion < Schema::currentVersion()) {
        // An update writes: check first, as a command does.
        if (OpenResult refused = checkNow(); !refused.message.isEmpty())
            return refused;
    } else if (checkLater) {
        if (!SqliteSpecifics::setWritesRefused(m_db, true))
            return failure(WorkspaceProblem::CannotWrite,
                QCoreApplication::translate("Workspace", "The workspace could not be opened."));
        m_pendingCheck = std::make_unique<BackgroundIntegrityCheck>(m_path);
    }
    if (m_schemaVersion < Schema::currentVersion()) {
        const QString backupPath = backupPathFor(m_path, m_schemaVersion);
        if (!SqliteSpecifics::backupTo(m_db, backupPath, &error)) {
            return failure(WorkspaceProblem::MigrationFailed,
                QCoreApplication::translate("Workspace",
                    "Before updating the workspace Stuurboord makes a copy, and that "
                    "failed (%1). Nothing was changed.")
                    .arg(error));
        }
        if (Outcome migrated = Schema::migrate(m_db, m_schemaVersion, Schema::currentVersion());
            !migrated) {
            return failure(WorkspaceProblem::MigrationFailed,
                migrated.message() + QLatin1Char(' ')
                    + QCoreApplication::translate(
                        "Workspace", "A copy from before the update is at %1.")
                          .arg(QDir::toNativeSeparators(backupPath)));
        }
        m_migrationBackupPath = backupPath;
        m_schemaVersion = Schema::currentVersion();
    }
    m_records = std::make_unique<RecordStore>(m_db);
    if (m_pendingCheck)
        m_records->setWriteGate([this] { return finishCheck(); });
    OpenResult result;
    result.workspace = std::move(self);
    return result;
}

OpenResult Workspace::checkNow()
{
    SqliteSpecifics::Failure why = SqliteSpecifics::Failure::None;
    const QStringList findings = SqliteSpecifics::fullCheck(m_db, &why);
    if (why == SqliteSpecifics::Failure::Busy || why == SqliteSpecifics::Failure::ReadOnly)
        return failure(WorkspaceProblem::Busy, busyMessage(currentWriter()));
    if (why != SqliteSpecifics::Failure::None)
        return failure(WorkspaceProblem::CannotWrite,
            QCoreApplication::translate("Workspace", "The workspace could not be read: %1")
                .arg(findings.join(u"; ")));
    if (!findings.isEmpty())
        return failure(WorkspaceProblem::Damaged, damagedMessage(findings));
    return {};
}

bool Workspace::checkFinished() const
{
    return !m_pendingCheck || m_pendingCheck->isDone();
}

Outcome Workspace::finishCheck()
{
    if (m_pendingCheck) {
        const BackgroundIntegrityCheck::Result result = m_pendingCheck->wait();
        m_pendingCheck.reset();
        const QString findings = result.findings.mid(0, 3).join(u"; ");
        if (result.failure == SqliteSpecifics::Failure::Busy)
            m_refusal = QCoreApplication::translate("Workspace",
                "Stuurboord could not check the workspace, because %1 kept it busy. You can "
                "look at it, but changes are switched off until you open it again.")
                            .arg(currentWriter());
        else if (result.failure != SqliteSpecifics::Failure::None)
            m_refusal = QCoreApplication::translate("Workspace",
                "The workspace could not be read completely (%1). You can look at what it "
                "shows, but changes are switched off; restore a backup copy.")
                            .arg(findings);
        else if (!result.findings.isEmpty())
            m_refusal = QCoreApplication::translate("Workspace",
                "The workspace is damaged (%1). Stuurboord opened it read-only so you can "
                "look at it and copy what you need; nothing will be written to it. Restore "
                "a backup copy to go on working.")
                            .arg(findings);
        else if (!SqliteSpecifics::setWritesRefused(m_db, false))
            m_refusal = QCoreApplication::translate("Workspace",
                "The workspace could not be prepared for changes: %1")
                            .arg(m_db.lastError().text());
    }
    return m_refusal.isEmpty() ? Outcome() : Outcome::failure(m_refusal);
}

QString Workspace::currentWriter() const
{
    // This process holds the lock itself: whoever holds the file is not a Stuurboord.
    return m_lock ? QCoreApplication::translate("Workspace", "another program")
                  : WorkspaceLock::holderOf(m_path);
}

OpenResult Workspace::create(const QString& path, const QString& organisationName,
    bool replaceExisting, const std::function<Outcome(Workspace&)>& fill)
{
    if (TeamAddress::looksLike(path))
        return createTeam(path, organisationName, fill);
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolutePath) && !replaceExisting) {
        return failure(WorkspaceProblem::AlreadyExists,
            QCoreApplication::translate(
                "Workspace", "There is already a file at %1; choose another name.")
                .arg(QDir::toNativeSeparators(absolutePath)));
    }
    if (OpenResult writable = checkWritable(absolutePath);
        writable.problem != WorkspaceProblem::None)
        return writable;
    if (organisationName.trimmed().isEmpty())
        return failure(WorkspaceProblem::CannotWrite,
            QCoreApplication::translate("Workspace", "Give the name of the organisation."));

    // Build the new file under a temporary name and move it into place when complete, so
    // an interrupted creation never leaves a half-made workspace under the chosen name.
    // What an earlier, interrupted attempt left under that name goes first.
    const QString partialPath = absolutePath + QStringLiteral(".creating");
    removeLeftovers(partialPath);
    Outcome built = buildEmpty(partialPath, organisationName.trimmed());
    if (built && fill) {
        OpenResult partial = open(partialPath);
        built = partial.ok() ? fill(*partial.workspace) : Outcome::failure(partial.message);
    }
    if (built && replaceExisting && QFileInfo::exists(absolutePath) && !QFile::remove(absolutePath))
        built = Outcome::failure(
            QCoreApplication::translate("Workspace", "The existing file %1 could not be replaced.")
                .arg(absolutePath));
    if (built && !QFile::rename(partialPath, absolutePath))
        built = Outcome::failure(
            QCoreApplication::translate("Workspace", "The workspace could not be saved as %1.")
                .arg(absolutePath));
    if (!built) {
        removeLeftovers(partialPath);
        return failure(WorkspaceProblem::CannotWrite, whenFull(built.message(), absolutePath));
    }
    DiskSync::folderOf(absolutePath);
    return open(absolutePath);
}

Outcome Workspace::buildEmpty(const QString& path, const QString& organisationName)
{
    Outcome built;
    const QString connection = nextConnectionName();
    {
        QSqlDatabase db = SqliteSpecifics::open(path, connection, SqliteSpecifics::Access::ReadWrite);
        QString error;
        if (!db.isOpen() || !SqliteSpecifics::prepareNewFile(db, &error)
            || !SqliteSpecifics::configure(db, &error)
            || !SqliteSpecifics::setApplicationId(db, Schema::applicationId)) {
            built = Outcome::failure(QCoreApplication::translate(
                "Workspace", "The workspace file could not be written."));
        } else {
            built = Schema::migrate(db, 0, Schema::currentVersion());
        }
        if (built) {
            RecordStore store(db);
            OrganisationProfile profile;
            profile.name = organisationName;
            built = Repository<OrganisationProfile>(store).add(profile);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return built;
}

std::unique_ptr<Workspace> Workspace::openWorkerConnection(QString* error) const
{
    if (isTeam()) {
        OpenResult team = connectTeam(m_teamAddress, m_readOnly);
        if (!team.ok() && error)
            *error = team.message;
        if (team.ok()) {
            team.workspace->m_records = std::make_unique<RecordStore>(team.workspace->m_db);
            team.workspace->m_refusal = m_refusal; // a viewer's worker is a viewer too
        }
        return std::move(team.workspace);
    }
    std::unique_ptr<Workspace> worker(new Workspace(m_path, nextConnectionName(), nullptr));
    worker->m_readOnly = m_readOnly;
    worker->m_db = SqliteSpecifics::open(m_path, worker->m_connectionName,
        m_readOnly ? SqliteSpecifics::Access::ReadOnly : SqliteSpecifics::Access::ReadWrite);
    QString problem;
    bool opened = worker->m_db.isOpen();
    if (!opened)
        problem = worker->m_db.lastError().text();
    else if (!m_readOnly)
        opened = SqliteSpecifics::configure(worker->m_db, &problem);
    // A worker (an import) writes nothing into a workspace that is unchecked or damaged.
    // Its owner finished the check before starting the thread (ImportJob), so what is read
    // here no longer changes.
    worker->m_refusal = m_refusal;
    if (opened && !m_readOnly && !writesAllowed())
        opened = SqliteSpecifics::setWritesRefused(worker->m_db, true);
    if (!opened) {
        if (error)
            *error = QCoreApplication::translate(
                "Workspace", "The workspace could not be opened a second time: %1")
                         .arg(problem);
        return nullptr;
    }
    worker->m_schemaVersion = SqliteSpecifics::userVersion(worker->m_db);
    worker->m_records = std::make_unique<RecordStore>(worker->m_db);
    return worker;
}

QString Workspace::organisationName() const
{
    const QList<OrganisationProfile> profiles = Repository<OrganisationProfile>(*m_records).all();
    return profiles.isEmpty() ? QString() : profiles.first().name;
}

Outcome Workspace::saveCopyAs(const QString& targetPath)
{
    return WorkspaceBackup::backUp(*this, targetPath);
}

} // namespace stuurboord
