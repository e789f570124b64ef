#include "storage/WorkspaceLock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace stuurboord;

// Who holds a workspace, as the "already open" message names it.
class WorkspaceLockTest final : public QObject
{
    Q_OBJECT

private:
    // A lock file as QLockFile writes it: process id, program, computer.
    static QString holderWithLock(const QTemporaryDir& folder, const char* program)
    {
        const QString workspace = folder.filePath(QStringLiteral("Gemeente.stuurboord"));
        QFile(workspace).open(QIODevice::WriteOnly);
        QFile lock(workspace + QStringLiteral(".lock"));
        if (!lock.open(QIODevice::WriteOnly))
            return {};
        lock.write(QByteArray("4242\n") + program + "\nwerkplek-07\n");
        lock.close();
        return WorkspaceLock::holderOf(workspace);
    }

private slots:
    void eitherOfStuurboordsProgramsReadsAsStuurboord()
    {
        for (const char* program : {"stuurboord-gui", "stuurboord"}) {
            QTemporaryDir folder;
            QCOMPARE(holderWithLock(folder, program),
                QStringLiteral("Stuurboord (process 4242) on computer werkplek-07"));
        }
    }

    void anotherProgramKeepsItsName()
    {
        QTemporaryDir folder;
        QCOMPARE(holderWithLock(folder, "soffice.bin"),
            QStringLiteral("soffice.bin (process 4242) on computer werkplek-07"));
    }
};

QTEST_GUILESS_MAIN(WorkspaceLockTest)
#include "WorkspaceLockTest.moc"
