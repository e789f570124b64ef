#include "storage/WorkspaceWait.h"

#include "TestWorkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace stuurboord;

// A workspace another process holds is busy, not damaged: it is waited for and then opened.
class WorkspaceWaitTest final : public QObject
{
    Q_OBJECT

private:
    // Another program (here Python's sqlite3) holds an exclusive lock on the file for
    // `seconds`, as a backup tool or a second Stuurboord in the middle of a write does.
    static void holdFor(QProcess& holder, const QString& path, double seconds)
    {
        holder.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
                QStringLiteral("import sqlite3, sys, time\n"
                               "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                               "db.execute('BEGIN EXCLUSIVE')\n"
                               "print('held', flush=True)\n"
                               "time.sleep(float(sys.argv[2]))\n"
                               "db.execute('ROLLBACK')\n"),
                path, QString::number(seconds)});
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("held"));
    }

private slots:
    void anotherProgramHoldingTheFileIsWaitedFor()
    {
        TestWorkspace workspace;
        const QString path = workspace.path();
        workspace.close();
        QVERIFY(!WorkspaceWait::stillBusy(path, {}));

        // Longer than two of SQLite's own 5-second waits: opening once here and once more
        // inside WorkspaceWait::open, so that the waiting loop itself is what opens it.
        QProcess holder;
        holdFor(holder, path, 12);
        QVERIFY(WorkspaceWait::stillBusy(path, {}));
        QVERIFY(WorkspaceWait::stillBusy(path, Workspace::OpenOptions{false, true}));
        // Opening alone gives up after SQLite's own wait and says busy, not damaged.
        const OpenResult refused = Workspace::open(path);
        QVERIFY(!refused.ok());
        QVERIFY(WorkspaceWait::isBusy(refused));
        QVERIFY2(refused.message.contains(QStringLiteral("busy")), qPrintable(refused.message));

        // Waiting opens it as soon as the other program lets go, and tells how long it waited.
        double lastWaited = -1;
        int calls = 0;
        const OpenResult opened = WorkspaceWait::open(path, {}, 30, [&](double waited) {
            lastWaited = waited;
            ++calls;
            return true;
        });
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(calls > 1);
        QVERIFY(lastWaited > 0);
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitCode(), 0);
    }

    void cancellingLeavesItBusy()
    {
        TestWorkspace workspace;
        const QString path = workspace.path();
        workspace.close();
        QProcess holder;
        holdFor(holder, path, 8);
        int calls = 0;
        const OpenResult result = WorkspaceWait::open(path, {}, -1, [&](double) { return ++calls < 3; });
        QVERIFY(!result.ok());
        QVERIFY(WorkspaceWait::isBusy(result));
        QCOMPARE(calls, 3);
        holder.kill();
        holder.waitForFinished();
    }

    void workspaceOpenInAnotherStuurboordIsWaitedForUntilClosed()
    {
        TestWorkspace workspace; // holds the workspace lock, as the application would
        const QString path = workspace.path();
        const OpenResult refused = Workspace::open(path);
        QCOMPARE(refused.problem, WorkspaceProblem::Locked);
        QVERIFY(WorkspaceWait::stillBusy(path, {}));
        // Readers take no lock: the workspace is not busy for them.
        QVERIFY(!WorkspaceWait::stillBusy(path, Workspace::OpenOptions{false, true}));
        const OpenResult opened = WorkspaceWait::open(path, {}, 30, [&](double waited) {
            if (waited > 0.3)
                workspace.close(); // the other closes it
            return true;
        });
        QVERIFY2(opened.ok(), qPrintable(opened.message));
    }

    void waitingEndsAfterTheTimeGiven()
    {
        TestWorkspace workspace;
        const QString path = workspace.path();
        QElapsedTimer clock;
        clock.start();
        const OpenResult result = WorkspaceWait::open(path, {}, 0.5);
        QCOMPARE(result.problem, WorkspaceProblem::Locked);
        QVERIFY(clock.elapsed() >= 500);
        QVERIFY(clock.elapsed() < 5000);
    }

    void damagedIsNotWaitedFor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.stuurboord"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        int calls = 0;
        const OpenResult result = WorkspaceWait::open(path, {}, 30, [&](double) { return ++calls > 0; });
        QVERIFY(!result.ok());
        QVERIFY(!WorkspaceWait::isBusy(result));
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(WorkspaceWaitTest)
#include "WorkspaceWaitTest.moc"
