#include "domain/Metric.h"
#include "FileBytes.h"
#include "import/ImportRunner.h"
#include "import/SavedProfiles.h"
#include "storage/queries/UsageQueries.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace stuurboord;

// A file no built-in profile knows, mapped once with the wizard: next month's file of the
// same shape imports without mapping again.
class MappedProfileTest final : public QObject
{
    Q_OBJECT

private:
    static ColumnMapping departmentMapping()
    {
        ColumnMapping mapping;
        mapping.name = QStringLiteral("Maandrapport afdelingen");
        mapping.periodColumn = QStringLiteral("Rapportmaand");
        mapping.dimensionColumn = QStringLiteral("Afdeling");
        mapping.metrics = {{QStringLiteral("Bezoeken intranet"), QStringLiteral("visits"),
                               QStringLiteral("Bezoeken")},
            {QStringLiteral("Nieuwe berichten"), QStringLiteral("posts_created"),
                QStringLiteral("Nieuwe berichten")}};
        mapping.numbers = NumberConvention::Dutch;
        return mapping;
    }

    // As Dutch Excel saves it: a title above the header, semicolons, a totals row.
    static QByteArray monthFile(const QString& month, int visits)
    {
        return QStringLiteral("Rapport intranetgebruik\n\nRapportmaand;Afdeling;Bezoeken "
                              "intranet;Opmerking;Nieuwe berichten\n"
                              "%1;Zorg;%2;;12\n%1;Facilitair;1.250;rustig;3\nTotaal;;%3;;15\n")
            .arg(month)
            .arg(visits)
            .arg(visits + 1250)
            .toUtf8();
    }

