#include "domain/ImportBatch.h"
#include "domain/Metric.h"
#include "FileBytes.h"
#include "import/ImportRunner.h"
#include "import/Microsoft365SiteUsageProfile.h"
#include "storage/queries/UsageQueries.h"
#include "storage/TableShape.h"
#include "TestWorkspace.h"
#include "WorkspaceRows.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <map>
#include <random>
#include <tuple>

using namespace stuurboord;
using stuurboord::test::monthValue;

// Files as coordinators bring them, through the whole pipeline into the workspace.
class ImportPipelineTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static qint64 observationCount(Workspace& workspace)
    {
        QSqlQuery count(QStringLiteral("SELECT COUNT(*) FROM observation"), workspace.database());
        return count.next() ? count.value(0).toLongLong() : -1;
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        return writeFixture(m_dir.path(), name, bytes);
    }

    static QString metricName(Workspace& workspace, const QString& key)
    {
        const QList<Metric> found
            = workspace.repository<Metric>().where(QStringLiteral("key"), key);
        return found.isEmpty() ? QString() : found.first().name;
    }

private slots:
    void dutchExcelWideFormat()
    {
        TestWorkspace workspace;
        // As Dutch Excel saves it: semicolons, decimal commas, thousands points, Windows-1252,
        // a title line above the header, a totals row at the end.
        const QByteArray bytes
            = QByteArray("Intranetcijfers gemeente Dijkstede\r\n"
                         "Maand;Paginaweergaven;Aangemaakte pagina's;Reacties op caf\xe9\r\n"
                         "jan-26;12.345;118;40\r\n"
                         "feb-26;13.001;121;\r\n"
                         "mrt-26;14.200;97;55\r\n"
                         "Totaal;39.546;336;95\r\n");
        const QString path = write(QStringLiteral("Gebruik 2026.csv"), bytes);
        const ImportPreview preview = ImportRunner::prepare(*workspace, path);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.profileName, QStringLiteral("Own spreadsheet"));
        QCOMPARE(preview.months(),
            (QStringList{
                QStringLiteral("2026-01"), QStringLiteral("2026-02"), QStringLiteral("2026-03")}));
        QCOMPARE(preview.rejectedCount, 0);
        QCOMPARE(preview.leftOutCount, 1);
        QCOMPARE(preview.leftOut.first().line, 6);
        QVERIFY(preview.leftOut.first().reason.contains(QStringLiteral("Totaal")));
        const auto result
            = ImportRunner::commit(*workspace, preview, BatchWriter::Overlap::Ask, false);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        QCOMPARE(result.written, 8); // February's empty cell is no figure, not a zero
        QCOMPARE(
            monthValue(*workspace, QStringLiteral("page_views"), QStringLiteral("2026-01")), 12345.0);
        QCOMPARE(
            monthValue(*workspace, QStringLiteral("pages_created"), QStringLiteral("2026-03")), 97.0);
        QCOMPARE(
            monthValue(*workspace, QStringLiteral("reacties_op_cafe"), QStringLiteral("2026-02")), -1.0);
        // The new metric keeps the header as its name, é and all.
        const auto metrics = workspace->repository<Metric>().where(
            QStringLiteral("key"), QStringLiteral("reacties_op_cafe"));
        QCOMPARE(metrics.size(), 1);
        QCOMPARE(metrics.first().name, QStringLiteral("Reacties op café"));
    }

    void longFormatWithDimensionsAndBom()
    {
        TestWorkspace workspace;
        const QByteArray bytes = QByteArray("\xef\xbb\xbf"
                                            "date,metric,dimension,value\n"
                                            "2026-03-01,page_views,Publiekszaken,\"1,200\"\n"
                                            "2026-03-02,page_views,Publiekszaken,800\n"
                                            "2026-03-01,page_views,Ruimte,500\n"
                                            "2026-03-05,page_views,,2500\n"
                                            "2026-03-06,page_views,Ruimte,\n");
        const ImportPreview preview
            = ImportRunner::prepare(*workspace, write(QStringLiteral("long.csv"), bytes));
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.rejected.size(), 1);
        QCOMPARE(preview.rejected.first().line, 6);
        QVERIFY(
            ImportRunner::commit(*workspace, preview, BatchWriter::Overlap::Ask, false).outcome);
        // Daily rows add up to the month for a flow such as page views.
        QCOMPARE(monthValue(*workspace, QStringLiteral("page_views"), QStringLiteral("2026-03"),
                     QStringLiteral("Publiekszaken")),
            2000.0);
        QCOMPARE(monthValue(*workspace, QStringLiteral("page_views"), QStringLiteral("2026-03"),
                     QStringLiteral("Ruimte")),
            500.0);
        QCOMPARE(
            monthValue(*workspace, QStringLiteral("page_views"), QStringLiteral("2026-03")), 2500.0);
    }

    void nextMonthLandsOnTheSameMetrics()
    {
        TestWorkspace workspace;
        const ImportPreview first = ImportRunner::prepare(*workspace,
            write(
                QStringLiteral("okt.csv"), "Datum;Unieke ingelogde gebruikers\n31-10-2026;930\n"));
        QVERIFY(ImportRunner::commit(*workspace, first, BatchWriter::Overlap::Ask, false).outcome);
        Metric metric = workspace->repository<Metric>().all().first();
        QCOMPARE(metric.key, QStringLiteral("unique_logged_in_users"));
        metric.name = QStringLiteral("Ingelogd (uniek)"); // the coordinator renamed it
        QVERIFY(workspace->repository<Metric>().update(metric));
        const ImportPreview second = ImportRunner::prepare(*workspace,
            write(QStringLiteral("nov.csv"), "Datum;Ingelogd (uniek)\n30-11-2026;941\n"));
        QVERIFY(ImportRunner::commit(*workspace, second, BatchWriter::Overlap::Ask, false).outcome);
        QCOMPARE(workspace->repository<Metric>().count(), 1);
        QCOMPARE(
            monthValue(*workspace, QStringLiteral("unique_logged_in_users"), QStringLiteral("2026-11")),
            941.0);
    }

    void microsoft365SiteUsageIsReducedToTotals()
    {
        TestWorkspace workspace;
        const QString path = qEnvironmentVariable("STUURBOORD_TEST_DATA")
            + QStringLiteral("/import/m365_sharepoint_site_usage.csv");
        const ImportPreview preview = ImportRunner::prepare(*workspace, path);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QVERIFY(
            preview.profileReason.contains(QStringLiteral("Microsoft 365 SharePoint site usage")));
        QVERIFY(
            ImportRunner::commit(*workspace, preview, BatchWriter::Overlap::Ask, false).outcome);
        QCOMPARE(
            monthValue(*workspace, QStringLiteral("sharepoint_page_views"), QStringLiteral("2026-03")),
            15230.0 + 830.0);
        QCOMPARE(
            monthValue(*workspace, QStringLiteral("sharepoint_active_sites"), QStringLiteral("2026-03")),
            2.0);
        QCOMPARE(workspace->repository<Metric>()
                     .where(QStringLiteral("key"), QStringLiteral("sharepoint_sites"))
                     .first()
                     .aggregation,
            Aggregation::Last);
        // Owners' names and addresses never reach the workspace file (in a team workspace:
        // any row of any table, read as text).
        QByteArray stored;
        if (TestWorkspace::onPostgres()) {
            QSqlDatabase db = workspace->database();
            for (const QString& table : TableShape::tables(db)) {
                QSqlQuery rows(db);
                QVERIFY(rows.exec(QStringLiteral("SELECT t::text FROM %1 t").arg(table)));
                while (rows.next())
                    stored += rows.value(0).toString().toUtf8();
            }
            QVERIFY(stored.contains("sharepoint_sites"));
        } else {
            workspace.close();
            QFile file(workspace.path());
            QVERIFY(file.open(QIODevice::ReadOnly));
            stored = file.readAll();
        }
        QVERIFY(!stored.contains("Intranetbeheer"));
        QVERIFY(!stored.contains("beheer@contoso.nl"));
        QVERIFY(!stored.contains("po@contoso.nl"));
    }

    void matomoUtf16TsvLandsOnStandardMetrics()
    {
        TestWorkspace workspace;
        const QString path = qEnvironmentVariable("STUURBOORD_TEST_DATA")
            + QStringLiteral("/import/matomo_utf16le.tsv");
        const ImportPreview preview = ImportRunner::prepare(*workspace, path);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.profileName, QStringLiteral("Matomo"));
        QVERIFY(
            ImportRunner::commit(*workspace, preview, BatchWriter::Overlap::Ask, false).outcome);
        QCOMPARE(
            monthValue(*workspace, QStringLiteral("page_views"), QStringLiteral("2026-02")), 13002.0);
        QCOMPARE(monthValue(*workspace, QStringLiteral("unique_visitors"), QStringLiteral("2026-01")),
            1234.0);
        QCOMPARE(
            monthValue(*workspace, QStringLiteral("average_visit_seconds"), QStringLiteral("2026-01")),
            108.0); // 00:01:48
        QCOMPARE(monthValue(*workspace, QStringLiteral("bounce_rate"), QStringLiteral("2026-03")), 40.5);
        QCOMPARE(workspace->repository<Metric>()
                     .where(QStringLiteral("key"), QStringLiteral("bounce_rate"))
                     .first()
                     .aggregation,
            Aggregation::Average);
        // Named as people say it, not by Matomo's column names.
        QCOMPARE(
            metricName(*workspace, QStringLiteral("page_views")), QStringLiteral("Page views"));
        QCOMPARE(metricName(*workspace, QStringLiteral("average_visit_seconds")),
            QStringLiteral("Average visit duration (seconds)"));
    }

    void metricsAnImportCreatesAreNamedInTheUsersLanguage()
    {
        // The Dutch translations as the application embeds them, built next to it.
        QTranslator dutch;
        QVERIFY(dutch.load(QFileInfo(qEnvironmentVariable("STUURBOORD_EXECUTABLE")).absolutePath()
            + QStringLiteral("/../translations/stuurboord_nl.qm")));
        QCoreApplication::installTranslator(&dutch);
        TestWorkspace workspace;
        const QString path = write(QStringLiteral("sites.csv"),
            "\xef\xbb\xbfReport Refresh Date,Site Id,Site URL,Owner Display Name,Is Deleted,Last "
            "Activity Date,File Count,Active File Count,Page View Count,Visited Page Count,Storage "
            "Used (Byte),Storage Allocated (Byte),Root Web Template,Owner Principal Name,Report "
            "Period\n2026-03-31,1,https://x.sharepoint.com/sites/a,A,False,2026-03-31,10,2,150,"
            "12,1024,2048,Team Site,a@x.nl,30\n");
        const ImportPreview preview = ImportRunner::prepare(*workspace, path);
        const bool written = bool(
            ImportRunner::commit(*workspace, preview, BatchWriter::Overlap::Ask, false).outcome);
        QCoreApplication::removeTranslator(&dutch);
        QVERIFY2(written, qPrintable(preview.error));
        QCOMPARE(metricName(*workspace, QStringLiteral("sharepoint_page_views")),
            QStringLiteral("SharePoint-paginaweergaven"));
        QCOMPARE(metricName(*workspace, QStringLiteral("sharepoint_active_sites")),
            QStringLiteral("Actieve SharePoint-sites"));
    }

    void dateOrderIsDecidedByTheWholeColumn()
    {
        // 250 rows fit both orders; only line 252 shows the month comes first. The whole
        // column is then read month-first, also the rows before it.
        QByteArray bytes("date,metric,value\n");
        for (int i = 0; i < 250; ++i)
            bytes += QByteArray("02/01/2026,page_views,1\n");
        bytes += "01/13/2026,page_views,5\n";
        TestWorkspace workspace;
        const QString path = write(QStringLiteral("us.csv"), bytes);
        const ImportPreview preview = ImportRunner::prepare(*workspace, path);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(
            preview.months(), (QStringList{QStringLiteral("2026-01"), QStringLiteral("2026-02")}));
        QCOMPARE(preview.figureCount, 251);
        QCOMPARE(preview.rowsRead, 251);
        QVERIFY(preview.decisions.join(u' ').contains(QStringLiteral("line 252")));
        ImportPreview summary;
        QVERIFY(ImportRunner::importFile(
            *workspace, path, {}, BatchWriter::Overlap::Ask, false, summary)
                    .outcome);
        const auto february
            = UsageQueries(workspace->database())
                  .monthValues(QStringLiteral("page_views"), QStringLiteral("2026-02"));
        QCOMPARE(february.size(), 1);
        QCOMPARE(february.first().value, 250.0);
        QCOMPARE(summary.figureCount, 251);
    }

    void theUserIsOfferedWhatTheFileLeavesOpen()
    {
        TestWorkspace workspace;
        const ImportPreview tables = ImportRunner::prepare(*workspace,
            write(QStringLiteral("snapshot.csv"),
                "# Start date: 20260301\n# End date: 20260331\nPage path,Views\n/,100\n\n"
                "# Start date: 20260301\n# End date: 20260331\nCountry,Users\nNetherlands,70\n"));
        QVERIFY2(tables.ok(), qPrintable(tables.error));
        QCOMPARE(tables.choices.value(QStringLiteral("table")).size(), 2);
        const ImportPreview period = ImportRunner::prepare(*workspace,
            write(QStringLiteral("bezoeken.csv"),
                "nb_uniq_visitors,nb_visits,nb_actions\n812,1204,3650\n"));
        QVERIFY(!period.ok());
        QVERIFY(period.choices.contains(QStringLiteral("period")));
    }

    // A large export sorted by department rather than by date: every row changes month,
    // metric and department, more departments than the reader's address cache holds. Every
    // figure lands on its metric, month and department, and within one of those the rows
    // keep the file's order (a stock takes the last).
    void aShuffledExportLandsFigureForFigure()
    {
        TestWorkspace workspace;
        struct Line
        {
            QDate day;
            int metric;
            int department;
        };
        std::vector<Line> lines;
        for (int i = 0; i < 40000; ++i)
            lines.push_back({QDate(2025, 1, 1).addDays(i % 540), i % 12, (i * 7) % 1500});
        std::shuffle(lines.begin(), lines.end(), std::mt19937(20261205));
        QByteArray bytes = "date,metric,dimension,value\n";
        // (metric key, month, department) -> the values in file order (each its line number)
        std::map<std::tuple<QString, QString, QString>, QList<double>> expected;
        int lineNumber = 1;
        for (const Line& line : lines) {
            ++lineNumber;
            const QString metric = QStringLiteral("metric_%1").arg(line.metric, 2, 10, QLatin1Char('0'));
            const QString department = QStringLiteral("Afdeling %1").arg(line.department, 4, 10, QLatin1Char('0'));
            bytes += line.day.toString(Qt::ISODate).toUtf8() + ',' + metric.toUtf8() + ','
                + department.toUtf8() + ',' + QByteArray::number(lineNumber) + '\n';
            expected[{metric, line.day.toString(QStringLiteral("yyyy-MM")), department}] << lineNumber;
        }
        ImportPreview summary;
        const BatchWriter::Result result = ImportRunner::importFile(*workspace,
            write(QStringLiteral("per-afdeling.csv"), bytes), {}, BatchWriter::Overlap::Ask, false,
            summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        QCOMPARE(result.written, qint64(40000));
        QCOMPARE(result.firstMonth, QStringLiteral("2025-01"));
        QCOMPARE(result.lastMonth, QStringLiteral("2026-06"));
        QSqlQuery query(workspace->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT m.key, o.period, o.dimension, o.value, o.window_start FROM observation o "
            "JOIN metric m ON m.id = o.metric_id ORDER BY m.key, o.period, o.dimension, o.id")));
        std::map<std::tuple<QString, QString, QString>, QList<double>> stored;
        int rows = 0;
        while (query.next()) {
            ++rows;
            const QString month = query.value(1).toString();
            QCOMPARE(query.value(4).toString().left(7), month);
            stored[{query.value(0).toString(), month, query.value(2).toString()}]
                << query.value(3).toDouble();
        }
        QCOMPARE(rows, 40000);
        QCOMPARE(stored.size(), expected.size());
        QVERIFY(stored == expected);
    }

    // The command line learns the file's SHA-256 beside the import, so a file imported before
    // is recognised only once blocks of it may already be written: they are taken back.
    void aFileImportedBeforeIsRefusedWithNothingWritten()
    {
        TestWorkspace workspace;
        QByteArray bytes = "date,metric,dimension,value\n";
        for (int i = 0; i < 40000; ++i) {
            bytes += QDate(2025, 1, 1).addDays(i / 100).toString(Qt::ISODate).toUtf8()
                + ",page_views,Afdeling " + QByteArray::number(i % 100) + ',' + QByteArray::number(i)
                + '\n';
        }
        const QString path = write(QStringLiteral("op-datum.csv"), bytes);
        ImportPreview summary;
        QVERIFY(ImportRunner::importFile(*workspace, path, {}, BatchWriter::Overlap::Ask, false, summary)
                    .outcome);
        QCOMPARE(summary.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const BatchWriter::Result again
            = ImportRunner::importFile(*workspace, path, {}, BatchWriter::Overlap::Ask, false, summary);
        QVERIFY(!again.outcome);
        QVERIFY(again.alreadyImported);
        QVERIFY2(again.outcome.message().contains(QStringLiteral("already imported")),
            qPrintable(again.outcome.message()));
        QCOMPARE(again.written, qint64(0));
        QCOMPARE(observationCount(*workspace), qint64(40000));
        QCOMPARE(workspace->repository<ImportBatch>().count(), 1);
        const QList<ImportBatch> batches = workspace->repository<ImportBatch>().all();
        QCOMPARE(batches.first().sha256.toLatin1(), summary.sha256);
        // Forced, the same bytes come in a second time.
        QVERIFY(ImportRunner::importFile(*workspace, path, {}, BatchWriter::Overlap::Skip, true, summary)
                    .outcome);
        QCOMPARE(workspace->repository<ImportBatch>().count(), 2);
    }

    void stoppingLeavesTheWorkspaceAsItWas()
    {
        QByteArray bytes("date,metric,dimension,value\n");
        for (int i = 0; i < 50000; ++i)
            bytes += QByteArray("2026-03-") + QByteArray::number(1 + i % 28).rightJustified(2, '0')
                + ",visits,team" + QByteArray::number(i % 40) + "," + QByteArray::number(i) + "\n";
        TestWorkspace workspace;
        const QString path = write(QStringLiteral("groot.csv"), bytes);
        ImportProgress progress;
        qint64 lastRows = 0;
        int reports = 0;
        progress.report = [&](qint64 rows, double fraction) {
            QVERIFY(rows >= lastRows);
            QVERIFY(fraction >= 0 && fraction <= 1);
            lastRows = rows;
            if (++reports == 2)
                progress.cancelled = true;
        };
        ImportPreview summary;
        const auto result = ImportRunner::importFile(
            *workspace, path, {}, BatchWriter::Overlap::Ask, false, summary, &progress);
        QVERIFY(!result.outcome);
        QVERIFY(result.outcome.message().contains(QStringLiteral("stopped")));
        QVERIFY(reports >= 2);
        QCOMPARE(workspace->repository<ImportBatch>().count(), 0);
        QCOMPARE(observationCount(*workspace), 0);
        // Without stopping, the same file imports completely.
        ImportProgress onlyWatching;
        onlyWatching.report = [&](qint64 rows, double) { lastRows = rows; };
        QVERIFY(ImportRunner::importFile(
            *workspace, path, {}, BatchWriter::Overlap::Ask, false, summary, &onlyWatching)
                    .outcome);
        QCOMPARE(lastRows, 50000);
        QCOMPARE(observationCount(*workspace), 50000);
    }

    void rollingWindowCountsForTheMonthWithMostDays()
    {
        QString reason;
        QCOMPARE(Microsoft365SiteUsageProfile::monthForWindow(
                     QDate(2026, 3, 5), QDate(2026, 4, 3), &reason),
            QStringLiteral("2026-03"));
        QVERIFY(reason.contains(QStringLiteral("30-day window")));
        QCOMPARE(Microsoft365SiteUsageProfile::monthForWindow(QDate(2026, 4, 1), QDate(2026, 4, 7)),
            QStringLiteral("2026-04"));
        // 3 days in June, 4 in July: July.
        QCOMPARE(
            Microsoft365SiteUsageProfile::monthForWindow(QDate(2026, 6, 28), QDate(2026, 7, 4)),
            QStringLiteral("2026-07"));
    }

    void brokenFilesSayWhyAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::addRow("no date column")
            << QByteArray("naam;aantal\nAnna;3\n") << QStringLiteral("does not recognise");
        QTest::addRow("unterminated quote")
            << QByteArray("Datum;Paginaweergaven\n1-1-2026;\"12\n2-1-2026;13\n")
            << QStringLiteral("quote");
        QTest::addRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20)
                                << QString();
    }

    void brokenFilesSayWhyAndChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        TestWorkspace workspace;
        const ImportPreview preview
            = ImportRunner::prepare(*workspace, write(QStringLiteral("broken.csv"), bytes));
        QVERIFY(!preview.ok());
        QVERIFY(!preview.error.isEmpty());
        if (!expected.isEmpty())
            QVERIFY2(
                preview.error.contains(expected, Qt::CaseInsensitive), qPrintable(preview.error));
        QCOMPARE(workspace->repository<ImportBatch>().count(), 0);
    }
};

QTEST_GUILESS_MAIN(ImportPipelineTest)
#include "ImportPipelineTest.moc"
