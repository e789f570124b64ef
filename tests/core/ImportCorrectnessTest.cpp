#include "domain/Annotation.h"
#include "domain/ImportProfile.h"
#include "domain/Metric.h"
#include "FileBytes.h"
#include "import/ImportHistory.h"
#include "import/ImportRunner.h"
#include "import/RemovedImport.h"
#include "import/SavedProfiles.h"
#include "import/StandardMetricNames.h"
#include "storage/queries/CoveredDays.h"
#include "storage/queries/MonthCoverage.h"
#include "storage/queries/UsageQueries.h"
#include "TestWorkspace.h"
#include "WorkspaceRows.h"

#include <QTest>

using namespace stuurboord;
using stuurboord::test::monthValue;

// Exports in the shapes the platforms really write, imported end to end, with the figures
// a careful person computes by hand from the same file.
class ImportCorrectnessTest final : public QObject
{
    Q_OBJECT

private:
    static QStringList dimensions(Workspace& workspace, const QString& metric)
    {
        QStringList found;
        for (const auto& v : UsageQueries(workspace.database()).monthValues(metric))
            found << v.dimension;
        return found;
    }

    static Metric metric(Workspace& workspace, const QString& key)
    {
        const QList<Metric> found = workspace.repository<Metric>().where(QStringLiteral("key"), key);
        return found.isEmpty() ? Metric() : found.first();
    }

    static BatchWriter::Result import(Workspace& workspace, const QString& path,
        ImportPreview& summary, BatchWriter::Overlap overlap = BatchWriter::Overlap::Ask)
    {
        return ImportRunner::importFile(workspace, path, {}, overlap, false, summary);
    }

