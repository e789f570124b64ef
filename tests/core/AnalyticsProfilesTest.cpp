#include "import/GoogleAnalytics4Profile.h"
#include "import/MatomoSinglePeriodProfile.h"
#include "import/UniversalAnalyticsProfile.h"
#include "ProfileHarness.h"

#include <QTest>

using namespace stuurboord;
using stuurboord::test::CollectingSink;
using stuurboord::test::runProfile;

namespace {
// The figure for `key` read from source line `line`, or null.
const ObservationDraft* figureAt(const CollectingSink& sink, int line, const QString& key)
{
    for (const ObservationDraft& draft : sink.figures) {
        if (draft.line == line && draft.metricKey == key)
            return &draft;
    }
    return nullptr;
}

QString ga4Block(const QString& title, const QString& start, const QString& end)
{
    return QStringLiteral("# ----------------------------------------\n"
                          "# %1\n"
                          "# Account: Gemeente Voorbeeld\n"
                          "# Property: Intranet\n"
                          "# ----------------------------------------\n"
                          "#\n"
                          "# All Users\n"
                          "# Start date: %2\n"
                          "# End date: %3\n")
        .arg(title, start, end);
}

const QString ga4Pages = ga4Block(QStringLiteral("Pages and screens: Page path and screen class"),
                             QStringLiteral("20260301"), QStringLiteral("20260331"))
    + QStringLiteral(
        "Page path and screen class,Views,Users,Views per user,Average engagement time\n"
        "/,\"3,215\",812,3.96,00:01:48\n"
        "/nieuws,1200,400,3,00:00:55\n"
        ",\"4,415\",\"1,212\",3.64,00:01:30\n");

// A snapshot as the GA4 interface saves it: three cards, each with its own block.
const QString ga4Snapshot = ga4Block(QStringLiteral("Reports snapshot"), QStringLiteral("20260301"),
                                QStringLiteral("20260331"))
    + QStringLiteral("Nth day,Active users\n0000,120\n0001,131\n0002,99\n\n")
    + ga4Block(
        QStringLiteral("Reports snapshot"), QStringLiteral("20260301"), QStringLiteral("20260331"))
    + QStringLiteral("# Views by page title\n"
                     "Page title and screen class,Views\nHome,900\nNieuws,400\n\n")
    + ga4Block(
        QStringLiteral("Reports snapshot"), QStringLiteral("20260301"), QStringLiteral("20260331"))
    + QStringLiteral("Country,Active users\nNetherlands,300\n");

const QString uaPreamble = QStringLiteral(
    "# ----------------------------------------\n"
    "# Intranet\n"
    "# Pages\n"
    "# 20220101-20220131\n"
    "# ----------------------------------------\n"
    "\n"
    "Page,Pageviews,Unique Pageviews,Avg. Time on Page,Entrances,Bounce Rate,% Exit,Page Value\n"
    "/,\"12,345\",\"9,876\",00:01:02,\"4,321\",45.67%,38.12%,$0.00\n"
    "/nieuws,\"1,002\",870,00:00:40,312,22.10%,12.00%,$0.00\n"
    ",\"13,347\",\"10,746\",00:01:00,\"4,633\",44.02%,35.50%,$0.00\n"
    "\n"
    "# ----------------------------------------\n");
const QString uaDays = QStringLiteral("1/1/22,345\n1/13/22,\"1,200\"\n1/31/22,410\n,\"1,955\"\n");
} // namespace

