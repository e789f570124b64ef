#include "import/CsvReader.h"
#include "import/ReadAheadSource.h"
#include "import/RecordSource.h"
#include "import/TextDecoder.h"
#include "import/TotalsRow.h"

#include <cstring>
#include <QBuffer>
#include <QDir>
#include <QTemporaryFile>
#include <QTest>

using namespace stuurboord;

namespace {

QString fixture(const char* name)
{
    return qEnvironmentVariable("STUURBOORD_TEST_DATA") + QStringLiteral("/import/")
        + QString::fromLatin1(name);
}

// A UTF-16 export cut off one byte into the last character of its last row.
QByteArray utf16CutInLastRow()
{
    QByteArray utf16("\xff\xfe", 2);
    for (const QChar c : QStringLiteral("date\tnb_visits\n2026-01\t5678\n2026-02\t60")) {
        utf16 += char(c.unicode() & 0xFF);
        utf16 += char(c.unicode() >> 8);
    }
    utf16.chop(1);
    return utf16;
}

// The records of utf16CutInLastRow(): the header, a whole row, and the cut row, marked.
template<typename Reader>
void expectCutThirdRecord(Reader& reader)
{
    CsvRecord record;
    QVERIFY(reader.readNext(record));
    QVERIFY(reader.readNext(record));
    QVERIFY(!reader.recordCut());
    QVERIFY(reader.readNext(record));
    QVERIFY(reader.recordCut());
    QCOMPARE(record.fields, QStringList({QStringLiteral("2026-02"), QStringLiteral("6")}));
    QVERIFY(!reader.readNext(record));
}

// A file that is never in memory as a whole: rows are made as the reader asks for bytes,
// and the device counts how far ahead of the returned records the reader has read.
class GeneratedCsv final : public QIODevice
{
public:
    explicit GeneratedCsv(int rows)
        : m_rows(rows)
    {
        open(QIODevice::ReadOnly);
    }
    static QByteArray row(int i)
    {
        return QStringLiteral("2026-%1-01,page_views,site%2,%3\n")
            .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
            .arg(i % 50)
            .arg(i)
            .toLatin1();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return (m_next <= m_rows ? 1 : 0) + m_pending.size() + QIODevice::bytesAvailable();
    }
    qint64 served = 0;

protected:
    qint64 readData(char* data, qint64 max) override
    {
        while (m_pending.size() < max && m_next <= m_rows)
            m_pending
                += m_next == 0 ? QByteArray("date,metric,dimension,value\n") : row(m_next - 1),
                ++m_next;
        const qint64 n = std::min<qint64>(max, m_pending.size());
        memcpy(data, m_pending.constData(), size_t(n));
        m_pending.remove(0, n);
        served += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    int m_rows;
    int m_next = 0;
    QByteArray m_pending;
};

} // namespace

// What the coordinator sees when a file goes in: the right text, the right rows and line
// numbers, and a clear message when the file is broken.
class ImportReadersTest final : public QObject
{
    Q_OBJECT

private slots:
    void readsMatomoUtf16Tsv()
    {
        CsvReader reader;
        CsvReader::Table table;
        QVERIFY2(reader.readFile(fixture("matomo_utf16le.tsv"), table),
            qPrintable(reader.errorString()));
        QCOMPARE(reader.encoding(), TextEncoding::Utf16LE);
        QVERIFY(reader.encodingReason().contains(u"byte order mark"));
        QCOMPARE(reader.delimiter(), QChar(u'\t'));
        QCOMPARE(table.records.size(), 4);
        QCOMPARE(table.records.first().fields.first(), QStringLiteral("date")); // no BOM left
        // The last line has no line break and still counts.
        QCOMPARE(table.records.last().line, 4);
        QCOMPARE(table.records.last().fields,
            QStringList({QStringLiteral("2026-03"), QStringLiteral("1402"), QStringLiteral("6100"),
                QStringLiteral("14010"), QStringLiteral("00:01:59"), QStringLiteral("40,5%")}));
    }

