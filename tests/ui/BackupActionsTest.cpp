#include "BackupActions.h"
#include "MainWindow.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceCheck.h"

#include <QAction>
#include <QDir>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stuurboord;

// The File menu's backup entries, and the automatic backup when a workspace is closed.
class BackupActionsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QAction* fileAction(MainWindow& window, const QString& text)
    {
        for (QAction* menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction* action : menu->menu()->actions()) {
                if (action->text() == text)
                    return action;
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("backup/keepOnClose"));
    }

    void backUpNeedsAnOpenWorkspaceAndRestoreDoesNot()
    {
        MainWindow window;
        QAction* backUp = fileAction(window, QStringLiteral("&Back Up…"));
        QAction* restore = fileAction(window, QStringLiteral("Res&tore from Backup…"));
        QVERIFY(backUp);
        QVERIFY(restore);
        QVERIFY(!backUp->isEnabled());
        QVERIFY(restore->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("menu.stuurboord"));
        QVERIFY(Workspace::create(path, QStringLiteral("Gemeente Menudorp")).ok());
        QVERIFY(window.openWorkspace(path));
        QVERIFY(backUp->isEnabled());
        window.closeWorkspace();
        QVERIFY(!backUp->isEnabled());
    }

    void closingKeepsTheNewestAutomaticBackups()
    {
        const QString path = m_dir.filePath(QStringLiteral("dicht.stuurboord"));
        QVERIFY(Workspace::create(path, QStringLiteral("Gemeente Dichtdorp")).ok());
        const QString folder = BackupActions::automaticFolder(path);
        QDir(folder).removeRecursively();
        MainWindow window;
        // Off by default: closing writes nothing.
        QVERIFY(window.openWorkspace(path));
        window.closeWorkspace();
        QVERIFY(!QDir(folder).exists());
        QSettings().setValue(QStringLiteral("backup/keepOnClose"), 1);
        QVERIFY(window.openWorkspace(path));
        window.closeWorkspace();
        const QStringList made = QDir(folder).entryList(QDir::Files);
        QCOMPARE(made.size(), 1);
        QVERIFY(WorkspaceCheck::run(QDir(folder).filePath(made.first())).isHealthy());
        QSettings().remove(QStringLiteral("backup/keepOnClose"));
        QDir(folder).removeRecursively();
    }
};

QTEST_MAIN(BackupActionsTest)
#include "BackupActionsTest.moc"