class AnalyticsProfilesTest final : public QObject
{
    Q_OBJECT

private slots:
    void ga4PagesTable()
    {
        GoogleAnalytics4Profile profile;
        const auto run = runProfile(profile, ga4Pages);
        QVERIFY(run.recognised);
        QVERIFY(run.reason.contains(QStringLiteral("start and end date")));
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        const CollectingSink& sink = run.sink;
        QCOMPARE(sink.value(
                     QStringLiteral("views"), QStringLiteral("2026-03"), QStringLiteral("/nieuws")),
            1200.0);
        // Quoted with a thousands separator: 3215, not 3.215.
        QCOMPARE(
            sink.value(QStringLiteral("views"), QStringLiteral("2026-03"), QStringLiteral("/")),
            3215.0);
        QCOMPARE(sink.rowsRead, 3);
        // The totals row gives the organisation's own figures: users once, not summed.
        QVERIFY(sink.rejected.isEmpty());
        QVERIFY(sink.leftOut.isEmpty());
        QCOMPARE(sink.value(QStringLiteral("views"), QStringLiteral("2026-03")), 4415.0);
        QCOMPARE(sink.value(QStringLiteral("users"), QStringLiteral("2026-03")), 1212.0);
        QVERIFY(sink.decisions.join(u'\n').contains(QStringLiteral("totals row (line 13)")));

        const ObservationDraft* perUser = figureAt(sink, 12, QStringLiteral("views_per_user"));
        QVERIFY(perUser);
        QCOMPARE(perUser->aggregation, QStringLiteral("average"));
        QCOMPARE(perUser->windowStart, QDate(2026, 3, 1));
        QCOMPARE(perUser->windowEnd, QDate(2026, 3, 31));
        const ObservationDraft* engagement
            = figureAt(sink, 11, QStringLiteral("average_engagement_time"));
        QVERIFY(engagement);
        QCOMPARE(engagement->value, 108.0);
        QCOMPARE(engagement->aggregation, QStringLiteral("average"));
        QCOMPARE(figureAt(sink, 11, QStringLiteral("users"))->aggregation, QStringLiteral("sum"));
        QVERIFY(sink.decisions.join(u'\n').contains(QStringLiteral("2026-03")));
    }

    void ga4NthDayCountsEachDayForItsMonth()
    {
        QString text = ga4Block(QStringLiteral("Reports snapshot"), QStringLiteral("20260315"),
            QStringLiteral("20260424"));
        text += QStringLiteral("Nth day,Active users\n");
        for (int day = 0; day <= 40; ++day)
            text += QStringLiteral("%1,%2\n").arg(day, 4, 10, QLatin1Char('0')).arg(100 + day);
        text += QStringLiteral("0045,7\n"); // after the end date
        GoogleAnalytics4Profile profile;
        const auto run = runProfile(profile, text);
        QVERIFY(run.recognised);
        const CollectingSink& sink = run.sink;
        QCOMPARE(sink.figures.size(), 41);
        QCOMPARE(sink.rowsRead, 42);
        const int headerLine = 10;
        const auto day = [&](int offset) {
            return figureAt(sink, headerLine + 1 + offset, QStringLiteral("active_users"));
        };
        QCOMPARE(day(0)->windowStart, QDate(2026, 3, 15));
        QCOMPARE(day(0)->windowEnd, QDate(2026, 3, 15));
        QCOMPARE(day(0)->month, QStringLiteral("2026-03"));
        QCOMPARE(day(0)->dimension, QString());
        QCOMPARE(day(16)->windowStart, QDate(2026, 3, 31));
        QCOMPARE(day(16)->month, QStringLiteral("2026-03"));
        QCOMPARE(day(17)->windowStart, QDate(2026, 4, 1));
        QCOMPARE(day(17)->month, QStringLiteral("2026-04"));
        QCOMPARE(day(40)->windowStart, QDate(2026, 4, 24));
        QCOMPARE(day(40)->value, 140.0);
        const auto inMarch = std::count_if(sink.figures.cbegin(), sink.figures.cend(),
            [](const ObservationDraft& d) { return d.month == QStringLiteral("2026-03"); });
        QCOMPARE(inMarch, 17);
        QCOMPARE(sink.rejected.size(), 1);
        QCOMPARE(sink.rejected.first().line, headerLine + 42);
        QVERIFY(sink.rejected.first().reason.contains(QStringLiteral("outside the report period")));
    }

    void ga4DayOfMonthColumn()
    {
        const QString text = ga4Block(QStringLiteral("Pages"), QStringLiteral("20260301"),
                                 QStringLiteral("20260331"))
            + QStringLiteral("Day,Views\n01,50\n31,70\n");
        GoogleAnalytics4Profile profile;
        const auto run = runProfile(profile, text);
        QCOMPARE(run.sink.figures.size(), 2);
        QCOMPARE(run.sink.figures.at(1).windowStart, QDate(2026, 3, 31));
        QCOMPARE(run.sink.figures.at(1).month, QStringLiteral("2026-03"));
    }

