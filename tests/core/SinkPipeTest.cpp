#include "import/SinkPipe.h"
#include "ProfileHarness.h"

#include <QTest>
#include <thread>

using namespace stuurboord;
using stuurboord::test::CollectingSink;

// Figures cross from the reading thread to the writing one as numbers for their texts; what
// arrives must be exactly what was read.
class SinkPipeTest final : public QObject
{
    Q_OBJECT

private slots:
    void figuresArriveAsTheyWereRead()
    {
        // More distinct texts than the reader's address cache holds (1,024), new strings for
        // the same text, and null beside empty texts.
        QList<ObservationDraft> sent;
        for (int i = 0; i < 30000; ++i) {
            ObservationDraft draft;
            draft.metricKey = QStringLiteral("metric_%1").arg(i % 37);
            draft.metricLabel = i % 5 == 0 ? QString() : QStringLiteral("Metriek %1").arg(i % 37);
            draft.aggregation = i % 3 == 0 ? QStringLiteral("last") : QString();
            draft.month = QDate(2024, 1, 1).addMonths(i % 30).toString(QStringLiteral("yyyy-MM"));
            draft.windowStart = i % 11 == 0 ? QDate() : QDate(2024, 1, 1).addDays(i % 900);
            draft.windowEnd = draft.windowStart.addDays(i % 4);
            draft.dimension = i % 4 == 0 ? QStringLiteral("") : QStringLiteral("Afdeling %1").arg(i % 2500);
            draft.value = i * 0.25 - 100;
            draft.line = i + 2;
            draft.labelChosen = i % 7 == 0;
            draft.unit = i % 9 == 0 ? QStringLiteral("percentage") : QString();
            sent << draft;
        }
        SinkPipe pipe(1000, 3);
        std::thread reader([&] {
            for (int i = 0; i < sent.size(); ++i) {
                pipe.figure(ObservationDraft(sent.at(i)));
                if (i % 997 == 0)
                    pipe.reject(i + 2, QStringLiteral("niet te lezen"));
                pipe.rowRead();
            }
            pipe.close();
        });
        CollectingSink received;
        qint64 rows = 0;
        while (pipe.drainInto(received, &rows, nullptr)) {
        }
        reader.join();
        QCOMPARE(rows, qint64(sent.size()));
        QCOMPARE(received.rowsRead, int(sent.size()));
        QCOMPARE(received.rejected.size(), 31);
        QCOMPARE(received.figures.size(), sent.size());
        for (int i = 0; i < sent.size(); ++i) {
            const ObservationDraft& a = sent.at(i);
            const ObservationDraft& b = received.figures.at(i);
            QCOMPARE(b.metricKey, a.metricKey);
            QCOMPARE(b.metricLabel, a.metricLabel);
            QCOMPARE(b.aggregation, a.aggregation);
            QCOMPARE(b.month, a.month);
            QCOMPARE(b.windowStart, a.windowStart);
            QCOMPARE(b.windowEnd, a.windowEnd);
            QCOMPARE(b.dimension, a.dimension);
            QCOMPARE(b.value, a.value);
            QCOMPARE(b.line, a.line);
            QCOMPARE(b.labelChosen, a.labelChosen);
            QCOMPARE(b.unit, a.unit);
        }
    }

    // A writer that gives up stops the reader at its next hand-over, with nothing lost on
    // the reader's side that it still holds.
    void anAbandonedPipeStopsTheReader()
    {
        SinkPipe pipe(100, 2);
        std::thread reader([&] {
            for (int i = 0; i < 100000 && !pipe.abandoned(); ++i) {
                ObservationDraft draft;
                draft.metricKey = QStringLiteral("page_views");
                draft.month = QStringLiteral("2026-01");
                pipe.figure(std::move(draft));
            }
            pipe.close();
        });
        CollectingSink received;
        QVERIFY(pipe.drainInto(received, nullptr, nullptr));
        pipe.abandon();
        reader.join();
        QVERIFY(received.figures.size() <= 300);
        QCOMPARE(received.figures.first().metricKey, QStringLiteral("page_views"));
    }
};

QTEST_GUILESS_MAIN(SinkPipeTest)
#include "SinkPipeTest.moc"
