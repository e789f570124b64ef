#include "storage/Workspace.h"

#include "FileBytes.h"
#include "storage/Schema.h"
#include "storage/sqlite/SqliteSpecifics.h"
#include "storage/WorkspaceCheck.h"
#include "TestWorkspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <unistd.h>

using namespace stuurboord;

// How a workspace that went through a crash, a busy moment or a damaged disk is opened:
// what SQLite can recover is recovered without asking the user, what is busy is called
// busy, and only what is damaged is called damaged (and then never written).
class WorkspaceRecoveryTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString pathFor(const QString& name) const { return m_dir.filePath(name); }

    QString newWorkspace(const QString& name)
    {
        const QString path = pathFor(name);
        OpenResult created = Workspace::create(path, QStringLiteral("Gemeente Hersteldorp"));
        if (!created.ok())
            qFatal("%s", qPrintable(created.message));
        return path;
    }

    // What a crash leaves: the file in the middle of a transaction that already wrote pages
    // into it, with its journal beside it, and a header that promises more pages than the
    // file has (as after a kill between writing page 1 and growing the file).
    static void crashedCopy(const QString& source, const QString& target)
    {
        const QString connection = QStringLiteral("crash");
        {
            QSqlDatabase db = SqliteSpecifics::open(source, connection, SqliteSpecifics::Access::ReadWrite);
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size=2")));
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
            for (int i = 0; i < 300; ++i)
                QVERIFY(query.exec(QStringLiteral("INSERT INTO filler VALUES (randomblob(3000))")));
            QVERIFY(QFile::exists(source + QStringLiteral("-journal")));
            QVERIFY(QFile::copy(source, target));
            QVERIFY(QFile::copy(source + QStringLiteral("-journal"), target + QStringLiteral("-journal")));
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray header = file.read(100);
        const quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
        const quint32 promised = quint32(file.size() / pageSize) + 40;
        file.seek(28);
        uchar bytes[4];
        qToBigEndian(promised, bytes);
        file.write(reinterpret_cast<const char*>(bytes), 4);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void hotJournalIsRolledBackOnOpening()
    {
        const QString source = newWorkspace(QStringLiteral("source.stuurboord"));
        const QString crashed = pathFor(QStringLiteral("crashed.stuurboord"));
        crashedCopy(source, crashed);
        if (QTest::currentTestFailed())
            return;
        OpenResult opened = Workspace::open(crashed);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(opened.workspace->organisationName(), QStringLiteral("Gemeente Hersteldorp"));
        QSqlDatabase db = opened.workspace->database();
        QVERIFY(!SqliteSpecifics::tableNames(db).contains(QStringLiteral("filler")));
        db = QSqlDatabase();
        opened.workspace.reset();
        QVERIFY(!QFile::exists(crashed + QStringLiteral("-journal")));
        QVERIFY(WorkspaceCheck::run(crashed).isHealthy());
    }

    void hotJournalIsRolledBackForAReader()
    {
        const QString source = newWorkspace(QStringLiteral("source-reader.stuurboord"));
        const QString crashed = pathFor(QStringLiteral("crashed-reader.stuurboord"));
        crashedCopy(source, crashed);
        if (QTest::currentTestFailed())
            return;
        OpenResult opened = Workspace::open(crashed, Workspace::OpenOptions{false, true});
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(opened.workspace->organisationName(), QStringLiteral("Gemeente Hersteldorp"));
        opened.workspace.reset();
        QVERIFY(!QFile::exists(crashed + QStringLiteral("-journal")));
        QVERIFY(!QFile::exists(crashed + QStringLiteral(".lock")));
    }

    void checkRollsBackAHotJournalAndSaysSo()
    {
        const QString source = newWorkspace(QStringLiteral("source-check.stuurboord"));
        const QString crashed = pathFor(QStringLiteral("crashed-check.stuurboord"));
        crashedCopy(source, crashed);
        if (QTest::currentTestFailed())
            return;
        const WorkspaceCheck check = WorkspaceCheck::run(crashed);
        QVERIFY2(check.isHealthy(), qPrintable(check.lines().join(u'\n')));
        QVERIFY2(check.lines().join(u'\n').contains(QStringLiteral("interrupted")),
            qPrintable(check.lines().join(u'\n')));
    }

    void busyWorkspaceSaysWhoIsBusy()
    {
        TestWorkspace workspace;
        // Stuurboord (this process) holds the lock and is in the middle of writing.
        QSqlDatabase writer = SqliteSpecifics::open(
            workspace.path(), QStringLiteral("writer"), SqliteSpecifics::Access::ReadWrite);
        QVERIFY(QSqlQuery(writer).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const OpenResult reader = Workspace::open(workspace.path(), Workspace::OpenOptions{false, true});
        QVERIFY(!reader.ok());
        QCOMPARE(reader.problem, WorkspaceProblem::Busy);
        QVERIFY2(!reader.message.contains(QStringLiteral("damaged")), qPrintable(reader.message));
        QVERIFY2(reader.message.contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(reader.message));
        QVERIFY2(reader.message.contains(QStringLiteral("try again")), qPrintable(reader.message));
        const WorkspaceCheck check = WorkspaceCheck::run(workspace.path());
        QVERIFY(!check.lines().join(u'\n').contains(QStringLiteral("damaged")));
        QVERIFY2(check.lines().join(u'\n').contains(QStringLiteral("busy")), qPrintable(check.lines().join(u'\n')));
        QSqlQuery(writer).exec(QStringLiteral("ROLLBACK"));
        writer.close();
        writer = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    }

    void anotherProgramHoldingTheFileIsBusyNotDamaged()
    {
        const QString path = newWorkspace(QStringLiteral("held.stuurboord"));
        QSqlDatabase other
            = SqliteSpecifics::open(path, QStringLiteral("other"), SqliteSpecifics::Access::ReadWrite);
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const OpenResult opened = Workspace::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.problem, WorkspaceProblem::Busy);
        QVERIFY2(opened.message.contains(QStringLiteral("another program")), qPrintable(opened.message));
        QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        QVERIFY(Workspace::open(path).ok());
    }

    void emptySchemaIsNotHealthy()
    {
        // The right application id and schema version, but none of the tables.
        const QString path = pathFor(QStringLiteral("hollow.stuurboord"));
        {
            QSqlDatabase db
                = SqliteSpecifics::open(path, QStringLiteral("hollow"), SqliteSpecifics::Access::ReadWrite);
            SqliteSpecifics::setApplicationId(db, Schema::applicationId);
            SqliteSpecifics::setUserVersion(db, Schema::currentVersion());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hollow"));
        const WorkspaceCheck check = WorkspaceCheck::run(path);
        QVERIFY(!check.isHealthy());
        QVERIFY2(check.lines().join(u'\n').contains(QStringLiteral("observation")), qPrintable(check.lines().join(u'\n')));
        const OpenResult opened = Workspace::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.problem, WorkspaceProblem::Damaged);
        QVERIFY2(opened.message.contains(QStringLiteral("missing")), qPrintable(opened.message));
    }

    void observationReplacedByAViewIsNotHealthy()
    {
        const QString path = newWorkspace(QStringLiteral("view.stuurboord"));
        {
            QSqlDatabase db
                = SqliteSpecifics::open(path, QStringLiteral("view"), SqliteSpecifics::Access::ReadWrite);
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys=OFF")));
            QVERIFY2(query.exec(QStringLiteral("DROP TABLE observation")), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("CREATE VIEW observation AS SELECT 1 AS id")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("view"));
        const QByteArray before = fileDigest(path);
        const WorkspaceCheck check = WorkspaceCheck::run(path);
        QVERIFY(!check.isHealthy());
        QVERIFY2(check.lines().join(u'\n').contains(QStringLiteral("observation")), qPrintable(check.lines().join(u'\n')));
        const OpenResult opened = Workspace::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.problem, WorkspaceProblem::Damaged);
        QVERIFY2(opened.message.contains(QStringLiteral("observation")), qPrintable(opened.message));
        QCOMPARE(fileDigest(path), before);
    }

    void leftoverFromAnInterruptedCreationIsCleanedUp()
    {
        const QString path = pathFor(QStringLiteral("nieuw.stuurboord"));
        writeFixture(m_dir.path(), QStringLiteral("nieuw.stuurboord.creating"), QByteArray(4096, 'x'));
        writeFixture(m_dir.path(), QStringLiteral("nieuw.stuurboord.creating-journal"), QByteArray(512, 'y'));
        OpenResult created = Workspace::create(path, QStringLiteral("Gemeente Opnieuw"));
        QVERIFY2(created.ok(), qPrintable(created.message));
        created.workspace.reset();
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("nieuw.*")}, QDir::Files);
        QCOMPARE(left, QStringList{QStringLiteral("nieuw.stuurboord")});
    }
};

QTEST_GUILESS_MAIN(WorkspaceRecoveryTest)
#include "WorkspaceRecoveryTest.moc"
