#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace stuurboord {

class MainWindow;
class Workspace;

// File → Back up… and File → Restore from backup…, and the automatic backup when a
// workspace is closed (Edit → Preferences: how many to keep, 0 = none), kept in
// the user's application data so the workspace's own folder stays one file.
class BackupActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupActions)

public:
    BackupActions(MainWindow& window, QMenu& menu);

    // Enabled only while a workspace is open.
    QAction* backUpAction() const { return m_backUp; }
    void workspaceClosing(Workspace& workspace);
    // Where the automatic backups of this workspace go.
    static QString automaticFolder(const QString& workspacePath);

private:
    void backUp();
    void restore();

    MainWindow& m_window;
    QAction* m_backUp = nullptr;
};

} // namespace stuurboord
