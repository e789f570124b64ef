#include "domain/ImportBatch.h"
#include "domain/Metric.h"
#include "domain/Observation.h"
#include "import/ImportRunner.h"
#include "storage/queries/UsageQueries.h"
#include "TestWorkspace.h"
#include "XlsxFixture.h"

#include <QTest>

using namespace stuurboord;

// An Excel workbook as the coordinator saves it, imported end to end; broken workbooks
// leave the workspace untouched.
class XlsxImportTest final : public QObject
{
    Q_OBJECT

private:
    // Sheet "Toelichting" first, the figures on "Cijfers": a title, the header on row 3,
    // months as serial numbers with a date style, a formula with its cached value.
    static XlsxFixture workbook()
    {
        XlsxFixture book(
            {{QStringLiteral("Toelichting"),
                 "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Lees mij</t></is></c></row>"},
                {QStringLiteral("Cijfers"),
                    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                    "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" "
                    "t=\"s\"><v>2</v></c><c r=\"C3\" t=\"s\"><v>3</v></c></row>"
                    "<row r=\"4\"><c r=\"A4\" s=\"1\"><v>46023</v></c><c "
                    "r=\"B4\"><v>12345</v></c><c r=\"C4\"><v>610</v></c></row>"
                    "<row r=\"5\"><c r=\"A5\" s=\"1\"><v>46054</v></c><c "
                    "r=\"B5\"><f>B4+656</f><v>13001</v></c><c r=\"C5\"><v>620.5</v></c></row>"}});
        book.sharedStrings(
            "<si><t>Intranet 2026</t></si><si><t>Maand</t></si><si><t>Paginaweergaven</t></si>"
            "<si><r><t>Actieve </t></r><r><t>gebruikers</t></r></si>",
            4);
        book.styles("<numFmt numFmtId=\"164\" formatCode=\"mmm\\-yy\"/>",
            "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>");
        return book;
    }

private slots:
    void workbookImportsLikeItsCsv()
    {
        TestWorkspace workspace;
        const QString path = workspace.folder() + QStringLiteral("/gebruik.xlsx");
        QVERIFY(workbook().write(path));
        // The first sheet holds only notes: the next sheet with a recognised table is read,
        // and the preview says so.
        QVERIFY(!ImportRunner::recognise(*workspace, path).isEmpty());
        const ImportPreview found = ImportRunner::prepare(*workspace, path);
        QVERIFY2(found.ok(), qPrintable(found.error));
        QCOMPARE(found.chosen.value(QStringLiteral("sheet")), QStringLiteral("Cijfers"));
        QCOMPARE(found.choices.value(QStringLiteral("sheet")),
            (QStringList{QStringLiteral("Toelichting"), QStringLiteral("Cijfers")}));
        QVERIFY2(found.decisions.join(u' ').contains(
                     QStringLiteral("sheet “Cijfers”: the first sheet, “Toelichting”")),
            qPrintable(found.decisions.join(u'\n')));
        QCOMPARE(found.figureCount, 4);
        // A sheet the user chose is read as chosen, even when it holds nothing.
        const ImportPreview notes = ImportRunner::prepare(
            *workspace, path, {{QStringLiteral("sheet"), QStringLiteral("Toelichting")}});
        QVERIFY(!notes.ok());
        QVERIFY(notes.error.contains(QStringLiteral("does not recognise")));
        const QHash<QString, QString> options{{QStringLiteral("sheet"), QStringLiteral("Cijfers")}};
        const ImportPreview preview = ImportRunner::prepare(*workspace, path, options);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QVERIFY(preview.decisions.join(u' ').contains(QStringLiteral("Cijfers")));
        QVERIFY(preview.chosen.isEmpty());
        QCOMPARE(
            preview.months(), (QStringList{QStringLiteral("2026-01"), QStringLiteral("2026-02")}));
        QCOMPARE(preview.figureCount, 4);
        // Written without naming the sheet, as the command line and a dropped file do.
        ImportPreview summary;
        const auto result = ImportRunner::importFile(
            *workspace, path, {}, BatchWriter::Overlap::Ask, false, summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        const auto values
            = UsageQueries(workspace->database())
                  .monthValues(QStringLiteral("page_views"), QStringLiteral("2026-02"));
        QCOMPARE(values.size(), 1);
        QCOMPARE(values.first().value, 13001.0); // the formula's cached value
    }

    // A cell formatted as 0.0% stores 0.567 and shows 56.7%; the CSV Excel saves from the
    // same sheet holds "56,7%". Both must give 56.7, a percentage.
    void percentageCellsReadAsTheCsvOfTheSameSheet()
    {
        TestWorkspace workspace;
        XlsxFixture book({{QStringLiteral("KPI"),
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Maand</t></is></c>"
            "<c r=\"B1\" t=\"inlineStr\"><is><t>Ingevulde profielen (%)</t></is></c>"
            "<c r=\"C1\" t=\"inlineStr\"><is><t>Bouncepercentage</t></is></c></row>"
            "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>46082</v></c><c r=\"B2\" s=\"2\">"
            "<v>0.567</v></c><c r=\"C2\" s=\"3\"><v>0.4215</v></c></row>"}});
        // A custom 0.0% format and Excel's built-in 0.00% (number format 10).
        book.styles("<numFmt numFmtId=\"164\" formatCode=\"d\\-m\\-yyyy\"/>"
                    "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/>",
            "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
            "<xf numFmtId=\"10\"/>");
        const QString xlsx = workspace.folder() + QStringLiteral("/kpi.xlsx");
        QVERIFY(book.write(xlsx));
        const QString csv = workspace.folder() + QStringLiteral("/kpi.csv");
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Maand;Ingevulde profielen (%);Bouncepercentage\r\n1-3-2026;56,7%;42,15%\r\n");
        file.close();

        ImportPreview summary;
        auto result = ImportRunner::importFile(
            *workspace, xlsx, {}, BatchWriter::Overlap::Ask, false, summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        const auto valueOf = [&](const QString& key) {
            const auto values = UsageQueries(workspace->database())
                                    .monthValues(key, QStringLiteral("2026-03"));
            return values.size() == 1 ? values.first().value : -1.0;
        };
        QCOMPARE(valueOf(QStringLiteral("profiles_completed")), 56.7);
        QCOMPARE(valueOf(QStringLiteral("bounce_rate")), 42.15);
        const QList<Metric> profiles = workspace->repository<Metric>().where(
            QStringLiteral("key"), QStringLiteral("profiles_completed"));
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().unit, MetricUnit::Percentage);

        // The CSV of the same sheet gives the same figures: it replaces them one for one.
        result = ImportRunner::importFile(
            *workspace, csv, {}, BatchWriter::Overlap::Replace, false, summary);
        QVERIFY2(result.outcome, qPrintable(result.outcome.message()));
        QCOMPARE(result.replaced, 2);
        QCOMPARE(valueOf(QStringLiteral("profiles_completed")), 56.7);
        QCOMPARE(valueOf(QStringLiteral("bounce_rate")), 42.15);
    }

    void brokenWorkbooksLeaveTheWorkspaceAlone()
    {
        TestWorkspace workspace;
        XlsxFixture good = workbook();
        const QString full = workspace.folder() + QStringLiteral("/full.xlsx");
        QVERIFY(good.write(full));
        QFile file(full);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QList<std::pair<QString, QByteArray>> broken{
            {QStringLiteral("truncated.xlsx"), bytes.left(bytes.size() / 2)},
            {QStringLiteral("empty.xlsx"), QByteArray()},
            {QStringLiteral("garbage.xlsx"),
                QByteArrayLiteral("PK\x03\x04 this is not a zip at all")}};
        for (const auto& [name, content] : broken) {
            const QString path = workspace.folder() + u'/' + name;
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
            out.close();
            ImportPreview summary;
            const auto result = ImportRunner::importFile(*workspace, path,
                {{QStringLiteral("sheet"), QStringLiteral("Cijfers")}}, BatchWriter::Overlap::Ask,
                false, summary);
            QVERIFY2(!result.outcome, qPrintable(name));
            QVERIFY2(!result.outcome.message().isEmpty(), qPrintable(name));
        }
        // No sheet holds a table: the first sheet's problem is told.
        XlsxFixture onlyNotes({{QStringLiteral("Toelichting"),
                                   "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Lees "
                                   "mij</t></is></c></row>"},
            {QStringLiteral("Leeg"), QByteArray()}});
        const QString notes = workspace.folder() + QStringLiteral("/toelichting.xlsx");
        QVERIFY(onlyNotes.write(notes));
        const ImportPreview nothing = ImportRunner::prepare(*workspace, notes);
        QVERIFY(nothing.error.contains(QStringLiteral("does not recognise")));
        QVERIFY(ImportRunner::recognise(*workspace, notes).isEmpty());
        XlsxFixture notABook({{QStringLiteral("Blad1"), QByteArray()}});
        notABook.entries.remove(QStringLiteral("xl/workbook.xml"));
        const QString zip = workspace.folder() + QStringLiteral("/archief.xlsx");
        QVERIFY(notABook.write(zip));
        const ImportPreview preview = ImportRunner::prepare(*workspace, zip);
        QVERIFY(preview.error.contains(QStringLiteral("not an Excel workbook")));
        QCOMPARE(workspace->repository<ImportBatch>().count(), 0);
        QCOMPARE(workspace->repository<Observation>().count(), 0);
    }
};

QTEST_GUILESS_MAIN(XlsxImportTest)
#include "XlsxImportTest.moc"
