#include "import/BatchWriter.h"

#include "domain/ImportBatch.h"
#include "domain/Metric.h"
#include "domain/Observation.h"
#include "storage/queries/UsageQueries.h"
#include "storage/RecordStore.h"
#include "TestWorkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace stuurboord;

// Writing an import as one batch: once, all or nothing, and undoable as a whole.
class BatchWriterTest final : public QObject
{
    Q_OBJECT

private:
    static BatchWriter::Request request(const QByteArray& bytes,
        const QList<std::pair<QString, double>>& monthValues, const QString& dimension = {})
    {
        BatchWriter::Request r;
        r.fileName = QStringLiteral("gebruik.csv");
        r.sha256 = BatchWriter::sha256Of(bytes);
        r.profileName = QStringLiteral("Eigen spreadsheet");
        int line = 2;
        for (const auto& [month, value] : monthValues) {
            ObservationDraft d;
            d.metricKey = QStringLiteral("page_views");
            d.month = month;
            d.windowStart = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
            d.windowEnd = d.windowStart.addMonths(1).addDays(-1);
            d.dimension = dimension;
            d.value = value;
            d.line = line++;
            r.drafts << d;
        }
        r.rowsRead = static_cast<int>(r.drafts.size());
        return r;
    }

    static double value(Workspace& workspace, const QString& month)
    {
        const auto values
            = UsageQueries(workspace.database()).monthValues(QStringLiteral("page_views"), month);
        return values.isEmpty() ? -1 : values.first().value;
    }

private slots:
    void writesOneBatchWithItsFacts()
    {
        TestWorkspace workspace;
        const auto result = BatchWriter::write(*workspace,
            request("a", {{QStringLiteral("2026-01"), 1200}, {QStringLiteral("2026-02"), 1350}}));
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        QCOMPARE(result.written, 2);
        const ImportBatch batch = *workspace->repository<ImportBatch>().get(result.batchId);
        QCOMPARE(batch.rowsRead, 2);
        QCOMPARE(batch.rowsKept, 2);
        QCOMPARE(batch.firstPeriod, QStringLiteral("2026-01"));
        QCOMPARE(batch.lastPeriod, QStringLiteral("2026-02"));
        QCOMPARE(batch.sha256, QString::fromLatin1(BatchWriter::sha256Of("a")));
        QCOMPARE(workspace->repository<Metric>().all().first().key, QStringLiteral("page_views"));
        QCOMPARE(value(*workspace, QStringLiteral("2026-02")), 1350.0);
    }

    void sameBytesAreNotImportedTwiceUnlessForced()
    {
        TestWorkspace workspace;
        QVERIFY(BatchWriter::write(*workspace, request("same", {{QStringLiteral("2026-01"), 1}}))
                    .outcome);
        auto again = request("same", {{QStringLiteral("2026-05"), 1}});
        const auto refused = BatchWriter::write(*workspace, again);
        QVERIFY(refused.alreadyImported);
        QVERIFY(refused.outcome.message().contains(QStringLiteral("already imported")));
        QCOMPARE(workspace->repository<ImportBatch>().count(), 1);
        again.force = true;
        QVERIFY(BatchWriter::write(*workspace, again).outcome);
        QCOMPARE(workspace->repository<ImportBatch>().count(), 2);
    }

    void overlapAsksThenReplacesOrSkips()
    {
        TestWorkspace workspace;
        QVERIFY(BatchWriter::write(*workspace,
            request(
                "jan-feb", {{QStringLiteral("2026-01"), 100}, {QStringLiteral("2026-02"), 200}}))
                    .outcome);
        auto overlapping = request(
            "feb-mar", {{QStringLiteral("2026-02"), 250}, {QStringLiteral("2026-03"), 300}});
        const auto asked = BatchWriter::write(*workspace, overlapping);
        QVERIFY(!asked.outcome);
        QCOMPARE(asked.overlaps, QStringList{QStringLiteral("Page views 2026-02")});
        QCOMPARE(workspace->repository<ImportBatch>().count(), 1); // nothing half-written
        QCOMPARE(value(*workspace, QStringLiteral("2026-03")), -1.0);

        overlapping.overlap = BatchWriter::Overlap::Skip;
        const auto skipped = BatchWriter::write(*workspace, overlapping);
        QVERIFY(skipped.outcome);
        QCOMPARE(skipped.skipped, 1);
        QCOMPARE(value(*workspace, QStringLiteral("2026-02")), 200.0);
        QCOMPARE(value(*workspace, QStringLiteral("2026-03")), 300.0);

        auto corrected = request("feb-fix", {{QStringLiteral("2026-02"), 260}});
        corrected.overlap = BatchWriter::Overlap::Replace;
        const auto replaced = BatchWriter::write(*workspace, corrected);
        QVERIFY(replaced.outcome);
        QCOMPARE(replaced.replaced, 1);
        QCOMPARE(
            value(*workspace, QStringLiteral("2026-02")), 260.0); // no silent duplicate (200 + 260)
    }

