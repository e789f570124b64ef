#include "TestWorkspace.h"
#include "demo/DemoWorkspace.h"
#include "domain/BenchmarkValue.h"
#include "domain/Kpi.h"
#include "domain/Stakeholder.h"
#include "kpi/BenchmarkExchange.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace stuurboord;

// Exchanging anonymised KPI figures with peer organisations through a file.
class BenchmarkExchangeTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void exportIsAnonymousAndNormalised()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.stuurboord"));
        QVERIFY(DemoWorkspace::write(demo, QDate::currentDate().addMonths(-1)));
        OpenResult opened = Workspace::open(demo);
        QVERIFY(opened.ok());
        const QString file = m_dir.filePath(QStringLiteral("dijkstede-benchmark.json"));
        QVERIFY(BenchmarkExchange::exportTo(*opened.workspace, file));
        QFile read(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QByteArray bytes = read.readAll();
        // No organisation or person names leave the organisation.
        QVERIFY(!bytes.contains(opened.workspace->organisationName().toUtf8()));
        QVERIFY(!bytes.contains("Dijkstede"));
        for (const Stakeholder& person : opened.workspace->repository<Stakeholder>().all())
            QVERIFY2(!bytes.contains(person.name.toUtf8()), qPrintable(person.name));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(QStringLiteral("sector")).toString(), QStringLiteral("municipality"));
        QCOMPARE(root.value(QStringLiteral("size_band")).toString(), QStringLiteral("large"));
        const QJsonArray kpis = root.value(QStringLiteral("kpis")).toArray();
        QVERIFY(kpis.size() >= 6);
        bool sawPercentage = false;
        for (const QJsonValue& kpi : kpis) {
            const QJsonObject object = kpi.toObject();
            QVERIFY(object.value(QStringLiteral("unit")).toString() != QStringLiteral("count")
                    || object.value(QStringLiteral("values")).toArray().first().toObject().value(QStringLiteral("per_employee")).toBool());
            if (object.value(QStringLiteral("unit")).toString() == QStringLiteral("percentage")) {
                sawPercentage = true;
                const double value = object.value(QStringLiteral("values")).toArray().last().toObject().value(QStringLiteral("value")).toDouble();
                QVERIFY(value >= 0 && value <= 100);
            }
        }
        QVERIFY(sawPercentage);
    }

    void importMatchesKpisByDefinitionOnce()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.stuurboord"));
        const QString file = m_dir.filePath(QStringLiteral("dijkstede-benchmark.json"));
        TestWorkspace peer(QStringLiteral("Gemeente Oosterwaard"));
        Kpi reach;
        reach.name = QStringLiteral("Bereik");
        reach.formula = QStringLiteral("unique_logged_in_users/headcount*100"); // spaced differently
        QVERIFY(peer->repository<Kpi>().add(reach));
        const int before = peer->repository<BenchmarkValue>().count();
        const BenchmarkExchange::ImportResult first = BenchmarkExchange::importFrom(*peer, file);
        QVERIFY2(first.outcome, qPrintable(first.outcome.message()));
        QVERIFY(first.added > 50);
        QCOMPARE(peer->repository<BenchmarkValue>().count(), before + first.added);
        const QList<BenchmarkValue> matched = peer->repository<BenchmarkValue>().where(QStringLiteral("kpi_id"), reach.id);
        QVERIFY(!matched.isEmpty());
        QVERIFY(matched.first().source.contains(QStringLiteral("dijkstede-benchmark.json")));
        const BenchmarkExchange::ImportResult again = BenchmarkExchange::importFrom(*peer, file);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.skipped, first.added);
        Q_UNUSED(demo);
    }

    void foreignFileIsRefusedAndChangesNothing()
    {
        TestWorkspace peer;
        const QString file = m_dir.filePath(QStringLiteral("export.csv"));
        QFile write(file);
        QVERIFY(write.open(QIODevice::WriteOnly));
        write.write("date;metric;value\n2026-01;page_views;10\n");
        write.close();
        const BenchmarkExchange::ImportResult result = BenchmarkExchange::importFrom(*peer, file);
        QVERIFY(!result.outcome);
        QVERIFY(result.outcome.message().contains(QStringLiteral("not a Stuurboord benchmark file")));
        QCOMPARE(peer->repository<BenchmarkValue>().count(), 0);
    }
};

QTEST_GUILESS_MAIN(BenchmarkExchangeTest)
#include "BenchmarkExchangeTest.moc"
