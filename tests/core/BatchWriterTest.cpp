#include "import/BatchWriter.h"

#include "domain/ImportBatch.h"
#include "domain/Metric.h"
#include "domain/Observation.h"
#include "storage/queries/UsageQueries.h"
#include "storage/RecordStore.h"
#include "TestWorkspace.h"

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
        QCOMPARE(asked.overlaps, QStringList{QStringLiteral("page_views 2026-02")});
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