    void ga4SnapshotImportsTheFirstTableByDefault()
    {
        GoogleAnalytics4Profile profile;
        const auto run = runProfile(profile, ga4Snapshot);
        QVERIFY(run.recognised);
        const CollectingSink& sink = run.sink;
        QCOMPARE(sink.rowsRead, 3);
        QCOMPARE(sink.figures.size(), 3);
        QVERIFY(sink.rejected.isEmpty());
        for (const ObservationDraft& draft : sink.figures)
            QCOMPARE(draft.metricKey, QStringLiteral("active_users"));
        const QString decisions = sink.decisions.join(u'\n');
        QVERIFY2(decisions.contains(QStringLiteral("3 table")), qPrintable(decisions));
        QVERIFY(decisions.contains(QStringLiteral("2 “Views by page title”")));
        QVERIFY(decisions.contains(QStringLiteral("3 “Country”")));
        QVERIFY(decisions.contains(QStringLiteral("importing table 1 “Nth day”")));
        QVERIFY(decisions.contains(QStringLiteral("--table")));
    }

    void ga4SnapshotChosenTable()
    {
        GoogleAnalytics4Profile profile;
        const auto run = runProfile(profile, ga4Snapshot, QStringLiteral("snapshot.csv"),
            {{QStringLiteral("table"), QStringLiteral("2")}});
        const CollectingSink& sink = run.sink;
        QCOMPARE(sink.rowsRead, 2);
        QCOMPARE(sink.figures.size(), 2);
        QCOMPARE(sink.value(
                     QStringLiteral("views"), QStringLiteral("2026-03"), QStringLiteral("Nieuws")),
            400.0);
        QVERIFY(sink.decisions.join(u'\n').contains(QStringLiteral("importing table 2")));
    }

    void ga4SnapshotTableThatIsNotThere()
    {
        GoogleAnalytics4Profile profile;
        auto run = runProfile(profile, ga4Snapshot, QStringLiteral("snapshot.csv"),
            {{QStringLiteral("table"), QStringLiteral("7")}});
        QVERIFY(run.sink.figures.isEmpty());
        QCOMPARE(run.sink.rowsRead, 0);
        QVERIFY(run.sink.decisions.join(u'\n').contains(QStringLiteral("there is no table 7")));

        GoogleAnalytics4Profile again;
        run = runProfile(again, ga4Snapshot, QStringLiteral("snapshot.csv"),
            {{QStringLiteral("table"), QStringLiteral("second")}});
        QVERIFY(run.error.contains(QStringLiteral("not a table number")));
    }

    void universalAnalyticsPagesTable()
    {
        UniversalAnalyticsProfile profile;
        const auto run
            = runProfile(profile, uaPreamble + QStringLiteral("# Day Index,Pageviews\n") + uaDays);
        QVERIFY(run.recognised);
        QVERIFY(run.reason.contains(QStringLiteral("20220101-20220131")));
        const CollectingSink& sink = run.sink;
        const QString month = QStringLiteral("2022-01");
        QCOMPARE(sink.value(QStringLiteral("page_views"), month, QStringLiteral("/")), 12345.0);
        QCOMPARE(
            sink.value(QStringLiteral("unique_pageviews"), month, QStringLiteral("/")), 9876.0);
        QCOMPARE(sink.value(QStringLiteral("avg_time_on_page"), month, QStringLiteral("/")), 62.0);
        QCOMPARE(sink.value(QStringLiteral("bounce_rate"), month, QStringLiteral("/nieuws")), 22.1);
        QCOMPARE(sink.value(QStringLiteral("page_value"), month, QStringLiteral("/")), 0.0);
        QCOMPARE(figureAt(sink, 8, QStringLiteral("bounce_rate"))->aggregation,
            QStringLiteral("average"));
        QCOMPARE(figureAt(sink, 8, QStringLiteral("exit"))->aggregation, QStringLiteral("average"));
        QCOMPARE(
            figureAt(sink, 8, QStringLiteral("page_value"))->aggregation, QStringLiteral("sum"));
        QCOMPARE(figureAt(sink, 8, QStringLiteral("entrances"))->value, 4321.0);
        QCOMPARE(figureAt(sink, 8, QStringLiteral("page_views"))->windowEnd, QDate(2022, 1, 31));
        QCOMPARE(sink.rowsRead, 3);
        QVERIFY(sink.rejected.isEmpty());
        QVERIFY(sink.leftOut.isEmpty());
        QCOMPARE(sink.value(QStringLiteral("page_views"), month), 13347.0);
        QCOMPARE(sink.value(QStringLiteral("unique_pageviews"), month), 10746.0);
        const QString decisions = sink.decisions.join(u'\n');
        QVERIFY2(decisions.contains(QStringLiteral("in this file: 1 “Page”, 2 “Day Index”")),
            qPrintable(decisions));
    }

