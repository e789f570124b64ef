#pragma once

#include <memory>
#include <QMainWindow>

class QMenu;
class QStackedWidget;
class QUndoStack;

class QChartView;

namespace stuurboord {

class BackupActions;
class HelpActions;
class Workspace;
class WorkspaceContext;
class WorkspaceView;
class WelcomePage;

// The application window: the welcome page or the open workspace, with the standard
// File, Edit, View and Help menus.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openTeamWorkspace();
    bool openWorkspace(const QString& path);
    bool openDemo();
    // Shows the import preview for a usage export; true when it was imported.
    bool importFile(const QString& path, bool mapColumns = false);
    void closeWorkspace();
    WorkspaceView* workspaceView() const { return m_view; }
    HelpActions* help() const { return m_help; }
    Workspace* workspace() const { return m_workspace.get(); }
    QUndoStack* undoStack() const { return m_undoStack; }
    // Where the demo workspace is kept for this user.
    static QString demoPath();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    QChartView* shownChart() const;
    void newWorkspace();
    void chooseAndOpen();
    void chooseAndImport();
    QStringList chooseExports();
    void editOrganisation();
    void saveCopy();
    // Saves the table in view (the focused one, or the page's first) as CSV.
    void exportTable();
    void showAbout();
    // Edit → Preferences; restarts on the same workspace when the user asks for it.
    void showPreferences();
    void updateRecentMenu();
    void updateTitle();
    // Waits for the check of the workspace just opened; false (and says why) when the
    // workspace stays read-only.
    bool verifyWorkspace();
    void showProblem(const QString& title, const QString& message);

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack* m_undoStack = nullptr;
    WorkspaceContext* m_context = nullptr;
    WorkspaceView* m_view = nullptr;
    QStackedWidget* m_central = nullptr;
    WelcomePage* m_welcome = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_pagesMenu = nullptr;
    QList<QAction*> m_workspaceActions;
    BackupActions* m_backups = nullptr;
    HelpActions* m_help = nullptr;
};

} // namespace stuurboord
