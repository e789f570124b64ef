#include "import/XlsxReader.h"

#include "FileBytes.h"
#include "import/XlsxNumberText.h"
#include "import/XlsxStyles.h"
#include "XlsxFixture.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace stuurboord;

namespace {

QByteArray inlineCell(const QByteArray& reference, const QByteArray& text)
{
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

QByteArray numberCell(const QByteArray& reference, const QByteArray& value, int style = 0)
{
    return "<c r=\"" + reference + "\" s=\"" + QByteArray::number(style) + "\"><v>" + value
        + "</v></c>";
}

XlsxFixture oneSheet(const QByteArray& rows)
{
    return XlsxFixture({{QStringLiteral("Data"), rows}});
}

QList<CsvRecord> readAll(XlsxReader& reader)
{
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.readNext(record))
        records.append(record);
    return records;
}

} // namespace

// What the import sees of an Excel workbook: the same rows and texts a CSV export of the
// sheet would give, and a clear refusal of files that are broken or built to hurt.
class XlsxReaderTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const XlsxFixture& fixture)
    {
        const QString path = m_dir.filePath(QStringLiteral("book%1.xlsx").arg(++m_files));
        if (!fixture.write(path))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Opens the workbook and reads all of it; the test fails on any error.
    QList<CsvRecord> read(const XlsxFixture& fixture, const XlsxReader::Options& options = {})
    {
        XlsxReader reader;
        if (!reader.open(write(fixture), options)) {
            qWarning("open: %s", qPrintable(reader.errorString()));
            return {};
        }
        const QList<CsvRecord> records = readAll(reader);
        if (reader.hasError())
            qWarning("read: %s", qPrintable(reader.errorString()));
        return records;
    }

    // The message a coordinator gets for a file that open() or reading refuses.
    QString failure(const QString& path, const XlsxReader::Options& options = {})
    {
        XlsxReader reader;
        if (reader.open(path, options)) {
            readAll(reader);
            if (!reader.hasError())
                return QStringLiteral("(no error)");
        }
        return reader.errorString();
    }

    QString failure(const XlsxFixture& fixture, const XlsxReader::Options& options = {})
    {
        return failure(write(fixture), options);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsSharedRichAndInlineText()
    {
        XlsxFixture fixture = oneSheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                                       "<c r=\"B1\" t=\"s\"><v>1</v></c>"
            + inlineCell("C1", "inline text")
            + "<c r=\"D1\" t=\"s\"><v>2</v></c>"
              "<c r=\"E1\" t=\"s\"><v>3</v></c></row>");
        fixture.sharedStrings("<si><t>page_views</t></si>"
                              "<si><r><rPr><b/></rPr><t>Intra</t></r>"
                              "<r><t xml:space=\"preserve\">net home</t></r></si>"
                              "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>"
                              "<si><t>first_x000D_second</t></si>",
            4);
        const QList<CsvRecord> records = read(fixture);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].line, 1);
        QCOMPARE(records[0].fields,
            QStringList({QStringLiteral("page_views"), QStringLiteral("Intranet home"),
                QStringLiteral("inline text"), QStringLiteral("東京"),
                QStringLiteral("first\rsecond")}));
    }

    void numbersComeOutAsCsvWouldHoldThem()
    {
        const QList<CsvRecord> records = read(oneSheet(
            "<row r=\"1\"><c r=\"A1\"><v>5000000000</v></c><c r=\"B1\" t=\"n\"><v>1234.5</v></c>"
            "<c r=\"C1\"><v>0.64500000000000002</v></c><c r=\"D1\"><v>3</v></c>"
            "<c r=\"E1\"><v>-2.5E-3</v></c><c r=\"F1\"><v>12345678901234567890</v></c>"
            "<c r=\"G1\" t=\"b\"><v>1</v></c><c r=\"H1\" t=\"b\"><v>0</v></c>"
            "<c r=\"I1\" t=\"e\"><v>#DIV/0!</v></c>"
            "<c r=\"J1\" t=\"str\"><f>A1&amp;\"x\"</f><v>5000000000x</v></c>"
            "<c r=\"K1\"><f>SUM(A1:B1)</f><v>5000001234.5</v></c>"
            "<c r=\"L1\"><v>0.1</v></c><c r=\"M1\"><v>1E-20</v></c></row>"));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].fields,
            QStringList({QStringLiteral("5000000000"), QStringLiteral("1234.5"),
                QStringLiteral("0.645"), QStringLiteral("3"), QStringLiteral("-0.0025"),
                QStringLiteral("12345678901234600000"), QStringLiteral("TRUE"),
                QStringLiteral("FALSE"), QStringLiteral("#DIV/0!"), QStringLiteral("5000000000x"),
                QStringLiteral("5000001234.5"), QStringLiteral("0.1"), QStringLiteral("1e-20")}));
    }

    void datesBecomeIsoText()
    {
        XlsxFixture fixture = oneSheet("<row r=\"1\">" + numberCell("A1", "45383", 1)
            + numberCell("B1", "45383", 2) + numberCell("C1", "45383", 3)
            + numberCell("D1", "61", 1) + numberCell("E1", "59", 1) + numberCell("F1", "60", 1)
            + numberCell("G1", "45383.5", 6) + numberCell("H1", "1.2500000000000001E-3", 8)
            + numberCell("I1", "1.5", 7) + numberCell("J1", "45383", 4)
            + numberCell("K1", "45383", 5) + numberCell("L1", "0.645", 9)
            + numberCell("M1", "45383", 0) + numberCell("N1", "45383", 99)
            + numberCell("O1", "45382.999999", 1) + numberCell("P1", "1", 1) + "</row>");
        fixture.styles("<numFmt numFmtId=\"164\" formatCode=\"d-m-yyyy\"/>"
                       "<numFmt numFmtId=\"165\" formatCode=\"mmm-yy\"/>"
                       "<numFmt numFmtId=\"166\" formatCode=\"[Red]0.00\"/>"
                       "<numFmt numFmtId=\"167\" formatCode=\"&quot;dagen&quot; 0\"/>"
                       "<numFmt numFmtId=\"168\" formatCode=\"[$-413]dd/mm/yyyy\\ hh:mm\"/>"
                       "<numFmt numFmtId=\"169\" formatCode=\"[h]:mm:ss\"/>",
            "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
            "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"167\"/>"
            "<xf numFmtId=\"168\"/><xf numFmtId=\"169\"/><xf numFmtId=\"21\"/>"
            "<xf numFmtId=\"10\"/>");
        const QList<CsvRecord> records = read(fixture);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].fields,
            QStringList({QStringLiteral("2024-04-01"), QStringLiteral("2024-04-01"),
                QStringLiteral("2024-04-01"), QStringLiteral("1900-03-01"),
                QStringLiteral("1900-02-28"), QStringLiteral("1900-02-29"),
                QStringLiteral("2024-04-01 12:00:00"), QStringLiteral("00:01:48"),
                QStringLiteral("36:00:00"), QStringLiteral("45383"), QStringLiteral("45383"),
                QStringLiteral("64.5%"), QStringLiteral("45383"), QStringLiteral("45383"),
                QStringLiteral("2024-04-01"), QStringLiteral("1900-01-01")}));
    }

    void readsThe1904DateSystem()
    {
        XlsxFixture fixture = oneSheet("<row r=\"1\">" + numberCell("A1", "43921", 1) + "</row>");
        fixture.styles({}, "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>");
        QByteArray& workbook = fixture.entries[QStringLiteral("xl/workbook.xml")];
        workbook.replace("<workbookPr/>", "<workbookPr date1904=\"1\"/>");
        const QList<CsvRecord> records = read(fixture);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].fields, QStringList{QStringLiteral("2024-04-01")});
    }

    void classifiesNumberFormats_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        const int number = int(XlsxNumberKind::Number);
        const int date = int(XlsxNumberKind::DateTime);
        const int duration = int(XlsxNumberKind::Duration);
        QTest::newRow("General") << QStringLiteral("General") << number;
        QTest::newRow("decimals") << QStringLiteral("#,##0.00") << number;
        QTest::newRow("d-m-yyyy") << QStringLiteral("d-m-yyyy") << date;
        QTest::newRow("mmm-yy") << QStringLiteral("mmm-yy") << date;
        QTest::newRow("upper case") << QStringLiteral("DD-MM-YYYY") << date;
        QTest::newRow("colour") << QStringLiteral("[Red]0.00") << number;
        QTest::newRow("locale date") << QStringLiteral("[$-413]d mmmm yyyy") << date;
        QTest::newRow("currency") << QStringLiteral("#,##0.00 [$€-413]") << number;
        QTest::newRow("quoted") << QStringLiteral("\"dd\" 0") << number;
        QTest::newRow("escaped") << QStringLiteral("0\\d") << number;
        QTest::newRow("negative red") << QStringLiteral("0.00_);[Red](0.00)") << number;
        QTest::newRow("time") << QStringLiteral("h:mm AM/PM") << date;
        QTest::newRow("text section") << QStringLiteral("yyyy-mm-dd;@") << date;
        QTest::newRow("elapsed hours") << QStringLiteral("[h]:mm:ss") << duration;
        QTest::newRow("elapsed minutes") << QStringLiteral("[mm]:ss") << duration;
        // Excel shows the value times 100: 0.567 as 56.7%.
        const int percent = int(XlsxNumberKind::Percent);
        QTest::newRow("percentage") << QStringLiteral("0.0%") << percent;
        QTest::newRow("percent in quotes") << QStringLiteral("0 \"%\"") << number;
        QTest::newRow("escaped percent") << QStringLiteral("0\\%") << number;
    }

    void classifiesNumberFormats()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QCOMPARE(int(XlsxStyles::classify(code)), kind);
    }

    void knowsBuiltInDateFormats()
    {
        QCOMPARE(XlsxStyles::builtInKind(14), XlsxNumberKind::DateTime);
        QCOMPARE(XlsxStyles::builtInKind(22), XlsxNumberKind::DateTime);
        QCOMPARE(XlsxStyles::builtInKind(31), XlsxNumberKind::DateTime);
        QCOMPARE(XlsxStyles::builtInKind(46), XlsxNumberKind::Duration);
        QCOMPARE(XlsxStyles::builtInKind(0), XlsxNumberKind::Number);
        QCOMPARE(XlsxStyles::builtInKind(9), XlsxNumberKind::Percent);
        QCOMPARE(XlsxStyles::builtInKind(10), XlsxNumberKind::Percent);
        QCOMPARE(XlsxStyles::builtInKind(49), XlsxNumberKind::Number);
    }

    void passesPlainNumbersThrough()
    {
        // Stored text that isPlain() lets through must be exactly what number() would write.
        for (const char* stored : {"0", "7", "-42", "120", "1234.5", "0.1", "0.0000000001",
                 "123456789012345", "5000000000", "-0.25"}) {
            const QString text = QString::fromLatin1(stored);
            QVERIFY2(XlsxNumberText::isPlain(text), stored);
            QCOMPARE(XlsxNumberText::number(text.toDouble()), text);
        }
        for (const char* stored : {"", "-", "-0", "007", "1.", "1.50", "1E-3", " 4", "1e5",
                 "0.00000000001", "1234567890123456", "0.64500000000000002", "١"}) {
            QVERIFY2(!XlsxNumberText::isPlain(QString::fromUtf8(stored)), stored);
        }
    }

    void keepsRowNumbersAndColumnPlaces()
    {
        const QList<CsvRecord> records = read(oneSheet("<row r=\"1\">"
            + inlineCell("A1", "Rapport intranet") + "</row>"
            + "<row r=\"2\"><c r=\"A2\" s=\"1\"/></row>" + "<row r=\"3\">"
            + inlineCell("A3", "datum") + inlineCell("B3", "metric") + inlineCell("C3", "waarde")
            + "</row>" + "<row r=\"4\">" + inlineCell("A4", "2024-04-01") + numberCell("C4", "42")
            + "</row>" + "<row r=\"5\">" + inlineCell("B5", " ") + "</row>" + "<row r=\"6\">"
            + numberCell("C6", "7") + "</row>" + "<row r=\"7\"/>"
            + "<row r=\"8\"><c t=\"inlineStr\"><is><t>x</t></is></c><c><v>1</v></c></row>"
            + "<row><c r=\"B9\"><v>2</v></c></row>"));
        QList<int> lines;
        for (const CsvRecord& record : records)
            lines.append(record.line);
        QCOMPARE(lines, QList<int>({1, 3, 4, 6, 8, 9}));
        QCOMPARE(records[1].fields,
            QStringList(
                {QStringLiteral("datum"), QStringLiteral("metric"), QStringLiteral("waarde")}));
        QCOMPARE(records[2].fields,
            QStringList({QStringLiteral("2024-04-01"), QString(), QStringLiteral("42")}));
        QCOMPARE(records[3].fields, QStringList({QString(), QString(), QStringLiteral("7")}));
        QCOMPARE(records[4].fields, QStringList({QStringLiteral("x"), QStringLiteral("1")}));
        QCOMPARE(records[5].fields, QStringList({QString(), QStringLiteral("2")}));
    }

    void choosesASheetByName()
    {
        XlsxFixture fixture({{QStringLiteral("Overzicht"),
                                 "<row r=\"1\">" + inlineCell("A1", "samenvatting") + "</row>"},
            {QStringLiteral("Bezoeken"),
                "<row r=\"2\">" + inlineCell("A2", "bezoeken") + numberCell("B2", "12")
                    + "</row>"}});
        // Some writers give the sheet's place as an absolute path within the package.
        fixture.entries[QStringLiteral("xl/_rels/workbook.xml.rels")].replace(
            "Target=\"worksheets/sheet2.xml\"", "Target=\"/xl/worksheets/sheet2.xml\"");
        const QString path = write(fixture);

        XlsxReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
        QCOMPARE(reader.sheetNames(),
            QStringList({QStringLiteral("Overzicht"), QStringLiteral("Bezoeken")}));
        QCOMPARE(reader.sheetName(), QStringLiteral("Overzicht"));
        QCOMPARE(readAll(reader).first().fields, QStringList{QStringLiteral("samenvatting")});

        QVERIFY2(
            reader.open(path, {QStringLiteral("bezoeken"), {}}), qPrintable(reader.errorString()));
        QCOMPARE(reader.sheetName(), QStringLiteral("Bezoeken"));
        const QList<CsvRecord> records = readAll(reader);
        QVERIFY(!reader.hasError());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].line, 2);
        QCOMPARE(
            records[0].fields, QStringList({QStringLiteral("bezoeken"), QStringLiteral("12")}));
    }

    void namesTheSheetsWhenOneIsMissing()
    {
        XlsxFixture fixture({{QStringLiteral("Overzicht"), {}}, {QStringLiteral("Bezoeken"), {}}});
        XlsxReader reader;
        QVERIFY(!reader.open(write(fixture), {QStringLiteral("Kosten"), {}}));
        QVERIFY(reader.errorString().contains(QStringLiteral("“Kosten”")));
        QVERIFY(reader.errorString().contains(QStringLiteral("“Overzicht”, “Bezoeken”")));
        QCOMPARE(reader.sheetNames().size(), 2);
    }

    void readsWithoutSharedTextOrStyles()
    {
        XlsxFixture fixture = oneSheet(
            "<row r=\"1\">" + inlineCell("A1", "pageviews") + numberCell("B1", "10") + "</row>");
        fixture.entries.remove(QStringLiteral("xl/sharedStrings.xml"));
        fixture.entries.remove(QStringLiteral("xl/styles.xml"));
        const QList<CsvRecord> records = read(fixture);
        QCOMPARE(records.size(), 1);
        QCOMPARE(
            records[0].fields, QStringList({QStringLiteral("pageviews"), QStringLiteral("10")}));
    }

    void refusesSharedTextThatIsNotThere()
    {
        const QString error = failure(oneSheet(
            "<row r=\"1\">" + inlineCell("A1", "ok") + "<c r=\"B1\" t=\"s\"><v>0</v></c></row>"));
        QVERIFY2(
            error.contains(QStringLiteral("refers to shared text that the workbook does not have"))
                && error.contains(QStringLiteral("B1")),
            qPrintable(error));
    }

    void refusesSharedTextBeyondTheTable()
    {
        XlsxFixture fixture = oneSheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>");
        fixture.sharedStrings("<si><t>one</t></si>", 1);
        const QString error = failure(fixture);
        QVERIFY2(error.contains(QStringLiteral("shared text number 5")), qPrintable(error));
    }

    void ignoresAHugeDeclaredDimension()
    {
        XlsxFixture fixture = oneSheet({});
        fixture.entries[QStringLiteral("xl/worksheets/sheet1.xml")]
            = XlsxFixture::sheet("<row r=\"1\">" + inlineCell("A1", "metric")
                    + "</row><row r=\"2\">" + numberCell("A2", "1") + "</row>",
                "A1:XFD1048576");
        const QList<CsvRecord> records = read(fixture);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1].fields, QStringList{QStringLiteral("1")});
    }

    void refusesCellsBeyondColumnXfd()
    {
        for (const QByteArray& reference :
            {QByteArray("XFE1"), QByteArray("AAAA1"), QByteArray("1A"), QByteArray("A")}) {
            const QString error
                = failure(oneSheet("<row r=\"1\">" + numberCell(reference, "1") + "</row>"));
            QVERIFY2(error.contains(QStringLiteral("is not a valid cell reference"))
                    && error.contains(QString::fromLatin1(reference)),
                qPrintable(error));
        }
    }

    void refusesRowsWiderThanTheLimit()
    {
        // FAN is column 4096, the last one read; FAO the first one past it.
        const QList<CsvRecord> records
            = read(oneSheet("<row r=\"1\">" + numberCell("FAN1", "1") + "</row>"));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].fields.size(), 4096);
        const QString error
            = failure(oneSheet("<row r=\"1\">" + numberCell("FAO1", "1") + "</row>"));
        QVERIFY2(error.contains(QStringLiteral("FAO1")) && error.contains(QStringLiteral("4096")),
            qPrintable(error));
    }

    void refusesMoreCellsThanTheLimit()
    {
        XlsxReader::Options options;
        options.limits.maxCells = 10;
        QByteArray rows;
        for (int r = 1; r <= 3; ++r) {
            rows += "<row r=\"" + QByteArray::number(r) + "\">";
            for (const char* column : {"A", "B", "C", "D", "E"})
                rows += numberCell(column + QByteArray::number(r), "1");
            rows += "</row>";
        }
        const QString error = failure(oneSheet(rows), options);
        QVERIFY2(
            error.contains(QStringLiteral("more cells")) && error.contains(QStringLiteral("row 3")),
            qPrintable(error));
    }

    void refusesAnEnormousSharedTextTable()
    {
        // 2.1 million texts: 36 MB of XML that the zip squeezes to a few hundred kilobytes.
        XlsxFixture fixture = oneSheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
        fixture.sharedStrings(QByteArray("<si><t>a</t></si>").repeated(2'100'000), 2'100'000);
        QElapsedTimer timer;
        timer.start();
        const QString error = failure(fixture);
        QVERIFY2(
            error.contains(QStringLiteral("shared text table is larger than Stuurboord reads")),
            qPrintable(error));
        QVERIFY(timer.elapsed() < 10'000);
    }

    void countsSharedTextThatUnderstatesItsSize()
    {
        XlsxReader::Options options;
        options.limits.maxSharedStrings = 1000;
        XlsxFixture fixture = oneSheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
        fixture.sharedStrings(QByteArray("<si><t>a</t></si>").repeated(1001), 3);
        QVERIFY(failure(fixture, options).contains(QStringLiteral("shared text table is larger")));

        options = {};
        options.limits.maxSharedStringChars = 100;
        fixture.sharedStrings("<si><t>" + QByteArray(101, 'x') + "</t></si>", 1);
        QVERIFY(failure(fixture, options).contains(QStringLiteral("shared text table is larger")));
    }

    void refusesAZipBomb()
    {
        // 65 MB of spaces after the shared text: a few hundred kilobytes in the zip.
        XlsxFixture strings = oneSheet("<row r=\"1\">" + numberCell("A1", "1") + "</row>");
        strings.sharedStrings("<si><t>a</t></si>", 1);
        strings.pad(QStringLiteral("xl/sharedStrings.xml"), 65LL * 1024 * 1024);
        const QString path = write(strings);
        QVERIFY(QFileInfo(path).size() < 1024 * 1024);
        const QString error = failure(path);
        QVERIFY2(error.contains(QStringLiteral("xl/sharedStrings.xml"))
                && error.contains(QStringLiteral("64 MB")),
            qPrintable(error));

        // The default for a sheet is 1 GB, too slow to pack in a test; a lower limit shows
        // the same check.
        XlsxReader::Options options;
        options.limits.maxSheetBytes = 8 * 1024 * 1024;
        XlsxFixture sheet = oneSheet("<row r=\"1\">" + numberCell("A1", "1") + "</row>");
        sheet.pad(QStringLiteral("xl/worksheets/sheet1.xml"), 9 * 1024 * 1024);
        const QString sheetError = failure(write(sheet), options);
        QVERIFY2(sheetError.contains(QStringLiteral("xl/worksheets/sheet1.xml"))
                && sheetError.contains(QStringLiteral("8 MB")),
            qPrintable(sheetError));
    }

    void stopsAtTheSizeAnEntryDeclares()
    {
        // An entry that says it unpacks to 100 bytes but holds a whole sheet: the reader
        // gets no more than the 100 bytes, and the sheet reads as damaged.
        QByteArray rows;
        for (int r = 1; r <= 1000; ++r)
            rows += "<row r=\"" + QByteArray::number(r) + "\">"
                + numberCell("A" + QByteArray::number(r), "1") + "</row>";
        XlsxFixture fixture = oneSheet({});
        fixture.entries.remove(QStringLiteral("xl/worksheets/sheet1.xml"));
        const QString path = write(fixture);
        {
            QuaZip zip(path);
            QVERIFY(zip.open(QuaZip::mdAdd));
            QuaZipFile file(&zip);
            QuaZipNewInfo info(QStringLiteral("xl/worksheets/sheet1.xml"));
            info.uncompressedSize = 100;
            // Raw and stored: the zip keeps the bytes and the size exactly as given.
            QVERIFY(file.open(QIODevice::WriteOnly, info, nullptr, 0, 0, 0, true));
            file.write(XlsxFixture::sheet(rows));
            file.close();
            zip.close();
            QCOMPARE(zip.getZipError(), UNZ_OK);
        }
        const QString error = failure(path);
        QVERIFY2(
            error.contains(QStringLiteral("“Data”")) && error.contains(QStringLiteral("damaged")),
            qPrintable(error));
    }

    void refusesAZipThatIsNoWorkbook()
    {
        XlsxFixture fixture = oneSheet({});
        fixture.entries.remove(QStringLiteral("xl/workbook.xml"));
        const QString error = failure(fixture);
        QVERIFY2(error.contains(QStringLiteral("zip file but not an Excel workbook")),
            qPrintable(error));
    }

    void refusesAnEmptyFile()
    {
        const QString error = failure(writeFixture(m_dir.path(), QStringLiteral("empty.xlsx"), {}));
        QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));
    }

    void refusesATruncatedWorkbook()
    {
        XlsxFixture fixture = oneSheet("<row r=\"1\">" + numberCell("A1", "1") + "</row>");
        QFile file(write(fixture));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString error = failure(
            writeFixture(m_dir.path(), QStringLiteral("half.xlsx"), bytes.left(bytes.size() / 2)));
        QVERIFY2(error.contains(QStringLiteral("damaged or incomplete")), qPrintable(error));
    }

    void refusesGarbage()
    {
        QByteArray bytes(4096, Qt::Uninitialized);
        QRandomGenerator random(42);
        random.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        bytes[0] = 'x';
        QString error = failure(writeFixture(m_dir.path(), QStringLiteral("noise.xlsx"), bytes));
        QVERIFY2(error.contains(QStringLiteral("not a zip archive")), qPrintable(error));

        bytes.replace(0, 4, "PK\x03\x04");
        error = failure(writeFixture(m_dir.path(), QStringLiteral("noise-pk.xlsx"), bytes));
        QVERIFY2(error.contains(QStringLiteral("damaged or incomplete")), qPrintable(error));

        bytes.replace(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
        error = failure(writeFixture(m_dir.path(), QStringLiteral("old.xls"), bytes));
        QVERIFY2(error.contains(QStringLiteral(".xls format")), qPrintable(error));
    }

    // fuzz_xlsx_reader's find: a 1.4 kB workbook whose sheet is nothing but 230,000 nested
    // tags. The XML reader keeps every open element, so memory grew with the depth (300 MB
    // at 1.6 million levels) and the sanitizer build took over a minute. Refused now, in
    // the sheet, in a cell, and in the other parts.
    void refusesElementsNestedDeeperThanAnyWorkbook()
    {
        const QByteArray deep = QByteArray("<x>").repeated(300000) + QByteArray("</x>").repeated(300000);
        const QString nested = QStringLiteral("nested more than 64 levels deep");
        QString error = failure(oneSheet(deep));
        QVERIFY2(error.contains(nested) && error.contains(QStringLiteral("“Data”")), qPrintable(error));
        error = failure(oneSheet("<row r=\"1\"><c r=\"A1\">" + deep + "</c></row>"));
        QVERIFY2(error.contains(nested), qPrintable(error));
        XlsxFixture fixture = oneSheet({});
        fixture.entries[QStringLiteral("xl/workbook.xml")].replace(QByteArray("<sheets>"), QByteArray("<sheets>" + deep));
        error = failure(fixture);
        QVERIFY2(error.contains(nested), qPrintable(error));
        // 64 levels are allowed: a workbook that wraps its rows a few times more still reads.
        const QByteArray wrapped = QByteArray("<x>").repeated(40) + "<row r=\"1\">"
            + numberCell("A1", "7") + "</row>" + QByteArray("</x>").repeated(40);
        XlsxReader reader;
        QVERIFY(reader.open(write(oneSheet(wrapped))));
        const QList<CsvRecord> records = readAll(reader);
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().fields, QStringList{QStringLiteral("7")});
    }

    void namesTheSheetAndRowOfBrokenXml()
    {
        XlsxReader reader;
        QVERIFY(reader.open(write(oneSheet("<row r=\"1\">" + numberCell("A1", "1")
            + "</row><row r=\"2\"><c r=\"A2\"><v>2</v></row>"))));
        CsvRecord record;
        QVERIFY(reader.readNext(record));
        QVERIFY(!reader.readNext(record));
        QVERIFY(reader.hasError());
        QVERIFY2(reader.errorString().contains(QStringLiteral("“Data”"))
                && reader.errorString().contains(QStringLiteral("row 2")),
            qPrintable(reader.errorString()));

        XlsxFixture fixture = oneSheet({});
        fixture.entries[QStringLiteral("xl/workbook.xml")].chop(5);
        const QString error = failure(fixture);
        QVERIFY2(error.contains(QStringLiteral("xl/workbook.xml")), qPrintable(error));
    }

    void streamsTheSheet()
    {
        QByteArray rows;
        for (int r = 1; r <= 50'000; ++r) {
            const QByteArray n = QByteArray::number(r);
            rows += "<row r=\"" + n + "\">" + inlineCell("A" + n, "page") + numberCell("B" + n, n)
                + "</row>";
        }
        XlsxReader reader;
        QVERIFY2(reader.open(write(oneSheet(rows))), qPrintable(reader.errorString()));
        CsvRecord record;
        QVERIFY(reader.readNext(record));
        // Only the current row is held: after the first row, little of the sheet is unpacked.
        QVERIFY2(reader.sheetBytesRead() < reader.sheetBytes() / 50,
            qPrintable(
                QStringLiteral("%1 of %2").arg(reader.sheetBytesRead()).arg(reader.sheetBytes())));
        int count = 1;
        while (reader.readNext(record))
            ++count;
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(count, 50'000);
        QCOMPARE(record.line, 50'000);
        QCOMPARE(record.fields, QStringList({QStringLiteral("page"), QStringLiteral("50000")}));
        QVERIFY(!reader.readNext(record));
        QVERIFY(!reader.hasError());
    }

    void recognisesAZipByItsFirstBytes()
    {
        QVERIFY(XlsxReader::looksLikeXlsx(QByteArrayLiteral("PK\x03\x04\x14\x00")));
        QVERIFY(!XlsxReader::looksLikeXlsx(QByteArrayLiteral("PK\x05\x06")));
        QVERIFY(!XlsxReader::looksLikeXlsx("date,metric\n"));
        QVERIFY(!XlsxReader::looksLikeXlsx({}));
    }
};

QTEST_GUILESS_MAIN(XlsxReaderTest)
#include "XlsxReaderTest.moc"
