#include "Workspace.h"

#include "domain/OrganisationProfile.h"
#include "RecordStore.h"
#include "Schema.h"
#include "sqlite/SqliteSpecifics.h"
#include "WorkspaceLock.h"
#include "WorkspaceProbe.h"

#include <atomic>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace stuurboord {

namespace {
QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("stuurboord-workspace-%1").arg(++counter);
}

OpenResult failure(WorkspaceProblem problem, const QString& message)
{
    OpenResult result;
    result.problem = problem;
    result.message = message;
    return result;
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
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const WorkspaceProbe probe = WorkspaceProbe::inspect(absolutePath);
    if (!probe.isUsable())
        return failure(probe.problem(), probe.message());
    if (options.readOnly) {
        if (probe.schemaVersion() < Schema::currentVersion()) {
            return failure(WorkspaceProblem::MigrationFailed,
                QCoreApplication::translate("Workspace",
                    "This workspace was made by an older version of Stuurboord. Open it once in "
                    "the application to update it, then try again."));
        }
        std::unique_ptr<Workspace> workspace(
            new Workspace(absolutePath, nextConnectionName(), nullptr));
        return workspace->finishOpening(std::move(workspace), true);
    }
    if (OpenResult writable = checkWritable(absolutePath);
        writable.problem != WorkspaceProblem::None)
        return writable;

    auto lock = std::make_unique<WorkspaceLock>(absolutePath);
    WorkspaceLock::Result locked = lock->acquire();
    if (locked == WorkspaceLock::Result::HeldByOther && options.breakStaleLock
        && lock->breakStaleLock())
        locked = lock->acquire();
    if (locked == WorkspaceLock::Result::HeldByOther) {
        return failure(WorkspaceProblem::Locked,
            QCoreApplication::translate("Workspace",
                "This workspace is already open in %1. Close it there first; only one "
                "person at a time can change a workspace.")
                .arg(lock->holder()));
    }
    if (locked == WorkspaceLock::Result::Failed) {
        return failure(WorkspaceProblem::CannotWrite,
            QCoreApplication::translate(
                "Workspace", "Stuurboord could not create its lock file %1.")
                .arg(QDir::toNativeSeparators(lock->lockPath())));
    }
    std::unique_ptr<Workspace> workspace(
        new Workspace(absolutePath, nextConnectionName(), std::move(lock)));
    return workspace->finishOpening(std::move(workspace), false);
}

OpenResult Workspace::finishOpening(std::unique_ptr<Workspace> self, bool readOnly)
{
    m_readOnly = readOnly;
    m_db = SqliteSpecifics::open(m_path, m_connectionName,
        readOnly ? SqliteSpecifics::Access::ReadOnly : SqliteSpecifics::Access::ReadWrite);
    if (!m_db.isOpen())
        return failure(WorkspaceProblem::CannotWrite,
            QCoreApplication::translate("Workspace", "The workspace could not be opened."));
    const QStringList findings = SqliteSpecifics::quickCheck(m_db);
    if (!findings.isEmpty()) {
        return failure(WorkspaceProblem::Damaged,
            QCoreApplication::translate("Workspace",
                "The workspace is damaged and cannot be opened safely (%1). Stuurboord "
                "did not change it; open a backup copy instead.")
                .arg(findings.mid(0, 3).join(u"; ")));
    }
    QString error;
    if (!readOnly && !SqliteSpecifics::configure(m_db, &error))
        return failure(WorkspaceProblem::CannotWrite,
            QCoreApplication::translate("Workspace", "The workspace could not be prepared: %1")
                .arg(error));

    m_schemaVersion = SqliteSpecifics::userVersion(m_db);
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
    OpenResult result;
    result.workspace = std::move(self);
    return result;
}

OpenResult Workspace::create(
    const QString& path, const QString& organisationName, bool replaceExisting)
{
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
    const QString partialPath = absolutePath + QStringLiteral(".creating");
    QFile::remove(partialPath);
    Outcome built;
    {
        const QString connection = nextConnectionName();
        {
            QSqlDatabase db = SqliteSpecifics::open(
                partialPath, connection, SqliteSpecifics::Access::ReadWrite);
            QString error;
            if (!db.isOpen() || !SqliteSpecifics::configure(db, &error)
                || !SqliteSpecifics::setApplicationId(db, Schema::applicationId)) {
                built = Outcome::failure(QCoreApplication::translate(
                    "Workspace", "The workspace file could not be written."));
            } else {
                built = Schema::migrate(db, 0, Schema::currentVersion());
            }
            if (built) {
                RecordStore store(db);
                OrganisationProfile profile;
                profile.name = organisationName.trimmed();
                built = Repository<OrganisationProfile>(store).add(profile);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
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
        QFile::remove(partialPath);
        return failure(WorkspaceProblem::CannotWrite, built.message());
    }
    return open(absolutePath);
}

std::unique_ptr<Workspace> Workspace::openWorkerConnection(QString* error) const
{
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
    const QString absoluteTarget = QFileInfo(targetPath).absoluteFilePath();
    if (absoluteTarget == m_path)
        return Outcome::failure(QCoreApplication::translate(
            "Workspace", "Choose a file other than the open workspace itself."));
    const QString partialPath = absoluteTarget + QStringLiteral(".creating");
    QFile::remove(partialPath);
    QString error;
    if (!SqliteSpecifics::backupTo(m_db, partialPath, &error)) {
        QFile::remove(partialPath);
        return Outcome::failure(
            QCoreApplication::translate("Workspace", "The copy could not be written: %1")
                .arg(error));
    }
    QFile::remove(absoluteTarget);
    if (!QFile::rename(partialPath, absoluteTarget)) {
        QFile::remove(partialPath);
        return Outcome::failure(
            QCoreApplication::translate("Workspace", "The copy could not be saved as %1.")
                .arg(absoluteTarget));
    }
    return {};
}

} // namespace stuurboord
