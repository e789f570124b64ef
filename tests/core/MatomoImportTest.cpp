#include "domain/Metric.h"
#include "FileBytes.h"
#include "import/ImportRunner.h"
#include "storage/queries/UsageQueries.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace stuurboord;

// Matomo exports as Matomo writes them: from its interface in the user's language (UTF-16LE
// with a byte order mark, tab-separated), and cut off one byte short.
class MatomoImportTest final : public QObject
{
    Q_OBJECT

private:
    static QByteArray utf16(const QString& text)
    {
        QByteArray bytes("\xff\xfe", 2);
        for (const QChar c : text) {
            bytes += char(c.unicode() & 0xFF);
            bytes += char(c.unicode() >> 8);
        }
        return bytes;
    }

    static QHash<QString, double> figures(Workspace& workspace, const QString& month)
    {
        QHash<QString, double> found;
        for (const auto& v : UsageQueries(workspace.database()).monthValues({}, month))
            found.insert(v.metric, v.value);
        return found;
    }

private slots:
    void interfaceHeadersInThreeLanguages_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("row");
        QTest::newRow("Dutch") << QStringLiteral(
            "Datum\tUnieke bezoekers\tBezoeken\tActies\tMaximum aantal acties in één bezoek\t"
            "Bounce-ratio\tActies per bezoek\tGemiddelde tijd op website\tPaginaweergaven\t"
            "Unieke paginaweergaven\tTotale bestede tijd door bezoekers (in seconden)\t"
            "Metadaten: is_aggregate")
                               << QStringLiteral("2026-01\t812\t1204\t3650\t41\t45 %\t3\t00:02:41\t"
                                                 "2900\t2100\t193840\t0");
        QTest::newRow("English") << QStringLiteral(
            "Date\tUnique visitors\tVisits\tActions\tMaximum actions in one visit\tBounce Rate\t"
            "Actions per Visit\tAvg. Time on Website\tPageviews\tUnique Pageviews\t"
            "Total time spent by visitors (in seconds)\tMetadata: is_aggregate")
                                 << QStringLiteral("2026-01\t812\t1204\t3650\t41\t45%\t3\t00:02:41\t"
                                                   "2900\t2100\t193840\t0");
        QTest::newRow("German") << QStringLiteral(
            "Datum\tEindeutige Besucher\tBesuche\tAktionen\tMaximale Aktionen in einem Besuch\t"
            "Absprungsrate\tAktionen pro Besuch\tDurchschn. Aufenthaltsdauer\tSeitenansichten\t"
            "Eindeutige Seitenansichten\tGesamte von Besuchern verbrachte Zeit (in Sekunden)\t"
            "Metadaten: is_aggregate")
                                << QStringLiteral("2026-01\t812\t1204\t3650\t41\t45 %\t3\t00:02:41\t"
                                                  "2900\t2100\t193840\t0");
    }

    void interfaceHeadersInThreeLanguages()
    {
        QFETCH(QString, header);
        QFETCH(QString, row);
        TestWorkspace workspace;
        const QString path = writeFixture(workspace.folder(), QStringLiteral("export.tsv"),
            utf16(header + QStringLiteral("\r\n") + row + QStringLiteral("\r\n")));
        const ImportPreview preview = ImportRunner::prepare(*workspace, path);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.profileName, QStringLiteral("Matomo"));
        ImportPreview summary;
        const auto result = ImportRunner::importFile(
            *workspace, path, {}, BatchWriter::Overlap::Ask, false, summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        QCOMPARE(summary.rejectedCount, 0);
        const QHash<QString, double> expected{{QStringLiteral("unique_visitors"), 812},
            {QStringLiteral("visits"), 1204}, {QStringLiteral("nb_actions"), 3650},
            {QStringLiteral("max_actions"), 41}, {QStringLiteral("bounce_rate"), 45},
            {QStringLiteral("nb_actions_per_visit"), 3},
            {QStringLiteral("average_visit_seconds"), 161}, {QStringLiteral("page_views"), 2900},
            {QStringLiteral("unique_pageviews"), 2100},
            {QStringLiteral("sum_visit_length"), 193840}};
        QCOMPARE(figures(*workspace, QStringLiteral("2026-01")), expected);
        QVERIFY(summary.decisions.join(u'\n').contains(QStringLiteral("is_aggregate")));
    }

    // A UTF-16 file one byte short: every complete row imports, the cut one is rejected.
    void oddByteCountImportsEveryCompleteRow()
    {
        TestWorkspace workspace;
        QByteArray bytes = utf16(QStringLiteral(
            "date\tnb_uniq_visitors\tnb_visits\tnb_pageviews\n"
            "2026-01\t800\t1200\t3000\n"
            "2026-02\t810\t1250\t3100\n"
            "2026-03\t820\t1300\t3200"));
        bytes.chop(1);
        const QString path = writeFixture(workspace.folder(), QStringLiteral("visits.tsv"), bytes);
        const ImportPreview preview = ImportRunner::prepare(*workspace, path);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.rowsRead, 3);
        QCOMPARE(preview.rejectedCount, 1);
        QCOMPARE(preview.rejected.first().line, 4);
        QVERIFY2(preview.rejected.first().reason.contains(QStringLiteral("cut off")),
            qPrintable(preview.rejected.first().reason));
        ImportPreview summary;
        const auto result = ImportRunner::importFile(
            *workspace, path, {}, BatchWriter::Overlap::Ask, false, summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        QCOMPARE(result.written, 6);
        QCOMPARE(figures(*workspace, QStringLiteral("2026-02")).value(QStringLiteral("page_views")),
            3100.0);
        QVERIFY(figures(*workspace, QStringLiteral("2026-03")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(MatomoImportTest)
#include "MatomoImportTest.moc"
