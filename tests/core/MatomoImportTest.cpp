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
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

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

    // A scheduled report as Matomo mails it: several reports, each a title, a header, rows.
    void scheduledReportGivesItsSummaryAndSites_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::newRow("CSV") << QStringLiteral(",");
        QTest::newRow("TSV") << QStringLiteral("\t");
    }

    void scheduledReportGivesItsSummaryAndSites()
    {
        QFETCH(QString, separator);
        QString text = QStringLiteral(
            "All Websites dashboard\n"
            "label,nb_visits,nb_actions,nb_pageviews,revenue,visits_evolution,actions_evolution,"
            "pageviews_evolution,revenue_evolution\n"
            "Site 1,11,43,43,$0,100%,100%,100%,0%\n"
            "Site 2,1,3,3,$0,100%,100%,100%,0%\n"
            "\n"
            "Visits Summary\n"
            "nb_uniq_visitors,nb_visits,nb_actions,max_actions,nb_actions_per_visit,"
            "avg_time_on_site,bounce_rate\n"
            "2,11,43,5,3.9,00:10:55,27%\n"
            "\n"
            "Actions - Main metrics\n"
            "nb_pageviews,nb_uniq_pageviews,nb_downloads,nb_uniq_downloads,nb_outlinks,"
            "nb_uniq_outlinks,nb_searches,nb_keywords\n"
            "43,30,2,2,1,1,4,3\n"
            "\n"
            "Country\n"
            "label,nb_visits,nb_actions\n"
            "Netherlands,10,40\n"
            "Belgium,1,3\n");
        text.replace(u',', separator);
        TestWorkspace workspace;
        const QString path = writeFixture(workspace.folder(),
            QStringLiteral("Intranet rapport 2026-03.csv"), text.toUtf8());
        const ImportPreview preview = ImportRunner::prepare(*workspace, path);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.profileName, QStringLiteral("Matomo scheduled report"));
        ImportPreview summary;
        const auto result = ImportRunner::importFile(
            *workspace, path, {}, BatchWriter::Overlap::Ask, false, summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        QCOMPARE(summary.rejectedCount, 0);
        const QHash<QString, double> expected{{QStringLiteral("unique_visitors"), 2},
            {QStringLiteral("visits"), 11}, {QStringLiteral("nb_actions"), 43},
            {QStringLiteral("max_actions"), 5}, {QStringLiteral("nb_actions_per_visit"), 3.9},
            {QStringLiteral("average_visit_seconds"), 655}, {QStringLiteral("bounce_rate"), 27},
            {QStringLiteral("page_views"), 43}, {QStringLiteral("unique_pageviews"), 30},
            {QStringLiteral("nb_downloads"), 2}, {QStringLiteral("nb_uniq_downloads"), 2},
            {QStringLiteral("nb_outlinks"), 1}, {QStringLiteral("nb_uniq_outlinks"), 1},
            {QStringLiteral("nb_searches"), 4}, {QStringLiteral("nb_keywords"), 3}};
        QHash<QString, double> organisation;
        QHash<QString, double> sites;
        for (const auto& v :
            UsageQueries(workspace->database()).monthValues({}, QStringLiteral("2026-03"))) {
            if (v.dimension.isEmpty())
                organisation.insert(v.metric, v.value);
            else
                sites.insert(v.metric + u'|' + v.dimension, v.value);
        }
        QCOMPARE(organisation, expected);
        const QHash<QString, double> perSite{{QStringLiteral("visits|Site 1"), 11},
            {QStringLiteral("visits|Site 2"), 1}, {QStringLiteral("nb_actions|Site 1"), 43},
            {QStringLiteral("nb_actions|Site 2"), 3}, {QStringLiteral("page_views|Site 1"), 43},
            {QStringLiteral("page_views|Site 2"), 3}, {QStringLiteral("revenue|Site 1"), 0},
            {QStringLiteral("revenue|Site 2"), 0}};
        QCOMPARE(sites, perSite);
        const QString decisions = summary.decisions.join(u'\n');
        QVERIFY2(decisions.contains(QStringLiteral("the file name “Intranet rapport 2026-03.csv” "
                                                   "names the month 2026-03")),
            qPrintable(decisions));
        QVERIFY2(decisions.contains(QStringLiteral("reports left out, with their number of rows: "
                                                   "“Country” (2)")),
            qPrintable(decisions));

        // Without a month in the file name, the month is asked for.
        const QString unnamed = writeFixture(
            workspace.folder(), QStringLiteral("rapport.csv"), text.toUtf8());
        const ImportPreview asked = ImportRunner::prepare(*workspace, unnamed);
        QVERIFY(!asked.ok());
        QVERIFY(asked.choices.contains(QStringLiteral("period")));
    }

    // period=week: each date cell is the week's first and last day. A week crossing two
    // months counts for the month with most of its days, which is incomplete until its
    // other days are there.
    void weeksCrossingMonthsCountForTheMonthWithMostDays()
    {
        TestWorkspace workspace;
        const QString path = writeFixture(workspace.folder(), QStringLiteral("weeks.csv"),
            "date,nb_uniq_visitors,nb_visits,nb_actions\n"
            "\"2009-12-21,2009-12-27\",10,20,60\n"
            "\"2009-12-28,2010-01-03\",12,22,70\n"
            "\"2010-01-04,2010-01-10\",14,24,80\n");
        ImportPreview summary;
        const auto result = ImportRunner::importFile(
            *workspace, path, {}, BatchWriter::Overlap::Ask, false, summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        QCOMPARE(summary.rejectedCount, 0);
        const QHash<QString, double> december = figures(*workspace, QStringLiteral("2009-12"));
        QCOMPARE(december.value(QStringLiteral("visits")), 42.0);
        QCOMPARE(december.value(QStringLiteral("nb_actions")), 130.0);
        QCOMPARE(december.value(QStringLiteral("unique_visitors")), 12.0); // people: the most
        QCOMPARE(figures(*workspace, QStringLiteral("2010-01")).value(QStringLiteral("visits")),
            24.0);
        QVERIFY(summary.decisions.join(u'\n').contains(
            QStringLiteral("the 7-day window 2009-12-28 to 2010-01-03 counts for 2009-12")));
        QCOMPARE(summary.incompleteMonths(),
            (QStringList{QStringLiteral("December 2009 is incomplete (21–31 December)"),
                QStringLiteral("January 2010 is incomplete (4–10 January)")}));
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