    void undoingABatchRemovesExactlyItsObservations()
    {
        TestWorkspace workspace;
        QVERIFY(BatchWriter::write(*workspace, request("one", {{QStringLiteral("2026-01"), 10}}))
                    .outcome);
        const auto second = BatchWriter::write(*workspace,
            request("two", {{QStringLiteral("2026-02"), 20}, {QStringLiteral("2026-03"), 30}}));
        QCOMPARE(workspace->repository<Observation>().count(), 3);
        DeletedRows removed;
        QVERIFY(
            workspace->records().remove(ImportBatch::entity().spec(), second.batchId, &removed));
        QCOMPARE(workspace->repository<Observation>().count(), 1);
        QCOMPARE(value(*workspace, QStringLiteral("2026-01")), 10.0);
        QVERIFY(workspace->records().restore(removed)); // and redo of the undo brings it back
        QCOMPARE(workspace->repository<Observation>().count(), 3);
    }

    // Rows are written in blocks while the file is read; months that come back later, out
    // of order, are still all written, once, under ids that follow the file.
    void largeFileInBlocksWithMonthsOutOfOrder()
    {
        TestWorkspace workspace;
        BatchWriter::Request r = request("large", {});
        const QStringList departments{
            QStringLiteral("Publiekszaken"), QStringLiteral("Ruimte"), QString()};
        int line = 2;
        double expectedMarch = 0;
        for (int day = 0; day < 120; ++day) { // January to April, then March again
            const QDate date = QDate(2026, 1, 1).addDays(day < 100 ? day : 59 + day - 100);
            for (int i = 0; i < 300; ++i) {
                ObservationDraft d;
                d.metricKey = QStringLiteral("page_views");
                d.month = date.toString(QStringLiteral("yyyy-MM"));
                d.windowStart = d.windowEnd = date;
                d.dimension = departments.at(i % 3);
                d.value = i % 7;
                d.line = line++;
                if (d.month == QStringLiteral("2026-03") && d.dimension == QStringLiteral("Ruimte"))
                    expectedMarch += d.value;
                r.drafts << d;
            }
        }
        r.rowsRead = int(r.drafts.size());
        const auto result = BatchWriter::write(*workspace, r);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        QCOMPARE(result.written, 36000);
        QCOMPARE(result.firstMonth, QStringLiteral("2026-01"));
        QCOMPARE(result.lastMonth, QStringLiteral("2026-04"));
        QSqlQuery query(workspace->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT COUNT(*), COUNT(DISTINCT id), MIN(id), MAX(id) FROM observation")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 36000);
        QCOMPARE(query.value(1).toInt(), 36000);
        QCOMPARE(query.value(2).toInt(), 1);
        QCOMPARE(query.value(3).toInt(), 36000);
        double march = -1;
        for (const auto& v :
            UsageQueries(workspace->database())
                .monthValues(QStringLiteral("page_views"), QStringLiteral("2026-03"))) {
            if (v.dimension == QStringLiteral("Ruimte"))
                march = v.value;
        }
        QCOMPARE(march, expectedMarch);
        // The id follows the file: the last line of the file has the highest id.
        QVERIFY(query.exec(QStringLiteral("SELECT period, window_start, dimension, value FROM "
                                          "observation WHERE id = 36000")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), r.drafts.last().month);
        QCOMPARE(query.value(1).toString(), r.drafts.last().windowStart.toString(Qt::ISODate));
        QCOMPARE(query.value(2).toString(), r.drafts.last().dimension);
        QCOMPARE(query.value(3).toDouble(), r.drafts.last().value);
    }

    // For a stock, the last figure of a month counts: the latest window, and of two with
    // the same window the one further down the file.
    void lastValueFollowsTheFile()
    {
        TestWorkspace workspace;
        BatchWriter::Request r = request("stock", {});
        const auto add = [&](const QDate& end, double value) {
            ObservationDraft d;
            d.metricKey = QStringLiteral("profiles_completed");
            d.aggregation = QStringLiteral("last");
            d.month = QStringLiteral("2026-05");
            d.windowStart = QDate(2026, 5, 1);
            d.windowEnd = end;
            d.value = value;
            d.line = int(r.drafts.size()) + 2;
            r.drafts << d;
        };
        add(QDate(2026, 5, 31), 410);
        add(QDate(2026, 5, 31), 420); // a correction further down the export
        add(QDate(2026, 5, 15), 300);
        const auto result = BatchWriter::write(*workspace, r);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        const auto values
            = UsageQueries(workspace->database())
                  .monthValues(QStringLiteral("profiles_completed"), QStringLiteral("2026-05"));
        QCOMPARE(values.size(), 1);
        QCOMPARE(values.first().value, 420.0);
    }

    // Overlaps are found per metric, month and dimension: another department of the same
    // month is new, not an overlap.
    void overlapIsPerDimension()
    {
        TestWorkspace workspace;
        QVERIFY(BatchWriter::write(*workspace,
            request("first", {{QStringLiteral("2026-02"), 200}}, QStringLiteral("Publiekszaken")))
                    .outcome);
        auto second = request(
            "second", {{QStringLiteral("2026-02"), 250}}, QStringLiteral("Publiekszaken"));
        second.drafts
            << request("x", {{QStringLiteral("2026-02"), 80}}, QStringLiteral("Ruimte")).drafts;
        const auto asked = BatchWriter::write(*workspace, second);
        QVERIFY(!asked.outcome);
        QCOMPARE(asked.overlaps, QStringList{QStringLiteral("Page views 2026-02 (Publiekszaken)")});
        QCOMPARE(workspace->repository<Observation>().count(), 1);
        second.overlap = BatchWriter::Overlap::Skip;
        const auto skipped = BatchWriter::write(*workspace, second);
        QVERIFY(skipped.outcome);
        QCOMPARE(skipped.skipped, 1);
        QCOMPARE(skipped.written, 1);
        QCOMPARE(workspace->repository<Observation>().count(), 2);
    }

    // A failure after blocks of rows were already written still leaves nothing behind.
    void aFailureAfterWrittenBlocksLeavesNothingBehind()
    {
        TestWorkspace workspace;
        BatchWriter::Request r = request("late failure", {});
        for (int i = 0; i < 40000; ++i) {
            ObservationDraft d;
            d.metricKey = QStringLiteral("page_views");
            d.month = QDate(2026, 1, 1).addMonths(i / 10000).toString(QStringLiteral("yyyy-MM"));
            d.value = i;
            d.line = i + 2;
            r.drafts << d;
        }
        ObservationDraft invalid = r.drafts.last();
        invalid.metricKey = QStringLiteral("Pagina weergaven"); // metric creation fails
        invalid.month = QStringLiteral("2026-12");
        r.drafts << invalid;
        const auto result = BatchWriter::write(*workspace, r);
        QVERIFY(!result.outcome);
        QCOMPARE(workspace->repository<ImportBatch>().count(), 0);
        QCOMPARE(workspace->repository<Metric>().count(), 0);
        QCOMPARE(workspace->repository<Observation>().count(), 0);
        // Foreign keys are checked again once the import is over (a team workspace never
        // switches them off: PostgreSQL has no such switch).
        if (TestWorkspace::onPostgres())
            return;
        QSqlQuery query(workspace->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void aFailureLeavesNothingBehind()
    {
        TestWorkspace workspace;
        auto bad = request("bad", {{QStringLiteral("2026-01"), 10}});
        ObservationDraft invalid = bad.drafts.first();
        invalid.metricKey
            = QStringLiteral("Pagina weergaven"); // not a valid key: metric creation fails
        bad.drafts << invalid;
        const auto result = BatchWriter::write(*workspace, bad);
        QVERIFY(!result.outcome);
        QCOMPARE(workspace->repository<ImportBatch>().count(), 0);
        QCOMPARE(workspace->repository<Metric>().count(), 0);
        QCOMPARE(workspace->repository<Observation>().count(), 0);
    }
};

QTEST_GUILESS_MAIN(BatchWriterTest)
#include "BatchWriterTest.moc"
