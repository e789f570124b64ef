#include "WorkspaceBackup.h"

#include "DiskSync.h"
#include "sqlite/SqliteSpecifics.h"
#include "Workspace.h"
#include "WorkspaceLock.h"

#include <atomic>
#include <cstdio>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace stuurboord {

namespace {
// Empty when the copy at `path` is a whole, undamaged database.
QString damageIn(const QString& path)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("stuurboord-backup-check-%1").arg(++counter);
    QStringList findings;
    {
        QSqlDatabase db
            = SqliteSpecifics::open(path, connection, SqliteSpecifics::Access::ReadOnly);
        findings = db.isOpen() ? SqliteSpecifics::integrityCheck(db)
                               : QStringList{QStringLiteral("cannot be opened")};
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return findings.mid(0, 3).join(u"; ");
}

// Copies the open database to `target` through a temporary file beside it.
Outcome copyVerified(QSqlDatabase& db, const QString& target)
{
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QString error;
    if (!SqliteSpecifics::backupTo(db, partial, &error) || !DiskSync::file(partial)) {
        QFile::remove(partial);
        return Outcome::failure(
            QCoreApplication::translate("WorkspaceBackup", "The backup could not be written: %1")
                .arg(error.isEmpty()
                        ? QCoreApplication::translate("WorkspaceBackup", "the disk refused it")
                        : error));
    }
    if (const QString damage = damageIn(partial); !damage.isEmpty()) {
        QFile::remove(partial);
        return Outcome::failure(QCoreApplication::translate("WorkspaceBackup",
            "The backup was written but does not read back whole (%1), so it was removed.")
                                    .arg(damage));
    }
    // rename() replaces an older backup of the same name in one step.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData())
        != 0) {
        QFile::remove(partial);
        return Outcome::failure(
            QCoreApplication::translate("WorkspaceBackup", "The backup could not be saved as %1.")
                .arg(QDir::toNativeSeparators(target)));
    }
    DiskSync::folderOf(target);
    return {};
}

QString targetFor(const QString& workspacePath, const QString& target)
{
    const QFileInfo info(target);
    return info.isDir()
        ? QDir(info.absoluteFilePath()).filePath(WorkspaceBackup::datedName(workspacePath))
        : info.absoluteFilePath();
}

Outcome refuseSelf(const QString& workspacePath, const QString& target)
{
    if (QFileInfo(target).canonicalFilePath() == QFileInfo(workspacePath).canonicalFilePath()
        || QFileInfo(target).absoluteFilePath() == QFileInfo(workspacePath).absoluteFilePath()) {
        return Outcome::failure(QCoreApplication::translate(
            "WorkspaceBackup", "Choose a file other than the workspace itself for the backup."));
    }
    return {};
}
} // namespace

QString WorkspaceBackup::datedName(const QString& workspacePath)
{
    const QFileInfo info(workspacePath);
    return QStringLiteral("%1 %2.%3")
        .arg(info.completeBaseName(),
            QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmmss")),
            info.suffix().isEmpty() ? QStringLiteral("stuurboord") : info.suffix());
}

Outcome WorkspaceBackup::backUp(
    const QString& workspacePath, const QString& target, QString* written)
{
    // A reader's open: it works while the workspace is open in the application, checks the
    // workspace first and never writes to it.
    OpenResult opened = Workspace::open(workspacePath, Workspace::OpenOptions{false, true});
    if (!opened.ok())
        return Outcome::failure(opened.message);
    return backUp(*opened.workspace, target, written);
}

Outcome WorkspaceBackup::backUp(Workspace& workspace, const QString& target, QString* written)
{
    const QString path = targetFor(workspace.path(), target);
    if (Outcome self = refuseSelf(workspace.path(), path); !self)
        return self;
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        return Outcome::failure(
            QCoreApplication::translate("WorkspaceBackup", "The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }
    QSqlDatabase db = workspace.database();
    if (Outcome copied = copyVerified(db, path); !copied)
        return copied;
    if (written)
        *written = path;
    return {};
}

Outcome WorkspaceBackup::restore(
    const QString& backupPath, const QString& workspacePath, QString* keptAs)
{
    if (Outcome self = refuseSelf(workspacePath, backupPath); !self)
        return self;
    OpenResult backup = Workspace::open(backupPath, Workspace::OpenOptions{false, true});
    if (!backup.ok()) {
        return Outcome::failure(
            QCoreApplication::translate("WorkspaceBackup", "This backup cannot be restored: %1")
                .arg(backup.message));
    }
    const QString target = QFileInfo(workspacePath).absoluteFilePath();
    WorkspaceLock lock(target);
    if (const WorkspaceLock::Result locked = lock.acquire();
        locked != WorkspaceLock::Result::Acquired) {
        return Outcome::failure(locked == WorkspaceLock::Result::HeldByOther
                ? QCoreApplication::translate("WorkspaceBackup",
                    "The workspace is open in %1. Close it there, then restore the backup.")
                      .arg(lock.holder())
                : lock.failure());
    }
    const QString incoming = target + QStringLiteral(".restoring");
    QSqlDatabase db = backup.workspace->database();
    if (Outcome copied = copyVerified(db, incoming); !copied)
        return copied;
    backup.workspace.reset();
    QString kept;
    if (QFileInfo::exists(target)) {
        const QFileInfo info(target);
        kept = info.dir().filePath(
            QStringLiteral("%1 (before restore %2).%3")
                .arg(info.completeBaseName(),
                    QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmmss")),
                    info.suffix()));
        if (!QFile::rename(target, kept)) {
            QFile::remove(incoming);
            return Outcome::failure(QCoreApplication::translate("WorkspaceBackup",
                "The workspace could not be set aside before restoring; nothing was changed."));
        }
    }
    if (!QFile::rename(incoming, target)) {
        if (!kept.isEmpty())
            QFile::rename(kept, target);
        QFile::remove(incoming);
        return Outcome::failure(QCoreApplication::translate(
            "WorkspaceBackup", "The backup could not be put in place; nothing was changed."));
    }
    DiskSync::folderOf(target);
    if (keptAs)
        *keptAs = kept;
    return {};
}

Outcome WorkspaceBackup::rotate(Workspace& workspace, const QString& folder, int keep)
{
    if (keep <= 0)
        return {};
    if (!QDir().mkpath(folder)) {
        return Outcome::failure(QCoreApplication::translate(
            "WorkspaceBackup", "The backup folder %1 could not be made.")
                                    .arg(QDir::toNativeSeparators(folder)));
    }
    if (Outcome written = backUp(workspace, folder); !written)
        return written;
    // Dated names sort by time: the oldest beyond `keep` go.
    const QFileInfo info(workspace.path());
    const QString pattern = QStringLiteral("%1 \?\?\?\?-\?\?-\?\? \?\?\?\?\?\?.%2")
                                .arg(info.completeBaseName(), info.suffix());
    QStringList backups = QDir(folder).entryList({pattern}, QDir::Files, QDir::Name);
    while (backups.size() > keep)
        QFile::remove(QDir(folder).filePath(backups.takeFirst()));
    return {};
}

} // namespace stuurboord