    static double value(
        Workspace& workspace, const QString& metric, const QString& month, const QString& dimension)
    {
        for (const auto& v : UsageQueries(workspace.database()).monthValues(metric, month)) {
            if (v.dimension == dimension)
                return v.value;
        }
        return -1;
    }

private slots:
    void mappingSurvivesJson()
    {
        ColumnMapping mapping = departmentMapping();
        mapping.dateOrder = DateOrder::MonthFirst;
        const auto back = ColumnMapping::fromJson(mapping.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(*back, mapping);
        QString error;
        QVERIFY(!ColumnMapping::fromJson("{\"version\": 7}", &error));
        QVERIFY(!error.isEmpty());
        ColumnMapping empty;
        empty.name = QStringLiteral("x");
        QVERIFY(empty.problem().contains(QStringLiteral("at least one column")));
    }

    void savedMappingReadsThisMonthAndRecognisesTheNext()
    {
        TestWorkspace workspace;
        // Without the mapping the file is not recognised: it has no date column by name.
        const QString march = writeFixture(workspace.folder(),
            QStringLiteral("afdelingen-maart.csv"), monthFile(QStringLiteral("mrt-26"), 3400));
        QVERIFY(!ImportRunner::prepare(*workspace, march).ok());

        ImportProfile record = SavedProfiles::toRecord(*workspace, departmentMapping());
        QVERIFY(workspace->repository<ImportProfile>().add(record));
        const ImportPreview preview = ImportRunner::prepare(*workspace, march);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.profileName, QStringLiteral("Maandrapport afdelingen"));
        QVERIFY(preview.profileReason.contains(QStringLiteral("line 3")));
        QCOMPARE(preview.figureCount, 4);
        QCOMPARE(preview.rejectedCount, 0);
        QCOMPARE(preview.leftOutCount, 1); // the totals row
        QVERIFY(preview.leftOut.first().reason.contains(QStringLiteral("Totaal")));
        QVERIFY(
            ImportRunner::commit(*workspace, preview, BatchWriter::Overlap::Ask, false).outcome);
        QCOMPARE(value(*workspace, QStringLiteral("visits"), QStringLiteral("2026-03"),
                     QStringLiteral("Zorg")),
            3400.0);
        QCOMPARE(value(*workspace, QStringLiteral("visits"), QStringLiteral("2026-03"),
                     QStringLiteral("Facilitair")),
            1250.0);
        // The metric a mapping creates has the name the coordinator gave it.
        bool named = false;
        for (const Metric& metric : workspace->repository<Metric>().all())
            named = named || (metric.key == u"visits" && metric.name == u"Bezoeken");
        QVERIFY(named);

        // Next month: the same shape, columns in another order, no options.
        const QString april
            = writeFixture(workspace.folder(), QStringLiteral("afdelingen-april.csv"),
                QByteArray("Rapportmaand;Nieuwe berichten;Bezoeken "
                           "intranet;Afdeling\napr-26;20;3.600;Zorg\n"));
        ImportPreview summary;
        const auto result = ImportRunner::importFile(
            *workspace, april, {}, BatchWriter::Overlap::Ask, false, summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        QCOMPARE(summary.profileName, QStringLiteral("Maandrapport afdelingen"));
        QCOMPARE(value(*workspace, QStringLiteral("visits"), QStringLiteral("2026-04"),
                     QStringLiteral("Zorg")),
            3600.0);
        QCOMPARE(value(*workspace, QStringLiteral("posts_created"), QStringLiteral("2026-04"),
                     QStringLiteral("Zorg")),
            20.0);
    }

    void theProfilesDateOrderWinsOverTheColumn()
    {
        TestWorkspace workspace;
        ColumnMapping mapping;
        mapping.name = QStringLiteral("Weekrapport");
        mapping.periodColumn = QStringLiteral("Dag");
        mapping.metrics = {{QStringLiteral("Bezoeken"), QStringLiteral("visits"), QString()}};
        // Every date could be either order: the column alone would say day first.
        const QString path = writeFixture(workspace.folder(), QStringLiteral("week.csv"),
            QByteArray("Dag;Bezoeken\n03/04/2026;10\n05/06/2026;20\n"));
        ImportProfile record = SavedProfiles::toRecord(*workspace, mapping);
        QVERIFY(workspace->repository<ImportProfile>().add(record));
        const ImportPreview asShown = ImportRunner::prepare(*workspace, path);
        QVERIFY2(asShown.ok(), qPrintable(asShown.error));
        QCOMPARE(
            asShown.months(), (QStringList{QStringLiteral("2026-04"), QStringLiteral("2026-06")}));

        mapping.dateOrder = DateOrder::MonthFirst;
        record.definition = QString::fromUtf8(mapping.toJson());
        QVERIFY(workspace->repository<ImportProfile>().update(record));
        const ImportPreview monthFirst = ImportRunner::prepare(*workspace, path);
        QVERIFY2(monthFirst.ok(), qPrintable(monthFirst.error));
        QCOMPARE(monthFirst.months(),
            (QStringList{QStringLiteral("2026-03"), QStringLiteral("2026-05")}));
        QVERIFY2(monthFirst.decisions.join(u'\n').contains(
                     QStringLiteral("month-day-year, as the profile “Weekrapport” says")),
            qPrintable(monthFirst.decisions.join(u'\n')));
    }

    void onePeriodPerFileComesFromTheNameOrTheUser()
    {
        TestWorkspace workspace;
        ColumnMapping mapping;
        mapping.name = QStringLiteral("Teamsites");
        mapping.dimensionColumn = QStringLiteral("Site");
        mapping.metrics = {{QStringLiteral("Weergaven"), QStringLiteral("page_views"),
            QStringLiteral("Paginaweergaven")}};
        ImportProfile record = SavedProfiles::toRecord(*workspace, mapping);
        QVERIFY(workspace->repository<ImportProfile>().add(record));
        const QByteArray bytes("Site;Weergaven\nHR;120\nICT;80\n");

        const QString named
            = writeFixture(workspace.folder(), QStringLiteral("teamsites_2026-05.csv"), bytes);
        const ImportPreview fromName = ImportRunner::prepare(*workspace, named);
        QVERIFY2(fromName.ok(), qPrintable(fromName.error));
        QCOMPARE(fromName.months(), QStringList{QStringLiteral("2026-05")});

        const QString unnamed
            = writeFixture(workspace.folder(), QStringLiteral("teamsites.csv"), bytes);
        const ImportPreview asked = ImportRunner::prepare(*workspace, unnamed);
        QVERIFY(!asked.ok());
        QVERIFY(asked.error.contains(QStringLiteral("--period")));
        const ImportPreview answered = ImportRunner::prepare(
            *workspace, unnamed, {{QStringLiteral("period"), QStringLiteral("2026-06")}});
        QVERIFY2(answered.ok(), qPrintable(answered.error));
        QCOMPARE(answered.months(), QStringList{QStringLiteral("2026-06")});
        QCOMPARE(answered.figureCount, 2);
    }

    void glimpseShowsTheFirstRows()
    {
        TestWorkspace workspace;
        const QString path = writeFixture(
            workspace.folder(), QStringLiteral("x.csv"), monthFile(QStringLiteral("2026-03"), 1));
        const ImportRunner::Glimpse glimpse = ImportRunner::glimpse(path);
        QVERIFY(glimpse.error.isEmpty());
        QCOMPARE(glimpse.records.size(), 5);
        QCOMPARE(glimpse.records.at(1).line, 3);
        QCOMPARE(glimpse.numbers, NumberConvention::Dutch);
        QVERIFY(!ImportRunner::glimpse(workspace.folder() + QStringLiteral("/missing.csv"))
                     .error.isEmpty());
        // Whether a profile would read it is known from the first rows alone.
        QCOMPARE(ImportRunner::recognise(*workspace, path), QString());
        ImportProfile record = SavedProfiles::toRecord(*workspace, departmentMapping());
        QVERIFY(workspace->repository<ImportProfile>().add(record));
        QCOMPARE(
            ImportRunner::recognise(*workspace, path), QStringLiteral("Maandrapport afdelingen"));
        const QStringList names = ImportRunner::profileNames(*workspace);
        QCOMPARE(names.first(), QStringLiteral("Maandrapport afdelingen"));
        QVERIFY(names.contains(QStringLiteral("Google Analytics 4")));
    }
};

QTEST_GUILESS_MAIN(MappedProfileTest)
#include "MappedProfileTest.moc"