    void readsMicrosoft365WithBom()
    {
        CsvReader reader;
        CsvReader::Table table;
        QVERIFY2(reader.readFile(fixture("m365_sharepoint_site_usage.csv"), table),
            qPrintable(reader.errorString()));
        QCOMPARE(reader.encoding(), TextEncoding::Utf8);
        QCOMPARE(reader.delimiter(), QChar(u','));
        QCOMPARE(reader.delimiterReason(),
            QStringLiteral("commas: 15 columns on all 3 lines looked at"));
        const QStringList header = table.records.first().fields;
        QCOMPARE(header.first(), QStringLiteral("Report Refresh Date"));
        QCOMPARE(header.last(), QStringLiteral("Report Period"));
        QCOMPARE(table.records.size(), 3);
        QCOMPARE(table.records[2].line, 3);
        QCOMPARE(
            table.records[2].fields.at(header.indexOf(QStringLiteral("Storage Allocated (Byte)"))),
            QStringLiteral("27487790694400"));
    }

    void readsDutchExcelInWindows1252()
    {
        CsvReader reader;
        CsvReader::Table table;
        QVERIFY2(reader.readFile(fixture("eigen_spreadsheet_excel.csv"), table),
            qPrintable(reader.errorString()));
        QCOMPARE(reader.encoding(), TextEncoding::Windows1252);
        QVERIFY2(reader.encodingReason().contains(u"byte 0xe9 on line 2"),
            qPrintable(reader.encodingReason()));
        QCOMPARE(reader.delimiter(), QChar(u';'));
        // The ";;;;" line Excel pads with is skipped; the totals row is kept for the mapper.
        QCOMPARE(table.records.size(), 5);
        QCOMPARE(table.records[1].fields.at(2), QStringLiteral("Café-overleg"));
        QCOMPARE(table.records[1].fields.at(4), QStringLiteral("€ 1.234,56"));
        QCOMPARE(table.records[2].fields.at(2), QStringLiteral("Financiën"));
        QCOMPARE(table.records[3].fields.at(1), QStringLiteral("Geïnteresseerden"));
        QCOMPARE(table.records[3].fields.at(2), QStringLiteral("Coördinatie"));
        QCOMPARE(table.records[4].line, 6);
        QCOMPARE(TotalsRow::reason(table.records[4].fields),
            QStringLiteral("a totals row (\"Totaal\"), not a period of its own"));
        QVERIFY(!TotalsRow::isTotals(table.records[1].fields));
    }

    void readsGa4PreambleQuotedLineBreakAndTotals()
    {
        CsvReader reader;
        CsvReader::Table table;
        QVERIFY2(
            reader.readFile(fixture("ga4_pages.csv"), table), qPrintable(reader.errorString()));
        QCOMPARE(reader.delimiter(), QChar(u','));
        QCOMPARE(table.comments.size(), 8);
        QCOMPARE(table.comments.at(6).line, 7);
        QCOMPARE(table.comments.at(6).text, QStringLiteral(" Start date: 20260101"));
        QCOMPARE(table.records.size(), 5);
        QCOMPARE(table.records[0].line, 9);
        QCOMPARE(table.records[1].fields.at(1), QStringLiteral("3,215"));
        QCOMPARE(table.records[2].line, 11);
        QCOMPARE(table.records[2].fields.at(0), QStringLiteral("Nieuws: \"Nieuwe kantine\"\nopen"));
        QCOMPARE(table.records[3].line, 13);
        QCOMPARE(table.records[4].line, 14);
        QCOMPARE(TotalsRow::reason(table.records[4].fields),
            QStringLiteral("the first cell is empty, as in a totals row"));
    }

    void brokenFilesSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::newRow("0 bytes") << fixture("empty.csv")
                                 << QStringLiteral("The file is empty (0 bytes).") << 0;
        QTest::newRow("header only")
            << fixture("header_only.csv")
            << QStringLiteral("The file has only a header (line 1) and no data rows.") << 0;
        QTest::newRow("unterminated quote")
            << fixture("unterminated_quote.csv")
            << QStringLiteral("Line 3: a quoted field starts here but its closing quote (\") is "
                              "missing, so the "
                              "rest of the file would become one value.")
            << 3;
        QTest::newRow("binary") << fixture("binary_garbage.bin")
                                << QStringLiteral("This is not a text file") << 0;
        QTest::newRow("missing") << fixture("no_such_file.csv")
                                 << QStringLiteral("could not be opened") << 0;
    }

