#include "domain/Goal.h"
#include "FileBytes.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceBackup.h"
#include "storage/WorkspaceCheck.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace stuurboord;

// Backups a coordinator can trust: complete and checked under their name, made while the
// workspace is open, and put back in place without losing the file they replace.
class WorkspaceBackupTest final : public QObject
{
    Q_OBJECT

private:
    static QStringList goalTitles(const QString& path)
    {
        OpenResult opened = Workspace::open(path, Workspace::OpenOptions{false, true});
        if (!opened.ok())
            return {opened.message};
        QStringList titles;
        for (const Goal& goal : opened.workspace->repository<Goal>().all())
            titles << goal.title;
        return titles;
    }

    static void addGoal(Workspace& workspace, const QString& title)
    {
        Goal goal;
        goal.title = title;
        QVERIFY(workspace.repository<Goal>().add(goal));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void backupOfAnOpenWorkspaceIsCompleteAndChecked()
    {
        TestWorkspace workspace;
        addGoal(*workspace, QStringLiteral("Collega's vinden elkaar"));
        const QString target = QDir(workspace.folder()).filePath(QStringLiteral("kopie.stuurboord"));
        QString written;
        const Outcome outcome = WorkspaceBackup::backUp(workspace.path(), target, &written);
        QVERIFY2(outcome, qPrintable(outcome.message()));
        QCOMPARE(written, target);
        QVERIFY(WorkspaceCheck::run(target).isHealthy());
        QCOMPARE(goalTitles(target), QStringList{QStringLiteral("Collega's vinden elkaar")});
        // No temporary file is left beside it, and a second backup replaces the first.
        addGoal(*workspace, QStringLiteral("Minder mail"));
        QVERIFY(WorkspaceBackup::backUp(*workspace, target));
        QCOMPARE(goalTitles(target).size(), 2);
        QCOMPARE(folderEntries(workspace.folder()),
            (QStringList{QStringLiteral("kopie.stuurboord"), QStringLiteral("test.stuurboord"),
                QStringLiteral("test.stuurboord.lock")}));
    }

    void folderAsTargetGetsADatedName()
    {
        TestWorkspace workspace;
        QTemporaryDir folder;
        QString written;
        QVERIFY(WorkspaceBackup::backUp(*workspace, folder.path(), &written));
        QVERIFY2(QFileInfo(written).fileName().startsWith(QStringLiteral("test 2")), qPrintable(written));
        QVERIFY(QFileInfo(written).fileName().endsWith(QStringLiteral(".stuurboord")));
        QVERIFY(WorkspaceCheck::run(written).isHealthy());
    }

    void theWorkspaceItselfIsRefused()
    {
        TestWorkspace workspace;
        const QByteArray before = fileDigest(workspace.path());
        const Outcome outcome = WorkspaceBackup::backUp(*workspace, workspace.path());
        QVERIFY(!outcome);
        QVERIFY(outcome.message().contains(QStringLiteral("other than the workspace")));
        QCOMPARE(fileDigest(workspace.path()), before);
    }

    void restoreKeepsTheReplacedFile()
    {
        TestWorkspace workspace;
        addGoal(*workspace, QStringLiteral("Versie van maandag"));
        const QString backup = QDir(workspace.folder()).filePath(QStringLiteral("maandag.stuurboord"));
        QVERIFY(WorkspaceBackup::backUp(*workspace, backup));
        addGoal(*workspace, QStringLiteral("Later toegevoegd"));
        // Open, it cannot be replaced.
        const Outcome refused = WorkspaceBackup::restore(backup, workspace.path());
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QStringLiteral("Close it there")), qPrintable(refused.message()));
        workspace.close();
        QString keptAs;
        const Outcome restored = WorkspaceBackup::restore(backup, workspace.path(), &keptAs);
        QVERIFY2(restored, qPrintable(restored.message()));
        QCOMPARE(goalTitles(workspace.path()), QStringList{QStringLiteral("Versie van maandag")});
        QCOMPARE(goalTitles(keptAs).size(), 2);
        QVERIFY(!QFile::exists(workspace.path() + QStringLiteral(".lock")));
    }

    void damagedBackupIsNotRestored()
    {
        TestWorkspace workspace;
        const QString path = workspace.path();
        workspace.close();
        const QString junk = writeFixture(QFileInfo(path).absolutePath(), QStringLiteral("kapot.stuurboord"),
            QByteArray("SQLite format 3\0", 16) + QByteArray(4000, '\x5a'));
        const QByteArray before = fileDigest(path);
        const Outcome outcome = WorkspaceBackup::restore(junk, path);
        QVERIFY(!outcome);
        QVERIFY2(outcome.message().contains(QStringLiteral("cannot be restored")), qPrintable(outcome.message()));
        QCOMPARE(fileDigest(path), before);
    }

    void rotationKeepsTheNewest()
    {
        TestWorkspace workspace;
        QTemporaryDir folder;
        // Names carry the second: make three distinct ones by hand, then rotate twice.
        for (const char* stamp : {"2026-01-01 120000", "2026-02-01 120000", "2026-03-01 120000"})
            QVERIFY(WorkspaceBackup::backUp(*workspace,
                QDir(folder.path()).filePath(QStringLiteral("test %1.stuurboord").arg(QLatin1String(stamp)))));
        QVERIFY(WorkspaceBackup::rotate(*workspace, folder.path(), 2));
        const QStringList left = QDir(folder.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.first(), QStringLiteral("test 2026-03-01 120000.stuurboord"));
        QVERIFY(!left.last().startsWith(QStringLiteral("test 2026-0")));
    }
};

QTEST_GUILESS_MAIN(WorkspaceBackupTest)
#include "WorkspaceBackupTest.moc"
