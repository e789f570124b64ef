#include "domain/Goal.h"
#include "FileBytes.h"
#include "import/DateParser.h"
#include "import/ImportRunner.h"
#include "import/NumberParser.h"
#include "storage/sqlite/SqliteSpecifics.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceCheck.h"
#include "TestWorkspace.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QtEndian>
#include <sys/stat.h>
#include <sys/types.h>
#include <fcntl.h>
#include <unistd.h>

using namespace stuurboord;

// Input a careless or hostile hand gives Stuurboord: special files, aliases, damaged
// headers and lock files, numbers beyond reason. Each is refused in words, quickly, and
// without writing a byte.
class HostileInputTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString pathFor(const QString& name) const { return m_dir.filePath(name); }

    // SQLite's change counter (header bytes 24..27): what backup tools look at.
    static quint32 changeCounter(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray header = file.read(28);
        return header.size() == 28 ? qFromBigEndian<quint32>(header.constData() + 24) : 0;
    }

    static qint64 observationCount(Workspace& workspace)
    {
        QSqlQuery count(QStringLiteral("SELECT COUNT(*) FROM observation"), workspace.database());
        return count.next() ? count.value(0).toLongLong() : -1;
    }

    // A long-format export with `rows` figures over a few metrics, dimensions and days.
    QString longExport(const QString& name, int rows)
    {
        QByteArray bytes("date,metric,dimension,value\n");
        for (int n = 0; n < rows; ++n) {
            bytes += QStringLiteral("%1,metric_%2,afdeling_%3,%4\n")
                         .arg(QDate(2024, 1, 1).addDays(n / 200).toString(Qt::ISODate))
                         .arg(n % 5)
                         .arg((n / 5) % 40)
                         .arg((n * 7919) % 10007)
                         .toUtf8();
        }
        return writeFixture(m_dir.path(), name, bytes);
    }

    // Runs `work` on a thread and gives it `seconds`; false when it is still running then.
    template <typename Work> static bool finishesWithin(int seconds, Work work)
    {
        std::unique_ptr<QThread> thread(QThread::create(work));
        thread->start();
        return thread->wait(seconds * 1000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void fifoIsNotImported()
    {
        TestWorkspace workspace;
        const QString fifo = pathFor(QStringLiteral("export.csv"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        ImportPreview preview;
        const bool finished = finishesWithin(10, [&] { preview = ImportRunner::prepare(*workspace, fifo); });
        if (!finished) {
            // Unblock the reader so the test can end; it failed already.
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            ::close(fd);
            QThread::msleep(500);
        }
        QVERIFY2(finished, "importing a FIFO blocked");
        QVERIFY2(preview.error.contains(QStringLiteral("regular file")), qPrintable(preview.error));
        ImportPreview summary;
        const BatchWriter::Result result = ImportRunner::importFile(
            *workspace, fifo, {}, BatchWriter::Overlap::Ask, false, summary);
        QVERIFY(!result.outcome);
        QVERIFY2(result.outcome.message().contains(QStringLiteral("regular file")),
            qPrintable(result.outcome.message()));
        QVERIFY(ImportRunner::glimpse(fifo).error.contains(QStringLiteral("regular file")));
    }

    void endlessDeviceIsNotImported()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero here");
        TestWorkspace workspace;
        ImportPreview preview;
        QVERIFY(finishesWithin(10, [&] {
            preview = ImportRunner::prepare(*workspace, QStringLiteral("/dev/zero"));
        }));
        QVERIFY2(preview.error.contains(QStringLiteral("regular file")), qPrintable(preview.error));
    }

    void refusedImportsLeaveTheFileUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("junk") << QByteArray("\x01\x02\x03 nothing to see \xff\xfe", 20);
        QTest::addRow("every row rejected")
            << QByteArray("date,metric,dimension,value\nmorgen,page_views,a,1\ngisteren,page_views,b,2\n");
        QTest::addRow("header only") << QByteArray("date,metric,dimension,value\n");
    }

    void refusedImportsLeaveTheFileUntouched()
    {
        QFETCH(QByteArray, bytes);
        TestWorkspace workspace;
        const quint32 before = changeCounter(workspace.path());
        const QString file = writeFixture(m_dir.path(), QStringLiteral("refused.csv"), bytes);
        ImportPreview summary;
        const BatchWriter::Result result = ImportRunner::importFile(
            *workspace, file, {}, BatchWriter::Overlap::Ask, false, summary);
        QVERIFY(!result.outcome);
        QCOMPARE(changeCounter(workspace.path()), before);
        QCOMPARE(observationCount(*workspace), 0);
    }

    void hugeNumbersAreCalledTooLarge()
    {
        const ParsedNumber beyond = NumberParser::parse(u"1e309", NumberConvention::English);
        QCOMPARE(beyond.kind, ParsedNumber::Kind::Invalid);
        QVERIFY2(beyond.error.contains(QStringLiteral("too large")), qPrintable(beyond.error));
        // Two of these would add up to infinity: a usage figure is never this large.
        const ParsedNumber huge = NumberParser::parse(u"1e308", NumberConvention::English);
        QCOMPARE(huge.kind, ParsedNumber::Kind::Invalid);
        QVERIFY2(huge.error.contains(QStringLiteral("too large")), qPrintable(huge.error));
        QCOMPARE(NumberParser::parse(u"123456789012", NumberConvention::English).value, 123456789012.0);
    }

    void negativeYearIsNotADate()
    {
        const ParsedDate date = DateParser::parse(u"-0001-01-01");
        QCOMPARE(date.kind, ParsedDate::Kind::Invalid);
        QVERIFY2(!date.error.isEmpty(), qPrintable(date.error));
        QCOMPARE(DateParser::parse(u"2026-01-01").date, QDate(2026, 1, 1));
    }

    void tenThousandColumnsAreNotCalledOneColumn()
    {
        QByteArray header;
        QByteArray row;
        for (int i = 0; i < 10000; ++i) {
            header += (i ? "," : "") + QByteArray("kolom_met_een_lange_naam_") + QByteArray::number(i);
            row += (i ? "," : "") + QByteArray::number(i);
        }
        const QString file
            = writeFixture(m_dir.path(), QStringLiteral("wide.csv"), header + "\n" + row + "\n");
        const ImportRunner::Glimpse glimpse = ImportRunner::glimpse(file);
        QVERIFY(!glimpse.records.isEmpty());
        QCOMPARE(glimpse.records.first().fields.size(), 10000);
        const QString decisions = glimpse.decisions.join(u'\n');
        QVERIFY2(!decisions.contains(QStringLiteral("one column")), qPrintable(decisions));
        QVERIFY2(decisions.contains(QStringLiteral("commas")), qPrintable(decisions));
    }

    void flippedBitIsCaughtAndNothingIsWritten()
    {
        const QString path = pathFor(QStringLiteral("flipped.stuurboord"));
        {
            OpenResult created = Workspace::create(path, QStringLiteral("Gemeente Bitdorp"));
            QVERIFY2(created.ok(), qPrintable(created.message));
            ImportPreview summary;
            const BatchWriter::Result written = ImportRunner::importFile(*created.workspace,
                longExport(QStringLiteral("usage.csv"), 20000), {}, BatchWriter::Overlap::Ask, false, summary);
            QVERIFY2(written.outcome, qPrintable(written.outcome.message() + summary.error));
        }
        // The leaf pages of the observation table, where one flipped bit breaks the key order
        // in a way SQLite's quick_check does not look at.
        QList<int> leaves;
        int pageSize = 0;
        {
            QSqlDatabase db = SqliteSpecifics::open(path, QStringLiteral("pages"), SqliteSpecifics::Access::ReadOnly);
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT pageno, pgsize FROM dbstat WHERE name = 'observation' AND pagetype = 'leaf' ORDER BY pageno")));
            while (query.next()) {
                leaves << query.value(0).toInt();
                pageSize = query.value(1).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));
        QVERIFY(leaves.size() > 2);
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray pristine = original.readAll();
        original.close();
        // Look for a bit that quick_check misses and integrity_check finds.
        const QString probe = pathFor(QStringLiteral("probe.stuurboord"));
        bool found = false;
        const qint64 page = leaves.at(leaves.size() / 2) - 1;
        for (int offset = pageSize - 1; offset > pageSize / 2 && !found; offset -= 3) {
            QByteArray bytes = pristine;
            bytes[page * pageSize + offset] = char(bytes.at(page * pageSize + offset) ^ 0x10);
            QFile::remove(probe);
            writeFixture(m_dir.path(), QStringLiteral("probe.stuurboord"), bytes);
            QSqlDatabase db = SqliteSpecifics::open(probe, QStringLiteral("probe"), SqliteSpecifics::Access::ReadOnly);
            found = SqliteSpecifics::quickCheck(db).isEmpty() && !SqliteSpecifics::integrityCheck(db).isEmpty();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        }
        QVERIFY2(found, "no bit found that quick_check misses");
        const QByteArray before = fileDigest(probe);
        const OpenResult opened = Workspace::open(probe);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.problem, WorkspaceProblem::Damaged);
        QVERIFY2(opened.message.contains(QStringLiteral("backup")), qPrintable(opened.message));
        QVERIFY(!Workspace::open(probe, Workspace::OpenOptions{false, true}).ok());
        QCOMPARE(fileDigest(probe), before);
        QVERIFY(!WorkspaceCheck::run(probe).isHealthy());

        // The application shows a workspace at once and checks it beside the window: the
        // same file opens, reads, and then refuses every write with the reason.
        Workspace::OpenOptions showAtOnce;
        showAtOnce.checkAfterOpening = true;
        OpenResult shown = Workspace::open(probe, showAtOnce);
        QVERIFY2(shown.ok(), qPrintable(shown.message));
        QCOMPARE(shown.workspace->organisationName(), QStringLiteral("Gemeente Bitdorp"));
        Goal goal;
        goal.title = QStringLiteral("Niet in een beschadigd bestand");
        goal.kind = GoalKind::Abstract;
        const Outcome added = shown.workspace->repository<Goal>().add(goal);
        QVERIFY(!added);
        QVERIFY2(added.message().contains(QStringLiteral("damaged"))
                && added.message().contains(QStringLiteral("read-only")),
            qPrintable(added.message()));
        QCOMPARE(shown.workspace->writeRefusal(), added.message());
        // An import through a worker connection is refused at the SQLite level as well.
        QString error;
        std::unique_ptr<Workspace> worker = shown.workspace->openWorkerConnection(&error);
        QVERIFY2(worker, qPrintable(error));
        QCOMPARE(worker->writeRefusal(), added.message());
        ImportPreview summary;
        const BatchWriter::Result imported = ImportRunner::importFile(*worker,
            longExport(QStringLiteral("more.csv"), 50), {}, BatchWriter::Overlap::Ask, false, summary);
        QVERIFY(!imported.outcome);
        worker.reset();
        shown.workspace.reset();
        QCOMPARE(fileDigest(probe), before);
    }

    void aliasesShareOneLock()
    {
        TestWorkspace workspace;
        const QString symlink = pathFor(QStringLiteral("snelkoppeling.stuurboord"));
        QVERIFY(QFile::link(workspace.path(), symlink));
        const OpenResult viaSymlink = Workspace::open(symlink);
        QVERIFY(!viaSymlink.ok());
        QCOMPARE(viaSymlink.problem, WorkspaceProblem::Locked);
        const QString hardLink = pathFor(QStringLiteral("harde koppeling.stuurboord"));
        QCOMPARE(::link(QFile::encodeName(workspace.path()).constData(), QFile::encodeName(hardLink).constData()), 0);
        const OpenResult viaHardLink = Workspace::open(hardLink);
        QVERIFY(!viaHardLink.ok());
        QCOMPARE(viaHardLink.problem, WorkspaceProblem::Locked);
        QFile::remove(hardLink);
        QFile::remove(symlink);
    }

    void specialFilesAreNotCalledEmpty()
    {
        const QString fifo = pathFor(QStringLiteral("pijp.stuurboord"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        OpenResult opened;
        QVERIFY(finishesWithin(10, [&] { opened = Workspace::open(fifo); }));
        QVERIFY(!opened.ok());
        QVERIFY2(!opened.message.contains(QStringLiteral("0 bytes")), qPrintable(opened.message));
        QVERIFY2(opened.message.contains(QStringLiteral("not a regular file")), qPrintable(opened.message));
        if (QFileInfo::exists(QStringLiteral("/dev/zero"))) {
            const OpenResult zero = Workspace::open(QStringLiteral("/dev/zero"), Workspace::OpenOptions{false, true});
            QVERIFY2(zero.message.contains(QStringLiteral("not a regular file")), qPrintable(zero.message));
        }
    }

    void damagedLockFilesAreExplainedAndGarbageIsRecovered()
    {
        TestWorkspace workspace;
        const QString path = workspace.path();
        workspace.close();
        writeFixture(QFileInfo(path).absolutePath(), QStringLiteral("test.stuurboord.lock"), QByteArray("\xde\xad\xbe\xef garbage", 12));
        {
            const OpenResult opened = Workspace::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.message));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        QVERIFY(QDir().mkdir(path + QStringLiteral(".lock")));
        const OpenResult folder = Workspace::open(path);
        QVERIFY(!folder.ok());
        QVERIFY2(folder.message.contains(QStringLiteral("folder")), qPrintable(folder.message));
        QVERIFY2(!folder.message.contains(QStringLiteral("already open")), qPrintable(folder.message));
        QVERIFY(QDir().rmdir(path + QStringLiteral(".lock")));
    }

    void damagedHeadersAreExplainedInWords_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("page size 3") << 16 << QByteArray("\x00\x03", 2) << QStringLiteral("header is damaged");
        QTest::addRow("reserved bytes 255") << 20 << QByteArray("\xff", 1) << QStringLiteral("header is damaged");
    }

    void damagedHeadersAreExplainedInWords()
    {
        QFETCH(int, offset);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        TestWorkspace workspace;
        const QString path = workspace.path();
        workspace.close();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(offset);
        file.write(value);
        file.close();
        const OpenResult opened = Workspace::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.message.contains(expected), qPrintable(opened.message));
        QVERIFY2(opened.message.count(u'\n') < 3, qPrintable(opened.message));
        QVERIFY2(!opened.message.contains(QStringLiteral("should have")), qPrintable(opened.message));
        const WorkspaceCheck check = WorkspaceCheck::run(path);
        QVERIFY(!check.isHealthy());
        QVERIFY2(check.lines().size() < 12, qPrintable(check.lines().join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(HostileInputTest)
#include "HostileInputTest.moc"