    void brokenFilesSayWhatIsWrong()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(int, line);
        CsvReader reader;
        CsvReader::Table table;
        QVERIFY(!reader.readFile(file, table));
        QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
        QCOMPARE(reader.errorLine(), line);
    }

    // A UTF-16 file one byte short: every complete row reads, the lone byte is dropped and
    // the reader says the input was cut.
    void truncatedUtf16ReadsEveryCompleteRow()
    {
        QFile file(fixture("truncated_utf16.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QBuffer stream;
        stream.setData(file.readAll());
        QVERIFY(stream.open(QIODevice::ReadOnly));
        CsvReader reader;
        QVERIFY2(reader.open(&stream), qPrintable(reader.errorString()));
        CsvReader::Table table;
        QVERIFY(reader.readAll(table));
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records[1].fields,
            QStringList({QStringLiteral("2026-01"), QStringLiteral("5678")}));
        QVERIFY(!reader.recordCut()); // the lone byte starts a row of its own: nothing of it
        TextDecoder decoder(TextEncoding::Utf16LE);
        QCOMPARE(decoder.decode(stream.data().left(13)), QStringLiteral("date\t"));
        decoder.decode(stream.data().mid(13));
        QCOMPARE(decoder.finish(), QString());
        QVERIFY(!decoder.hasError());
        QVERIFY(decoder.cutOff());

        // Cut inside the last row: that record is marked, the ones before are not.
        CsvReader cut;
        QByteArray utf16 = utf16CutInLastRow();
        QBuffer cutStream(&utf16);
        QVERIFY(cutStream.open(QIODevice::ReadOnly));
        QVERIFY(cut.open(&cutStream));
        expectCutThirdRecord(cut);
    }

    // Large files are split into fields a chunk ahead on a second thread. What the profile
    // sees must be exactly what the file gives read directly: every record with its line, the
    // `#` lines before each record (GA4 puts them between tables), a cut last record, and
    // the end; and stopping early must not wait for the rest of the file.
    void readAheadGivesWhatTheFileGives()
    {
        QTemporaryFile file(QDir::tempPath() + QStringLiteral("/readahead-XXXXXX.csv"));
        QVERIFY(file.open());
        QByteArray text = "date,metric,dimension,value\n";
        for (int i = 0; i < 9000; ++i) {
            if (i % 1337 == 0 || i == 511 || i == 512 || i == 4095)
                text += "# table " + QByteArray::number(i) + "\n"; // across chunk edges too
            text += "2026-0" + QByteArray::number(1 + i % 9) + "-01,page_views,\"site " + QByteArray::number(i % 7)
                + "\"," + QByteArray::number(i) + "\n";
        }
        text += "# the end\n";
        file.write(text);
        file.close();

        const auto readAll = [&](bool ahead, int stopAfter) {
            QString error;
            std::unique_ptr<RecordSource> source = RecordSource::open(file.fileName(), {}, &error);
            QStringList seen;
            if (!source) {
                seen << error;
                return seen;
            }
            std::unique_ptr<ReadAheadSource> wrapper;
            RecordSource* reading = source.get();
            if (ahead) {
                wrapper = std::make_unique<ReadAheadSource>(*source);
                reading = wrapper.get();
            }
            CsvRecord record;
            int count = 0;
            while (reading->readNext(record)) {
                QStringList before;
                for (const CsvComment& comment : reading->comments()) {
                    if (comment.line < record.line)
                        before << comment.text;
                }
                seen << QString::number(record.line) + QLatin1Char(':') + record.fields.join(u'|')
                        + QStringLiteral(" after ") + QString::number(before.size()) + QStringLiteral(" comments")
                        + (reading->recordCut() ? QStringLiteral(" cut") : QString());
                if (++count == stopAfter)
                    return seen;
            }
            seen << QStringLiteral("end; error %1; comments %2; progress %3")
                        .arg(reading->hasError())
                        .arg(reading->comments().size())
                        .arg(reading->progress());
            return seen;
        };
        const QStringList direct = readAll(false, -1);
        QCOMPARE(direct.size(), 9002); // the header, 9,000 rows and the end
        QCOMPARE(direct.at(1), QStringLiteral("3:2026-01-01|page_views|site 0|0 after 1 comments"));
        QCOMPARE(direct.last(), QStringLiteral("end; error 0; comments 11; progress 1"));
        QCOMPARE(readAll(true, -1), direct);
        QCOMPARE(readAll(true, 3), direct.mid(0, 3)); // and the thread ahead stops at once

        // A UTF-16 file cut inside its last row: the cut is told for that record only.
        QTemporaryFile cut(QDir::tempPath() + QStringLiteral("/readahead-XXXXXX.tsv"));
        QVERIFY(cut.open());
        QByteArray utf16 = utf16CutInLastRow();
        cut.write(utf16);
        cut.close();
        QString error;
        std::unique_ptr<RecordSource> source = RecordSource::open(cut.fileName(), {}, &error);
        QVERIFY2(source, qPrintable(error));
        ReadAheadSource ahead(*source);
        expectCutThirdRecord(ahead);
    }

    void sepLineCrLineEndsAndBlankLines()
    {
        CsvReader reader;
        QVERIFY(reader.openText(
            QStringLiteral("sep=;\r\nNaam;Waarde\r\r\n\"a;b\";1,5\r;;\rc;\"2\"\"\"")));
        QCOMPARE(reader.delimiter(), QChar(u';'));
        QCOMPARE(reader.delimiterReason(),
            QStringLiteral("semicolons: the file starts with the line sep=;"));
        CsvReader::Table table;
        QVERIFY(reader.readAll(table));
        QCOMPARE(table.records.size(), 3);
        QCOMPARE(table.records[0].line, 2);
        QCOMPARE(table.records[1].line, 4);
        QCOMPARE(
            table.records[1].fields, QStringList({QStringLiteral("a;b"), QStringLiteral("1,5")}));
        QCOMPARE(table.records[2].line, 6);
        QCOMPARE(
            table.records[2].fields, QStringList({QStringLiteral("c"), QStringLiteral("2\"")}));
    }

    void sniffsDutchSemicolonsOverDecimalCommas()
    {
        CsvReader reader;
        QVERIFY(reader.openText(QStringLiteral("Maand|x;Bezoeken\n2026-01;1,5\n2026-02;2,5\n")));
        QCOMPARE(reader.delimiter(), QChar(u';'));
    }

    void findsWindows1252FarIntoALargeFile()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("datum;waarde\n");
        for (int i = 0; i < 20000; ++i)
            file.write("1-3-2026;12\n");
        file.write("1-3-2026;Caf\xe9\n");
        file.flush();
        file.seek(0);
        CsvReader reader;
        QVERIFY(reader.open(&file));
        QCOMPARE(reader.encoding(), TextEncoding::Windows1252);
        QVERIFY2(reader.encodingReason().contains(u"byte 240025 of the file"),
            qPrintable(reader.encodingReason()));
        CsvRecord record;
        while (reader.readNext(record)) { }
        QVERIFY(!reader.hasError());
        QCOMPARE(record.fields.last(), QStringLiteral("Café"));
        QCOMPARE(record.line, 20002);
    }

    // The benchmark of issue 4 reads a million rows; here 200,000 rows must come through the
    // incremental API while the reader stays within a chunk or two of the returned rows.
    void streamsLongFilesInBoundedMemory()
    {
        const int rows = 200000;
        GeneratedCsv device(rows);
        CsvReader reader;
        QVERIFY(reader.open(&device));
        QCOMPARE(reader.delimiter(), QChar(u','));
        CsvRecord record;
        qint64 consumed = 0;
        qint64 furthestAhead = 0;
        int count = 0;
        while (reader.readNext(record)) {
            consumed += count == 0 ? 28 : GeneratedCsv::row(count - 1).size();
            furthestAhead = std::max(furthestAhead, device.served - consumed);
            ++count;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(count, rows + 1);
        QCOMPARE(record.line, rows + 1);
        QCOMPARE(record.fields.last(), QString::number(rows - 1));
        QVERIFY(device.served > 5 * 1024 * 1024);
        QVERIFY2(furthestAhead <= 2 * 64 * 1024, qPrintable(QString::number(furthestAhead)));
    }
};

QTEST_GUILESS_MAIN(ImportReadersTest)
#include "ImportReadersTest.moc"