    void universalAnalyticsDayIndexTable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("firstDayLine");
        QTest::newRow("header as a # line")
            << uaPreamble + QStringLiteral("# Day Index,Pageviews\n") + uaDays << 14;
        QTest::newRow("header as a record")
            << uaPreamble + QStringLiteral("Day Index,Pageviews\n") + uaDays << 14;
    }

    void universalAnalyticsDayIndexTable()
    {
        QFETCH(QString, text);
        QFETCH(int, firstDayLine);
        UniversalAnalyticsProfile profile;
        const auto run = runProfile(profile, text, QStringLiteral("Analytics Intranet Pages.csv"),
            {{QStringLiteral("table"), QStringLiteral("2")}});
        const CollectingSink& sink = run.sink;
        QCOMPARE(sink.rowsRead, 4);
        QCOMPARE(sink.figures.size(), 3);
        // Month first: 1/13/22 is 13 January.
        const ObservationDraft* thirteenth
            = figureAt(sink, firstDayLine + 1, QStringLiteral("page_views"));
        QVERIFY(thirteenth);
        QCOMPARE(thirteenth->windowStart, QDate(2022, 1, 13));
        QCOMPARE(thirteenth->value, 1200.0);
        QCOMPARE(thirteenth->month, QStringLiteral("2022-01"));
        QCOMPARE(figureAt(sink, firstDayLine, QStringLiteral("page_views"))->windowStart,
            QDate(2022, 1, 1));
        QVERIFY(sink.rejected.isEmpty());
        QCOMPARE(sink.leftOut.size(), 1);
        QCOMPARE(sink.leftOut.first().line, firstDayLine + 3);
    }

    void googleFormatsAreNotMistaken()
    {
        UniversalAnalyticsProfile ua;
        GoogleAnalytics4Profile ga4;
        QVERIFY(!runProfile(ua, ga4Pages).recognised);
        QVERIFY(!runProfile(ga4, uaPreamble + uaDays).recognised);
        MatomoSinglePeriodProfile matomo;
        QVERIFY(!runProfile(matomo, ga4Pages).recognised);
    }

    void matomoMonthFromFileName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("month");
        QTest::newRow("yyyy-MM") << QStringLiteral("export_VisitsSummary_2026-03.tsv")
                                 << QStringLiteral("2026-03");
        QTest::newRow("month period")
            << QStringLiteral("/tmp/Intranet_VisitsSummary_month_2026-03-01.csv")
            << QStringLiteral("2026-03");
        QTest::newRow("Dutch month name")
            << QStringLiteral("Bezoekers maart 2026.tsv") << QStringLiteral("2026-03");
        QTest::newRow("yyyyMM") << QStringLiteral("visits_202602.tsv") << QStringLiteral("2026-02");
        QTest::newRow("range of months")
            << QStringLiteral("export_2026-01-01_2026-03-31.tsv") << QString();
        QTest::newRow("none") << QStringLiteral("export_VisitsSummary.tsv") << QString();
    }

    void matomoMonthFromFileName()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, month);
        QCOMPARE(MatomoSinglePeriodProfile::monthInFileName(fileName), month);
    }

    void matomoApiExportWithMonthInFileName()
    {
        // As the API writes it (TSV, no final newline); unique visitors are not archived
        // for months, so that cell is empty.
        const QString text = QStringLiteral(
            "nb_uniq_visitors\tnb_users\tnb_visits\tnb_actions\tnb_visits_converted\t"
            "bounce_count\tsum_visit_length\tmax_actions\tbounce_rate\tnb_actions_per_visit\t"
            "avg_time_on_site\n"
            "\t410\t1530\t4210\t0\t612\t190800\t87\t40%\t2.8\t125");
        MatomoSinglePeriodProfile profile;
        const auto run
            = runProfile(profile, text, QStringLiteral("export_VisitsSummary_2026-03.tsv"));
        QVERIFY(run.recognised);
        QVERIFY(run.reason.contains(QStringLiteral("one period")));
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        const CollectingSink& sink = run.sink;
        const QString march = QStringLiteral("2026-03");
        QCOMPARE(sink.rowsRead, 1);
        QVERIFY(sink.rejected.isEmpty());
        QCOMPARE(sink.value(QStringLiteral("visits"), march), 1530.0);
        QCOMPARE(sink.value(QStringLiteral("unique_logged_in_users"), march), 410.0);
        QVERIFY(qIsNaN(sink.value(QStringLiteral("unique_visitors"), march)));
        const ObservationDraft* bounce = figureAt(sink, 2, QStringLiteral("bounce_rate"));
        QCOMPARE(bounce->value, 40.0);
        QCOMPARE(bounce->aggregation, QStringLiteral("average"));
        QCOMPARE(bounce->windowStart, QDate(2026, 3, 1));
        QCOMPARE(bounce->windowEnd, QDate(2026, 3, 31));
        QCOMPARE(figureAt(sink, 2, QStringLiteral("average_visit_seconds"))->aggregation,
            QStringLiteral("average"));
        QCOMPARE(figureAt(sink, 2, QStringLiteral("nb_actions_per_visit"))->value, 2.8);
        QCOMPARE(figureAt(sink, 2, QStringLiteral("nb_actions_per_visit"))->aggregation,
            QStringLiteral("average"));
        QCOMPARE(
            figureAt(sink, 2, QStringLiteral("max_actions"))->aggregation, QStringLiteral("max"));
        QCOMPARE(figureAt(sink, 2, QStringLiteral("sum_visit_length"))->aggregation,
            QStringLiteral("sum"));
        QVERIFY(sink.decisions.join(u'\n').contains(QStringLiteral("names the month 2026-03")));
    }

    void matomoDutchExportWithPeriodOption()
    {
        const QString text = QStringLiteral(
            "Unieke bezoekers\tGebruikers\tBezoeken\tActies\tBouncepercentage\tGem. tijd op "
            "website\n"
            "980\t402\t1410\t3900\t38%\t00:02:10");
        MatomoSinglePeriodProfile profile;
        const auto run = runProfile(profile, text, QStringLiteral("Bezoekersoverzicht.tsv"),
            {{QStringLiteral("period"), QStringLiteral("2026-02")}});
        QVERIFY(run.recognised);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        const QString february = QStringLiteral("2026-02");
        QCOMPARE(run.sink.value(QStringLiteral("unique_visitors"), february), 980.0);
        QCOMPARE(run.sink.value(QStringLiteral("visits"), february), 1410.0);
        QCOMPARE(run.sink.value(QStringLiteral("average_visit_seconds"), february), 130.0);
        QCOMPARE(figureAt(run.sink, 2, QStringLiteral("bounce_rate"))->aggregation,
            QStringLiteral("average"));
        QCOMPARE(
            figureAt(run.sink, 2, QStringLiteral("bounce_rate"))->windowEnd, QDate(2026, 2, 28));
    }

    void matomoWithoutPeriodAsksForIt()
    {
        const QString text
            = QStringLiteral("Unique visitors\tUsers\tVisits\tActions\n980\t402\t1410\t3900\n");
        MatomoSinglePeriodProfile profile;
        const auto run = runProfile(profile, text, QStringLiteral("export.tsv"));
        QVERIFY(run.recognised);
        QCOMPARE(run.error,
            QStringLiteral("This Matomo export covers one period but does not say which. Give the "
                           "month (for example --period 2026-03)."));
        QVERIFY(run.sink.figures.isEmpty());

        MatomoSinglePeriodProfile again;
        const auto wrong = runProfile(again, text, QStringLiteral("export.tsv"),
            {{QStringLiteral("period"), QStringLiteral("spring")}});
        QVERIFY(wrong.error.contains(QStringLiteral("not a month")));
    }

    void matomoSeveralPeriodsAreNotForThisProfile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("API with date")
            << QStringLiteral("date,nb_uniq_visitors,nb_visits,nb_actions\n2026-01,900,1400,"
                              "3900\n2026-02,950,1500,4000\n");
        QTest::newRow("Dutch with Datum")
            << QStringLiteral("Datum\tUnieke bezoekers\tBezoeken\njan 2026\t900\t1400\n");
        QTest::newRow("label") << QStringLiteral(
            "label\tnb_visits\tnb_actions\n2026-01\t1400\t3900\n");
    }

    void matomoSeveralPeriodsAreNotForThisProfile()
    {
        QFETCH(QString, text);
        MatomoSinglePeriodProfile profile;
        QVERIFY(!runProfile(profile, text, QStringLiteral("export_2026-03.tsv")).recognised);
    }
};

QTEST_GUILESS_MAIN(AnalyticsProfilesTest)
#include "AnalyticsProfilesTest.moc"
