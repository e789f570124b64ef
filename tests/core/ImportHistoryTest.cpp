#include "import/ImportHistory.h"

#include "domain/ImportBatch.h"
#include "domain/Metric.h"
#include "FileBytes.h"
#include "import/ImportJob.h"
#include "import/ImportRunner.h"
#include "import/RemovedImport.h"
#include "TestWorkspace.h"
#include "WorkspaceRows.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace stuurboord;
using stuurboord::test::count;
using stuurboord::test::figures;

// Imports as whole steps: on a worker thread with progress and a stop, and taken out of
// the workspace and put back exactly.
class ImportHistoryTest final : public QObject
{
    Q_OBJECT

private:
    // Long format, one figure per row: `rows` teams over twenty months.
    static QByteArray generated(int rows, int salt = 0)
    {
        QByteArray bytes = "date,metric,dimension,value\n";
        bytes.reserve(rows * 40);
        for (int i = 0; i < rows; ++i) {
            const QDate month = QDate(2024, 1, 1).addMonths(i % 20);
            bytes += month.toString(Qt::ISODate).toLatin1() + ",page_views,Team "
                + QByteArray::number(i / 20) + ',' + QByteArray::number((i * 7 + salt) % 991)
                + '\n';
        }
        return bytes;
    }

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        return writeFixture(m_dir.path(), name, bytes);
    }

    // Previews and writes a file, replacing figures the workspace already has.
    BatchWriter::Result importBytes(
        Workspace& workspace, const QString& name, const QByteArray& bytes)
    {
        return ImportRunner::commit(workspace, ImportRunner::prepare(workspace, write(name, bytes)),
            BatchWriter::Overlap::Replace, false);
    }

    // figures(), each with its id: putting a figure back must restore it exactly.
    static QStringList figuresWithIds(Workspace& workspace)
    {
        return stuurboord::test::rows(workspace,
            QStringLiteral(
                "SELECT id, metric_id, period, dimension, value, batch_id FROM observation"));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jobPreparesAndCommitsOnItsOwnThreadWithProgress()
    {
        TestWorkspace workspace;
        const QString path = write(QStringLiteral("groot.csv"), generated(200000));
        ImportJob job(*workspace);
        QSignalSpy progress(&job, &ImportJob::progress);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.prepare(path);
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(!job.isRunning());
        QVERIFY2(job.preview().ok(), qPrintable(job.preview().error));
        QCOMPARE(job.preview().figureCount, 200000);
        QVERIFY2(progress.size() >= 2, qPrintable(QString::number(progress.size())));
        qint64 last = 0;
        for (const QList<QVariant>& signal : std::as_const(progress)) {
            QVERIFY(signal.at(0).toLongLong() > last);
            last = signal.at(0).toLongLong();
            QVERIFY(signal.at(1).toDouble() > 0);
        }
        QCOMPARE(count(*workspace, QStringLiteral("observation")), 0);

        progress.clear();
        job.commit(job.preview(), BatchWriter::Overlap::Ask, false);
        QVERIFY(finished.wait(60000));
        QVERIFY2(
            job.imported().result.outcome, qPrintable(job.imported().result.outcome.message()));
        QCOMPARE(job.imported().result.written, 200000);
        QCOMPARE(job.imported().newMetrics.size(), 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(count(*workspace, QStringLiteral("observation")), 200000);
    }

    void stoppedJobLeavesTheWorkspaceAsItWas()
    {
        TestWorkspace workspace;
        const ImportPreview small = ImportRunner::prepare(*workspace,
            write(QStringLiteral("klein.csv"), "Maand;Paginaweergaven\r\njan-26;12.345\r\n"));
        QVERIFY(ImportRunner::commit(*workspace, small, BatchWriter::Overlap::Ask, false).outcome);
        const QStringList before = figures(*workspace);

        ImportJob job(*workspace);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.prepare(write(QStringLiteral("groot.csv"), generated(200000)));
        QVERIFY(finished.wait(60000));
        const ImportPreview preview = job.preview();
        // Stop as soon as the writing is under way.
        connect(&job, &ImportJob::progress, &job, &ImportJob::stop);
        job.commit(preview, BatchWriter::Overlap::Ask, false);
        QVERIFY(finished.wait(60000));
        QVERIFY(!job.imported().result.outcome);
        QVERIFY2(job.imported().result.outcome.message().contains(QStringLiteral("stopped")),
            qPrintable(job.imported().result.outcome.message()));
        QCOMPARE(figures(*workspace), before);
        QCOMPARE(count(*workspace, QStringLiteral("import_batch")), 1);
        QCOMPARE(count(*workspace, QStringLiteral("metric")), 1);
    }

    void removingAReplacingImportPutsBackWhatItReplaced()
    {
        TestWorkspace workspace;
        const ImportPreview first = ImportRunner::prepare(*workspace,
            write(QStringLiteral("jan-feb.csv"),
                "date,metric,dimension,value\n2026-01-01,page_views,Zorg,100\n"
                "2026-02-01,page_views,Zorg,200\n2026-02-01,page_views,Facilitair,300\n"));
        QVERIFY(ImportRunner::commit(*workspace, first, BatchWriter::Overlap::Ask, false).outcome);
        const QStringList before = figures(*workspace);
        const qint64 metricsBefore = count(*workspace, QStringLiteral("metric"));

        // Corrects February for Zorg, adds March and a new metric.
        const ImportPreview correction = ImportRunner::prepare(*workspace,
            write(QStringLiteral("correctie.csv"),
                "date,metric,dimension,value\n2026-02-01,page_views,Zorg,250\n"
                "2026-03-01,page_views,Zorg,400\n2026-03-01,likes,Zorg,7\n"));
        const ImportHistory::Imported imported
            = ImportHistory::commit(*workspace, correction, BatchWriter::Overlap::Replace, false);
        QVERIFY2(imported.result.outcome, qPrintable(imported.result.outcome.message()));
        QCOMPARE(imported.result.replaced, 1);
        QCOMPARE(ImportHistory::replacedCount(*workspace, imported.result.batchId), 1);
        QCOMPARE(imported.newMetrics.size(), 1);
        const QStringList after = figures(*workspace);
        QCOMPARE(after.size(), 5);

        RemovedImport removed;
        QVERIFY(ImportHistory::remove(
            *workspace, imported.result.batchId, removed, imported.newMetrics));
        QCOMPARE(removed.figureCount(), 3);
        QCOMPARE(removed.putBackCount(), 1);
        QCOMPARE(count(*workspace, QStringLiteral("replaced_observation")), 0);
        QCOMPARE(figures(*workspace), before);
        QCOMPARE(count(*workspace, QStringLiteral("import_batch")), 1);
        QCOMPARE(count(*workspace, QStringLiteral("metric")), metricsBefore);

        QVERIFY(ImportHistory::restore(*workspace, removed));
        QVERIFY(removed.isEmpty());
        QCOMPARE(figures(*workspace), after);
        QCOMPARE(count(*workspace, QStringLiteral("import_batch")), 2);
        QVERIFY(!ImportHistory::restore(*workspace, removed)); // nothing left to put back

        // Again, to be sure the second round trip is exact too.
        QVERIFY(ImportHistory::remove(
            *workspace, imported.result.batchId, removed, imported.newMetrics));
        QCOMPARE(figures(*workspace), before);
        QVERIFY(ImportHistory::restore(*workspace, removed));
        QCOMPARE(figures(*workspace), after);
    }

    void removingAnOlderImportTakesExactlyItsFigures()
    {
        TestWorkspace workspace;
        const ImportPreview first = ImportRunner::prepare(*workspace,
            write(
                QStringLiteral("a.csv"), "Maand;Paginaweergaven\r\njan-26;100\r\nfeb-26;200\r\n"));
        const BatchWriter::Result a
            = ImportRunner::commit(*workspace, first, BatchWriter::Overlap::Ask, false);
        QVERIFY(a.outcome);
        const ImportPreview second = ImportRunner::prepare(*workspace,
            write(
                QStringLiteral("b.csv"), "Maand;Paginaweergaven\r\nmrt-26;300\r\napr-26;400\r\n"));
        const BatchWriter::Result b
            = ImportRunner::commit(*workspace, second, BatchWriter::Overlap::Ask, false);
        QVERIFY(b.outcome);
        const QStringList both = figures(*workspace);
        QCOMPARE(ImportHistory::figureCount(*workspace, a.batchId), 2);

        RemovedImport removed;
        QVERIFY(ImportHistory::remove(*workspace, a.batchId, removed));
        QCOMPARE(count(*workspace, QStringLiteral("observation")), 2);
        QCOMPARE(ImportHistory::figureCount(*workspace, b.batchId), 2);
        for (const QString& figure : figures(*workspace))
            QVERIFY(figure.endsWith(u'|' + QString::number(b.batchId)));
        QVERIFY(!workspace->repository<ImportBatch>().get(a.batchId));
        QCOMPARE(workspace->repository<Metric>().count(), 1); // still used by b
        QVERIFY(ImportHistory::restore(*workspace, removed));
        QCOMPARE(figures(*workspace), both);
        QCOMPARE(
            workspace->repository<ImportBatch>().get(a.batchId)->fileName, QStringLiteral("a.csv"));

        // A batch that is gone cannot be removed, and leaves nothing behind.
        RemovedImport nothing;
        QVERIFY(!ImportHistory::remove(*workspace, 4242, nothing));
        QVERIFY(nothing.isEmpty());
        QCOMPARE(figures(*workspace), both);
    }

    void replacedFiguresComeBackInALaterSession()
    {
        TestWorkspace workspace;
        const QByteArray january = "date,metric,dimension,value\n2026-01-01,page_views,Zorg,100\n"
                                   "2026-01-01,page_views,Facilitair,300\n";
        QVERIFY(importBytes(*workspace, QStringLiteral("jan.csv"), january).outcome);
        const QStringList before = figuresWithIds(*workspace);
        const BatchWriter::Result correction
            = importBytes(*workspace, QStringLiteral("jan-correctie.csv"),
                "date,metric,dimension,value\n2026-01-01,page_views,Zorg,120\n");
        QVERIFY2(correction.outcome, qPrintable(correction.outcome.message()));
        QCOMPARE(correction.replaced, 1);
        const QStringList corrected = figuresWithIds(*workspace);

        // Closed and opened again: nothing of the first session is left in memory.
        workspace.close();
        OpenResult reopened = Workspace::open(workspace.path());
        QVERIFY2(reopened.ok(), qPrintable(reopened.message));
        Workspace& later = *reopened.workspace;
        QCOMPARE(figuresWithIds(later), corrected);
        QCOMPARE(ImportHistory::replacedCount(later, correction.batchId), 1);
        RemovedImport removed;
        QVERIFY(ImportHistory::remove(later, correction.batchId, removed));
        QCOMPARE(removed.putBackCount(), 1);
        QCOMPARE(figuresWithIds(later), before);
        QVERIFY(ImportHistory::restore(later, removed));
        QCOMPARE(figuresWithIds(later), corrected);
        QCOMPARE(count(later, QStringLiteral("replaced_observation")), 1);
    }

    void replacedFiguresFollowAChainOfCorrections()
    {
        TestWorkspace workspace;
        const auto month = [&](const QString& name, int value) {
            return importBytes(*workspace, name,
                "date,metric,dimension,value\n2026-01-01,page_views,Zorg,"
                    + QByteArray::number(value) + '\n');
        };
        const BatchWriter::Result a = month(QStringLiteral("a.csv"), 100);
        const QStringList withA = figuresWithIds(*workspace);
        const BatchWriter::Result b = month(QStringLiteral("b.csv"), 200);
        const BatchWriter::Result c = month(QStringLiteral("c.csv"), 300);
        QVERIFY(a.outcome && b.outcome && c.outcome);
        const QStringList withC = figuresWithIds(*workspace);
        QCOMPARE(withC.size(), 1);
        QCOMPARE(count(*workspace, QStringLiteral("replaced_observation")), 2);

        // Taking out the middle import changes nothing visible; a's figure now waits for c.
        RemovedImport removedB;
        QVERIFY(ImportHistory::remove(*workspace, b.batchId, removedB));
        QCOMPARE(removedB.putBackCount(), 0);
        QCOMPARE(figuresWithIds(*workspace), withC);
        QCOMPARE(ImportHistory::replacedCount(*workspace, c.batchId), 1);
        // Taking out c brings back a's figure, not b's.
        RemovedImport removedC;
        QVERIFY(ImportHistory::remove(*workspace, c.batchId, removedC));
        QCOMPARE(figuresWithIds(*workspace), withA);
        QCOMPARE(count(*workspace, QStringLiteral("replaced_observation")), 0);

        // And back, in reverse order, exactly.
        QVERIFY(ImportHistory::restore(*workspace, removedC));
        QCOMPARE(figuresWithIds(*workspace), withC);
        QVERIFY(ImportHistory::restore(*workspace, removedB));
        QCOMPARE(figuresWithIds(*workspace), withC);
        QCOMPARE(ImportHistory::replacedCount(*workspace, b.batchId), 1);
        QCOMPARE(ImportHistory::replacedCount(*workspace, c.batchId), 1);
        RemovedImport again;
        QVERIFY(ImportHistory::remove(*workspace, c.batchId, again));
        QCOMPARE(figures(*workspace).join(u','),
            QStringLiteral("page_views|2026-01|Zorg|200|2026-01-01|2026-01-01|%1").arg(b.batchId));

        // Removing the first import also forgets its figure that waited aside.
        QVERIFY(ImportHistory::restore(*workspace, again));
        RemovedImport removedA;
        QVERIFY(ImportHistory::remove(*workspace, a.batchId, removedA));
        QCOMPARE(figuresWithIds(*workspace), withC);
        QCOMPARE(count(*workspace, QStringLiteral("replaced_observation")), 1);
    }

    void stashGoesWithTheRemovedImport()
    {
        TestWorkspace workspace;
        const BatchWriter::Result a = ImportRunner::commit(*workspace,
            ImportRunner::prepare(*workspace,
                write(QStringLiteral("c.csv"), "Maand;Paginaweergaven\r\njan-26;100\r\n")),
            BatchWriter::Overlap::Ask, false);
        QVERIFY(a.outcome);
        // The removed rows wait in a file of their own, reachable from any connection (undo
        // runs on a worker thread), and the file goes with the removed import.
        // In a team workspace they wait in a schema of their own instead (sb_removed_…).
        const auto stashFiles = [&workspace] {
            if (TestWorkspace::onPostgres()) {
                QStringList schemas;
                QSqlQuery query(workspace->database());
                query.exec(QStringLiteral("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sb_removed_%'"));
                while (query.next())
                    schemas << query.value(0).toString();
                return schemas;
            }
            return QDir(QDir::tempPath())
                .entryList({QStringLiteral("stuurboord-removed-import-%1-*")
                               .arg(QCoreApplication::applicationPid())},
                    QDir::Files);
        };
        {
            RemovedImport removed;
            QVERIFY(ImportHistory::remove(*workspace, a.batchId, removed));
            QCOMPARE(stashFiles().size(), 1);
            QCOMPARE(count(*workspace, QStringLiteral("observation")), 0);
            // Put back through another connection, as the undo on a worker thread does.
            QString error;
            const std::unique_ptr<Workspace> other = workspace->openWorkerConnection(&error);
            QVERIFY2(other, qPrintable(error));
            QVERIFY(ImportHistory::restore(*other, removed));
            QCOMPARE(count(*workspace, QStringLiteral("observation")), 1);
            QVERIFY(stashFiles().isEmpty());
            QVERIFY(ImportHistory::remove(*other, a.batchId, removed));
            QCOMPARE(stashFiles().size(), 1);
        }
        QVERIFY(stashFiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ImportHistoryTest)
#include "ImportHistoryTest.moc"
