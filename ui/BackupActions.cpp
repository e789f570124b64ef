#include "BackupActions.h"

#include "MainWindow.h"
#include "settings/Preferences.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceBackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace stuurboord {

namespace {
QString filter()
{
    return BackupActions::tr("Stuurboord workspaces (*.stuurboord)");
}
} // namespace

BackupActions::BackupActions(MainWindow& window, QMenu& menu)
    : QObject(&window)
    , m_window(window)
{
    m_backUp = menu.addAction(tr("&Back Up…"), this, &BackupActions::backUp);
    menu.addAction(tr("Res&tore from Backup…"), this, &BackupActions::restore);
}

QString BackupActions::automaticFolder(const QString& workspacePath)
{
    // One folder per workspace file; the hash tells apart workspaces with the same name.
    const QByteArray hash = QCryptographicHash::hash(
        QFileInfo(workspacePath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups/%1-%2")
                      .arg(QFileInfo(workspacePath).completeBaseName(),
                          QString::fromLatin1(hash.toHex().left(8))));
}

void BackupActions::workspaceClosing(Workspace& workspace)
{
    const int keep = Preferences::backupsToKeep();
    if (keep <= 0)
        return;
    if (const Outcome kept
        = WorkspaceBackup::rotate(workspace, automaticFolder(workspace.path()), keep);
        !kept) {
        QMessageBox::warning(&m_window, tr("Automatic backup"), kept.message());
    }
}

void BackupActions::backUp()
{
    Workspace* workspace = m_window.workspace();
    if (!workspace)
        return;
    const QString suggested = QDir(QFileInfo(workspace->path()).absolutePath())
                                  .filePath(WorkspaceBackup::datedName(workspace->path()));
    const QString path
        = QFileDialog::getSaveFileName(&m_window, tr("Back up the workspace"), suggested, filter());
    if (path.isEmpty())
        return;
    QString written;
    if (const Outcome outcome = WorkspaceBackup::backUp(*workspace, path, &written); !outcome) {
        QMessageBox::warning(&m_window, tr("Back up"), outcome.message());
        return;
    }
    m_window.statusBar()->showMessage(
        tr("Wrote a checked backup to %1.").arg(QDir::toNativeSeparators(written)), 8000);
}

void BackupActions::restore()
{
    const QString backup
        = QFileDialog::getOpenFileName(&m_window, tr("Restore from backup"), QString(), filter());
    if (backup.isEmpty())
        return;
    QString target = m_window.workspace() ? m_window.workspace()->path() : QString();
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(
            &m_window, tr("Restore the backup as"), QString(), filter());
        if (target.isEmpty())
            return;
    } else {
        const auto answer = QMessageBox::question(&m_window, tr("Restore from backup"),
            tr("Replace the open workspace %1 with the backup %2? The workspace as it is now "
               "is kept beside it, so nothing is lost.")
                .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backup)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        m_window.closeWorkspace();
    }
    QString keptAs;
    if (const Outcome outcome = WorkspaceBackup::restore(backup, target, &keptAs); !outcome) {
        QMessageBox::warning(&m_window, tr("Restore from backup"), outcome.message());
        m_window.openWorkspace(target);
        return;
    }
    if (m_window.openWorkspace(target) && !keptAs.isEmpty()) {
        m_window.statusBar()->showMessage(
            tr("Restored the backup; the workspace as it was is kept as %1.")
                .arg(QDir::toNativeSeparators(keptAs)));
    }
}

} // namespace stuurboord