    // A GA4 export of "Nth day" rows from `first` to `last`: views 100 + the day's number,
    // users 10 + the day's number.
    static QByteArray ga4Days(const QDate& first, const QDate& last)
    {
        QByteArray text = "# ----------------------------------------\n"
                          "# Reports snapshot\n"
                          "# Account: Gemeente Voorbeeld\n"
                          "# ----------------------------------------\n"
                          "# Start date: "
            + first.toString(QStringLiteral("yyyyMMdd")).toLatin1()
            + "\n# End date: " + last.toString(QStringLiteral("yyyyMMdd")).toLatin1()
            + "\nNth day,Views,Active users\n";
        for (int n = 0; n <= first.daysTo(last); ++n) {
            const int day = first.addDays(n).day();
            text += QByteArray::number(n).rightJustified(4, '0') + ',' + QByteArray::number(100 + day)
                + ',' + QByteArray::number(10 + day) + '\n';
        }
        return text;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // Item 1: a Universal Analytics "Pages" export holds the page table with its totals,
    // a blank line, then a second table "Day Index,Pageviews" with its own totals.
    void universalAnalyticsSecondTableIsNotMergedIntoTheFirst()
    {
        TestWorkspace workspace;
        const QString path = writeFixture(workspace.folder(), QStringLiteral("Analytics Pages.csv"),
            "# ----------------------------------------\n"
            "# Intranet\n"
            "# Pages\n"
            "# 20221101-20221130\n"
            "# ----------------------------------------\n"
            "\n"
            "Page,Pageviews,Unique Pageviews,Avg. Time on Page\n"
            "/,\"1,200\",900,00:01:00\n"
            "/nieuws,800,650,00:00:30\n"
            ",\"2,000\",\"1,550\",00:00:48\n"
            "\n"
            "Day Index,Pageviews\n"
            "11/1/22,700\n"
            "11/2/22,600\n"
            "11/30/22,700\n"
            ",\"2,000\"\n");
        ImportPreview summary;
        const auto result = import(*workspace, path, summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        QCOMPARE(summary.rejectedCount, 0);
        const QString month = QStringLiteral("2022-11");
        // The month's organisation-wide page views are the export's own total, once.
        QCOMPARE(monthValue(*workspace, QStringLiteral("page_views"), month), 2000.0);
        QCOMPARE(monthValue(*workspace, QStringLiteral("unique_pageviews"), month), 1550.0);
        QCOMPARE(monthValue(*workspace, QStringLiteral("avg_time_on_page"), month), 48.0);
        QCOMPARE(monthValue(*workspace, QStringLiteral("page_views"), month, QStringLiteral("/")), 1200.0);
        QCOMPARE(monthValue(*workspace, QStringLiteral("page_views"), month, QStringLiteral("/nieuws")),
            800.0);
        // No day became a page.
        QCOMPARE(dimensions(*workspace, QStringLiteral("page_views")),
            (QStringList{QString(), QStringLiteral("/"), QStringLiteral("/nieuws")}));
        const QString decisions = summary.decisions.join(u'\n');
        QVERIFY2(decisions.contains(QStringLiteral("2 table(s) in this file: 1 “Page”, 2 “Day "
                                                   "Index”; importing table 1 “Page”")),
            qPrintable(decisions));
        QVERIFY2(decisions.contains(QStringLiteral("totals row (line 10)")), qPrintable(decisions));

        // The second table chosen is read as what it is: daily page views for the month.
        TestWorkspace other;
        const auto days = ImportRunner::importFile(*other, path,
            {{QStringLiteral("table"), QStringLiteral("2")}}, BatchWriter::Overlap::Ask, false,
            summary);
        QVERIFY2(days.outcome, qPrintable(days.outcome.message()));
        QCOMPARE(summary.rejectedCount, 0);
        QCOMPARE(monthValue(*other, QStringLiteral("page_views"), month), 2000.0);
        QCOMPARE(dimensions(*other, QStringLiteral("page_views")), QStringList{QString()});
    }

    // Item 4: a daily "active users" column counts the same person on many days.
    void distinctUsersCombineByTheirMaximum()
    {
        TestWorkspace workspace;
        const QString path = writeFixture(workspace.folder(), QStringLiteral("dagcijfers.csv"),
            "Datum;Actieve gebruikers;Paginaweergaven\r\n"
            "1-3-2026;120;1.000\r\n"
            "2-3-2026;131;1.100\r\n"
            "3-3-2026;99;900\r\n");
        ImportPreview summary;
        const auto result = import(*workspace, path, summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        const QString month = QStringLiteral("2026-03");
        QCOMPARE(monthValue(*workspace, QStringLiteral("active_users"), month), 131.0);
        QCOMPARE(monthValue(*workspace, QStringLiteral("page_views"), month), 3000.0);
        const Metric users = metric(*workspace, QStringLiteral("active_users"));
        QCOMPARE(users.aggregation, Aggregation::Max);
        QVERIFY2(users.description.contains(QStringLiteral("maximum")), qPrintable(users.description));
        QCOMPARE(metric(*workspace, QStringLiteral("page_views")).aggregation, Aggregation::Sum);
        const QString decisions = summary.decisions.join(u'\n');
        QVERIFY2(decisions.contains(QStringLiteral("Active users: counts distinct people")),
            qPrintable(decisions));

        // GA4 per day the same, and its own monthly figure wins where the export has one.
        TestWorkspace ga4;
        const QString days = writeFixture(ga4.folder(), QStringLiteral("ga4.csv"),
            ga4Days(QDate(2025, 11, 1), QDate(2025, 11, 30)));
        QVERIFY(import(*ga4, days, summary).outcome);
        QCOMPARE(monthValue(*ga4, QStringLiteral("active_users"), QStringLiteral("2025-11")), 40.0);
        QCOMPARE(monthValue(*ga4, QStringLiteral("views"), QStringLiteral("2025-11")),
            30 * 100 + 30 * 31 / 2.0);
    }

    // Item 5: the names coordinators give their KPI columns, with the unit in brackets.
    void coordinatorsNamesMapToTheStandardMetrics_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("Dutch")
            << QByteArray("Maand;Ingevulde profielen (%);Pagina's aangemaakt;Gestelde vragen;"
                          "Gem. sessieduur (min);Unieke ingelogde gebruikers;Actieve gebruikers;"
                          "Paginaweergaven\r\n"
                          "2026-03;56,7;12;7;2,5;830;610;12.345\r\n");
        QTest::newRow("Dutch, other word order")
            << QByteArray("Maand;Ingevulde profielen (%);Aangemaakte pagina’s;Vragen gesteld;"
                          "Gem. sessieduur (min);Unieke ingelogde gebruikers;Actieve gebruikers;"
                          "Paginaweergaven\r\n"
                          "2026-03;56,7%;12;7;2,5;830;610;12.345\r\n");
        QTest::newRow("English")
            << QByteArray("Month,Completed profiles (%),Pages created,Questions asked,"
                          "Avg. session duration (min),Unique logged-in users,Active users,"
                          "Page views\r\n"
                          "2026-03,56.7,12,7,2.5,830,610,\"12,345\"\r\n");
    }

    void coordinatorsNamesMapToTheStandardMetrics()
    {
        QFETCH(QByteArray, bytes);
        TestWorkspace workspace;
        const QString path = writeFixture(workspace.folder(), QStringLiteral("kpi.csv"), bytes);
        ImportPreview summary;
        const auto result = import(*workspace, path, summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        QCOMPARE(summary.rejectedCount, 0);
        const QString month = QStringLiteral("2026-03");
        QCOMPARE(monthValue(*workspace, QStringLiteral("profiles_completed"), month), 56.7);
        QCOMPARE(monthValue(*workspace, QStringLiteral("pages_created"), month), 12.0);
        QCOMPARE(monthValue(*workspace, QStringLiteral("questions_asked"), month), 7.0);
        // 2.5 minutes, stored as the metric's unit says: seconds.
        QCOMPARE(monthValue(*workspace, QStringLiteral("average_visit_seconds"), month), 150.0);
        QCOMPARE(monthValue(*workspace, QStringLiteral("unique_logged_in_users"), month), 830.0);
        QCOMPARE(monthValue(*workspace, QStringLiteral("active_users"), month), 610.0);
        QCOMPARE(monthValue(*workspace, QStringLiteral("page_views"), month), 12345.0);
        QCOMPARE(workspace->repository<Metric>().count(), 7);
        QCOMPARE(metric(*workspace, QStringLiteral("profiles_completed")).unit,
            MetricUnit::Percentage);
        QCOMPARE(metric(*workspace, QStringLiteral("average_visit_seconds")).unit,
            MetricUnit::Seconds);
        QCOMPARE(metric(*workspace, QStringLiteral("average_visit_seconds")).aggregation,
            Aggregation::Average);
        QCOMPARE(metric(*workspace, QStringLiteral("pages_created")).unit, MetricUnit::Count);
        QCOMPARE(metric(*workspace, QStringLiteral("page_views")).name, QStringLiteral("Page views"));
    }

    // Item 5: every metric a built-in profile creates has a readable name.
    void everyBuiltInMetricHasAReadableName()
    {
        TestWorkspace workspace;
        const QList<std::pair<QString, QByteArray>> files{
            {QStringLiteral("matomo.csv"),
                "date,nb_uniq_visitors,nb_users,nb_visits,nb_actions,nb_visits_converted,"
                "bounce_count,sum_visit_length,max_actions,bounce_rate,nb_actions_per_visit,"
                "avg_time_on_site,nb_pageviews,nb_uniq_pageviews,nb_downloads,nb_uniq_downloads,"
                "nb_outlinks,nb_uniq_outlinks,nb_searches,nb_keywords,nb_conversions,revenue\n"
                "2026-01,10,8,20,60,1,5,4000,9,25%,3,200,50,40,3,2,4,3,6,5,1,0\n"},
            {QStringLiteral("ga4.csv"),
                "# Start date: 20260201\n# End date: 20260228\n"
                "Page path and screen class,Views,Active users,New users,Views per active user,"
                "Average engagement time per active user,Event count,Key events,Total revenue,"
                "Sessions,Engaged sessions,Engagement rate,Bounce rate,Sessions per user,"
                "Average session duration,Users\n"
                "/,10,5,1,2,00:00:10,30,0,0,6,4,66%,33%,1.2,00:01:00,5\n"},
            {QStringLiteral("ua.csv"),
                "# 20220101-20220131\n"
                "Page,Pageviews,Unique Pageviews,Avg. Time on Page,Entrances,Bounce Rate,% Exit,"
                "Page Value,Sessions,Users,New Users,Pages / Session,Avg. Session Duration,"
                "% New Sessions,Goal Conversion Rate,Goal Completions,Goal Value\n"
                "/,10,8,00:00:10,4,25%,20%,$0.00,5,4,1,2,00:01:00,20%,0%,0,$0.00\n"}};
        for (const auto& [name, bytes] : files) {
            ImportPreview summary;
            const auto result
                = import(*workspace, writeFixture(workspace.folder(), name, bytes), summary);
            QVERIFY2(result.outcome, qPrintable(name + u' ' + result.outcome.message()));
        }
        for (const Metric& each : workspace->repository<Metric>().all()) {
            QVERIFY2(!StandardMetricNames::name(each.key).isEmpty(), qPrintable(each.key));
            QCOMPARE(each.name, StandardMetricNames::name(each.key));
        }
    }

    // A GA4 file exported on the 10th covers ten days; the full month later replaces it
    // without asking, and the month is complete.
    void partialMonthIsMarkedAndCompletedByALaterImport()
    {
        TestWorkspace workspace;
        const QString partial = writeFixture(workspace.folder(), QStringLiteral("ga4-tot-10.csv"),
            ga4Days(QDate(2025, 11, 1), QDate(2025, 11, 10)));
        const ImportPreview preview = ImportRunner::prepare(*workspace, partial);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.incompleteMonths(),
            QStringList{QStringLiteral("November 2025 is incomplete (1–10 November)")});
        ImportPreview summary;
        auto result = import(*workspace, partial, summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        const QString month = QStringLiteral("2025-11");
        const MonthCoverage coverage(workspace->database());
        QVERIFY(!coverage.isComplete(QStringLiteral("views"), month));
        QCOMPARE(coverage.coveredDays(QStringLiteral("views"), month), quint32(0x3FF));
        QCOMPARE(coverage.incompleteMonths().value({QStringLiteral("views"), month}),
            quint32(0x3FF));
        QCOMPARE(MonthCoverage::describe(month, 0x3FF),
            QStringLiteral("November 2025 is incomplete (1–10 November)"));
        // A month without figures is not partial; other months are untouched.
        QVERIFY(coverage.isComplete(QStringLiteral("views"), QStringLiteral("2025-10")));

        // The whole month, imported without --replace: the ten days are replaced, no question.
        const QString whole = writeFixture(workspace.folder(), QStringLiteral("ga4-november.csv"),
            ga4Days(QDate(2025, 11, 1), QDate(2025, 11, 30)));
        result = import(*workspace, whole, summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        QVERIFY(summary.incompleteMonths().isEmpty());
        QCOMPARE(result.replaced, 20);
        QCOMPARE(result.completed.size(), 2);
        QVERIFY(coverage.isComplete(QStringLiteral("views"), month));
        QVERIFY(coverage.incompleteMonths().isEmpty());
        QCOMPARE(monthValue(*workspace, QStringLiteral("views"), month), 30 * 100 + 30 * 31 / 2.0);

        // A complete month is not silently replaced by another complete one: that is asked.
        const QString again = writeFixture(workspace.folder(), QStringLiteral("ga4-again.csv"),
            ga4Days(QDate(2025, 11, 1), QDate(2025, 11, 30)) + "\n");
        result = import(*workspace, again, summary);
        QVERIFY(!result.outcome);
        QVERIFY(!result.overlaps.isEmpty());
    }

    // A column of words beside the figures becomes events on their months, made and taken
    // back with the import, instead of rejected rows.
    void notesColumnBecomesAnnotations()
    {
        TestWorkspace workspace;
        const QString path = writeFixture(workspace.folder(), QStringLiteral("kpi.csv"),
            "Maand;Paginaweergaven;Toelichting\r\n"
            "2026-01;1.000;Nieuwe homepage live\r\n"
            "2026-02;1.200;\r\n"
            "2026-03;900;\"Storing 12 maart; intranet twee dagen plat\"\r\n");
        const ImportPreview preview = ImportRunner::prepare(*workspace, path);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.rejectedCount, 0);
        QCOMPARE(preview.noteCount, 2);
        QCOMPARE(preview.metrics(), QStringList{QStringLiteral("page_views")});
        QVERIFY(preview.decisions.join(u'\n').contains(QStringLiteral("column “Toelichting” holds notes")));
        const ImportHistory::Imported imported
            = ImportHistory::commit(*workspace, preview, BatchWriter::Overlap::Ask, false);
        QVERIFY2(imported.result.outcome, qPrintable(imported.result.outcome.message()));
        QCOMPARE(imported.result.notes, 2);
        QCOMPARE(monthValue(*workspace, QStringLiteral("page_views"), QStringLiteral("2026-03")), 900.0);
        const auto annotations = [&] {
            QStringList found;
            for (const Annotation& a : workspace->repository<Annotation>().all())
                found << a.date.toString(Qt::ISODate) + u' ' + a.title;
            found.sort();
            return found;
        };
        const QStringList expected{QStringLiteral("2026-01-01 Nieuwe homepage live"),
            QStringLiteral("2026-03-01 Storing 12 maart; intranet twee dagen plat")};
        QCOMPARE(annotations(), expected);

        // Undo takes the events out with the figures; redo brings both back.
        RemovedImport removed;
        QVERIFY(ImportHistory::remove(
            *workspace, imported.result.batchId, removed, imported.newMetrics));
        QVERIFY(annotations().isEmpty());
        QVERIFY(ImportHistory::restore(*workspace, removed));
        QCOMPARE(annotations(), expected);

        // The wizard's mapping offers the same for any text column.
        TestWorkspace mapped;
        ColumnMapping mapping;
        mapping.name = QStringLiteral("Maandcijfers");
        mapping.periodColumn = QStringLiteral("Periode");
        mapping.notesColumn = QStringLiteral("Wat er gebeurde");
        mapping.metrics << ColumnMapping::MetricColumn{
            QStringLiteral("Hits"), QStringLiteral("page_views"), QString()};
        ImportProfile record = SavedProfiles::toRecord(*mapped, mapping);
        QVERIFY(mapped->repository<ImportProfile>().add(record));
        const QString other = writeFixture(mapped.folder(), QStringLiteral("eigen.csv"),
            "Periode;Hits;Wat er gebeurde\r\n2026-04;500;Workshop redacteuren\r\n");
        ImportPreview summary;
        const auto result = import(*mapped, other, summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        QCOMPARE(result.notes, 1);
        QVERIFY(summary.decisions.join(u'\n').contains(QStringLiteral("“Wat er gebeurde” holds notes")));
        const QList<Annotation> events = mapped->repository<Annotation>().all();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().date, QDate(2026, 4, 1));
        QCOMPARE(events.first().title, QStringLiteral("Workshop redacteuren"));
        QVERIFY(events.first().description.contains(QStringLiteral("eigen.csv")));
    }

    // Two halves of a month together make it complete; a file saved before the month ended
    // covers only the days up to then.
    void coverageAddsUpAndStopsAtTheExportDay()
    {
        QCOMPARE(CoveredDays::of(QStringLiteral("2026-02"), QDate(2026, 2, 1), QDate(2026, 2, 28)),
            CoveredDays::whole(QStringLiteral("2026-02")));
        QCOMPARE(CoveredDays::of(QStringLiteral("2026-12"), QDate(2026, 12, 1),
                     QDate(2026, 12, 31), QDate(2026, 12, 10)),
            quint32(0x3FF));
        // A rolling 30-day window counts for its month as a whole.
        QVERIFY(CoveredDays::isWhole(QStringLiteral("2026-03"),
            CoveredDays::of(QStringLiteral("2026-03"), QDate(2026, 3, 5), QDate(2026, 4, 3))));
        QCOMPARE(CoveredDays::listed(QStringLiteral("2026-12"), 0x3FF | (0x3F << 19)),
            QStringLiteral("1–10 and 20–25 December"));

        TestWorkspace workspace;
        ImportPreview summary;
        for (const auto& [first, last] : {std::pair(QDate(2025, 9, 1), QDate(2025, 9, 15)),
                 std::pair(QDate(2025, 9, 16), QDate(2025, 9, 30))}) {
            const QString path = writeFixture(workspace.folder(),
                first.toString(Qt::ISODate) + QStringLiteral(".csv"), ga4Days(first, last));
            QVERIFY(import(*workspace, path, summary).outcome);
        }
        QVERIFY(MonthCoverage(workspace->database()).isComplete(QStringLiteral("views"),
            QStringLiteral("2025-09")));
    }
};

QTEST_GUILESS_MAIN(ImportCorrectnessTest)
#include "ImportCorrectnessTest.moc"
