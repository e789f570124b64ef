#include "demo/DemoWorkspace.h"
#include "domain/BudgetLine.h"
#include "domain/BudgetYear.h"
#include "domain/Stakeholder.h"
#include "export/CsvWriter.h"
#include "export/TableExport.h"
#include "TestWorkspace.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace stuurboord;

namespace {
// An independent RFC 4180 reader: the test does not trust the writer to read its own output.
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(bytes);
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty())
                return {}; // a quote inside an unquoted field is not RFC 4180
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            return {}; // a bare line break outside quotes
        } else {
            if (wasQuoted)
                return {}; // text after a closing quote
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        return {}; // every row ends in CRLF
    return rows;
}

QString randomCell(QRandomGenerator& random)
{
    static const QStringList pieces{QStringLiteral("\""), QStringLiteral(","), QStringLiteral("\r\n"),
        QStringLiteral("\n"), QStringLiteral("\r"), QStringLiteral("\t"), QStringLiteral("="),
        QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("@"), QStringLiteral("'"),
        QStringLiteral(" "), QStringLiteral("abc"), QStringLiteral("ë€ï"), QStringLiteral("日本"),
        QStringLiteral("😀"), QStringLiteral("12"), QStringLiteral(".5"), QStringLiteral(";"),
        QStringLiteral("SUM(A1:A9)"), QStringLiteral("cmd|' /C calc'!A0")};
    QString cell;
    const int length = random.bounded(0, 7);
    for (int i = 0; i < length; ++i)
        cell += pieces.at(random.bounded(int(pieces.size())));
    return cell;
}

// A cell a spreadsheet would evaluate as something else than a number: a plain number
// such as -12.5 is left as it is on purpose.
bool startsDangerously(const QString& cell)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
    return !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front())
        && !number.match(cell).hasMatch();
}
} // namespace

class CsvExportTest final : public QObject
{
    Q_OBJECT

private slots:
    void generatedCellsRoundTripAndCannotRunAsFormulas()
    {
        QRandomGenerator random(20261205);
        for (int round = 0; round < 300; ++round) {
            QList<QStringList> rows;
            const int columns = random.bounded(1, 6);
            for (int r = 0; r < random.bounded(1, 8); ++r) {
                QStringList row;
                for (int c = 0; c < columns; ++c)
                    row << randomCell(random);
                rows << row;
            }
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            CsvWriter writer(buffer);
            for (const QStringList& row : rows)
                QVERIFY(writer.writeRow(row));
            QByteArray bytes = buffer.data();
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            QCOMPARE(bytes.count("\xEF\xBB\xBF"), 1); // the mark once, not per row
            const QList<QStringList> read = parseCsv(bytes.mid(3));
            QCOMPARE(read.size(), rows.size());
            for (int r = 0; r < rows.size(); ++r) {
                QCOMPARE(read.at(r).size(), rows.at(r).size());
                for (int c = 0; c < rows.at(r).size(); ++c) {
                    const QString& original = rows.at(r).at(c);
                    const QString& cell = read.at(r).at(c);
                    // What a spreadsheet sees never starts a formula...
                    QVERIFY2(!startsDangerously(cell), qPrintable(cell));
                    // ...and is the original, with a quote in front only where it could have.
                    if (startsDangerously(original))
                        QCOMPARE(cell, QLatin1Char('\'') + original);
                    else
                        QCOMPARE(cell, original);
                }
            }
        }
    }

    void fieldsAreQuotedOnlyWhenNeeded()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("plain text")), QStringLiteral("plain text"));
        QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(CsvWriter::field(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
        // Amounts stay numbers a spreadsheet can add up.
        QCOMPARE(CsvWriter::field(QStringLiteral("-12.50")), QStringLiteral("-12.50"));
        QCOMPARE(CsvWriter::field(QStringLiteral("+31")), QStringLiteral("+31"));
        QCOMPARE(CsvWriter::field(QStringLiteral("-1+2")), QStringLiteral("'-1+2"));
    }

    void aTableIsWrittenWithWordsAndPlainAmounts()
    {
        TestWorkspace workspace;
        Stakeholder person;
        person.name = QStringLiteral("=cmd|' /C calc'!A0");
        person.role = QStringLiteral("Wethouder, portefeuille \"ICT\"");
        person.department = QStringLiteral("Bestuur\nen Concernstaf");
        person.category = StakeholderCategory::Sponsor;
        person.influence = 5;
        person.interest = 4;
        QVERIFY(workspace->repository<Stakeholder>().add(person));
        BudgetYear year;
        year.year = 2026;
        QVERIFY(workspace->repository<BudgetYear>().add(year));
        BudgetLine line;
        line.yearId = year.id;
        line.category = BudgetCategory::PhaseTwo;
        line.description = QStringLiteral("Doorontwikkeling ë");
        line.plannedCents = 6000005;
        QVERIFY(workspace->repository<BudgetLine>().add(line));

        const QString path = workspace.folder() + QStringLiteral("/lines.csv");
        qint64 rows = 0;
        QVERIFY(TableExport::write(*workspace, QStringLiteral("budget_line"), path, &rows));
        QCOMPARE(rows, 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> lines = parseCsv(bytes.mid(3));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), (QStringList{QStringLiteral("Budget year"), QStringLiteral("Category"),
                                  QStringLiteral("Description"), QStringLiteral("Planned")}));
        QCOMPARE(lines.at(1), (QStringList{QStringLiteral("2026"), QStringLiteral("phase-two development"),
                                  QStringLiteral("Doorontwikkeling ë"), QStringLiteral("60000.05")}));

        const QString people = workspace.folder() + QStringLiteral("/people.csv");
        QVERIFY(TableExport::write(*workspace, QStringLiteral("stakeholder"), people));
        QFile peopleFile(people);
        QVERIFY(peopleFile.open(QIODevice::ReadOnly));
        const QList<QStringList> read = parseCsv(peopleFile.readAll().mid(3));
        QCOMPARE(read.size(), 2);
        QVERIFY(read.at(1).contains(QStringLiteral("'=cmd|' /C calc'!A0")));
        QVERIFY(read.at(1).contains(QStringLiteral("Wethouder, portefeuille \"ICT\"")));
        QVERIFY(read.at(1).contains(QStringLiteral("Bestuur\nen Concernstaf")));

        const Outcome unknown = TableExport::write(*workspace, QStringLiteral("nonsense"), path);
        QVERIFY(!unknown);
        QVERIFY(unknown.message().contains(u"nonsense"));
        const Outcome unwritable = TableExport::write(*workspace, QStringLiteral("stakeholder"),
            workspace.folder() + QStringLiteral("/no such folder/x.csv"));
        QVERIFY(!unwritable);
    }

    void everyDemoTableExports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.stuurboord"));
        QVERIFY(DemoWorkspace::write(path, QDate(2026, 10, 1)));
        OpenResult opened = Workspace::open(path, Workspace::OpenOptions{false, true});
        QVERIFY(opened.ok());
        for (const QString& table : TableExport::tableNames()) {
            const QString out = dir.filePath(table + QStringLiteral(".csv"));
            qint64 rows = -1;
            QVERIFY2(TableExport::write(*opened.workspace, table, out, &rows), qPrintable(table));
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QList<QStringList> read = parseCsv(file.readAll().mid(3));
            QCOMPARE(read.size(), rows + 1);
        }
    }
};

QTEST_GUILESS_MAIN(CsvExportTest)
#include "CsvExportTest.moc"
