#include "storage/sqlite/EarlyWriteBack.h"

#include "domain/Observation.h"
#include "TestWorkspace.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cerrno>
#include <cstring>
#ifdef __linux__
#include <unistd.h>
#endif

using namespace stuurboord;

// Pages pushed towards the disk in the middle of an import change nothing about it: the
// import still holds the file, and stopping it still leaves the workspace as it was.
class EarlyWriteBackTest final : public QObject
{
    Q_OBJECT

private:
    // Enough rows that SQLite hands most of their pages to the system before the end.
    static void writeRows(QSqlDatabase db, int count, const QString& key = QStringLiteral("page_views"))
    {
        QSqlQuery metric(db);
        QVERIFY(metric.exec(QStringLiteral("INSERT INTO metric (key, name, unit, aggregation) "
                                           "VALUES ('%1', 'Paginaweergaven', 'count', 'sum')")
                                .arg(key)));
        const qint64 metricId = metric.lastInsertId().toLongLong();
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO observation (id, metric_id, period, window_start, window_end, "
            "dimension, value) VALUES (?, ?, '2026-03', '2026-03-01', '2026-03-31', ?, ?)")));
        for (int i = 1; i <= count; ++i) {
            insert.addBindValue(i);
            insert.addBindValue(metricId);
            insert.addBindValue(QStringLiteral("afdeling_%1").arg(i % 50, 2, 10, QLatin1Char('0')));
            insert.addBindValue(double(i % 1000));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
    }

private slots:
    void stoppedImportLeavesTheWorkspaceAsItWas()
    {
        TestWorkspace workspace;
        QSqlDatabase db = workspace->database();
        const qint64 sizeBefore = QFileInfo(workspace.path()).size();
        QVERIFY(db.transaction());
        writeRows(db, 60000);
        EarlyWriteBack writeBack(db);
#ifdef __linux__
        QVERIFY(writeBack.found());
#endif
        writeBack.start();
        // Another connection still cannot write: the import keeps its hold on the file
        // (borrowing SQLite's descriptor must not drop its locks).
        {
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(workspace.path());
            other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            QVERIFY(other.open());
            QSqlQuery write(other);
            QVERIFY(!write.exec(QStringLiteral("BEGIN IMMEDIATE")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(db.rollback());
        QCOMPARE(workspace->repository<Observation>().count(), 0);
        // Opened again from the file itself, the workspace is whole and holds no figures.
        workspace.close();
        auto reopened = Workspace::open(workspace.path());
        QVERIFY2(reopened.ok(), qPrintable(reopened.message));
        QCOMPARE(reopened.workspace->repository<Observation>().count(), 0);
        QVERIFY(QFileInfo(workspace.path()).size() <= sizeBefore + 4096);
    }

    void committedRowsAreAllThere()
    {
        TestWorkspace workspace;
        QSqlDatabase db = workspace->database();
        QVERIFY(db.transaction());
        writeRows(db, 60000);
        EarlyWriteBack writeBack(db);
        writeBack.start();
#ifdef __linux__
        // The pages go to the disk beside the import, not at the commit.
        QTRY_VERIFY_WITH_TIMEOUT(writeBack.synced() >= 1, 10000);
#endif
        writeRows(db, 1000, QStringLiteral("visits")); // more pages while the thread may still be syncing
        writeBack.start();
        QString error;
        QVERIFY2(writeBack.finish(&error), qPrintable(error));
        QVERIFY(db.commit());
        workspace.close();
        auto reopened = Workspace::open(workspace.path());
        QVERIFY2(reopened.ok(), qPrintable(reopened.message));
        QCOMPARE(reopened.workspace->repository<Observation>().count(), 61000);
    }

#ifdef __linux__
    // A sync that fails is told before the commit: Linux would not tell SQLite's own sync
    // on the same descriptor again. A pipe cannot be synced (EINVAL), as a failing disk
    // cannot.
    void aFailedSyncIsToldBeforeTheCommit()
    {
        int ends[2];
        QCOMPARE(::pipe(ends), 0);
        {
            EarlyWriteBack writeBack(ends[1]);
            writeBack.start();
            QTRY_VERIFY_WITH_TIMEOUT(writeBack.synced() >= 1, 10000);
            QString error;
            QVERIFY(!writeBack.finish(&error));
            QCOMPARE(error, QString::fromLocal8Bit(std::strerror(EINVAL)));
        }
        ::close(ends[0]);
        ::close(ends[1]);
    }
#endif
};

QTEST_GUILESS_MAIN(EarlyWriteBackTest)
#include "EarlyWriteBackTest.moc"
