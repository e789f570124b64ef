#include "storage/Workspace.h"

#include "domain/Goal.h"
#include "domain/ImportBatch.h"
#include "domain/Observation.h"
#include "domain/OrganisationProfile.h"
#include "FileBytes.h"
#include "storage/Schema.h"
#include "storage/sqlite/SqliteSpecifics.h"
#include "storage/WorkspaceCheck.h"
#include "TestWorkspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace stuurboord;

class WorkspaceTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString pathFor(const QString& name) const { return m_dir.filePath(name); }

    // Writes a workspace at an older schema version, as an earlier Stuurboord did.
    QString makeWorkspaceAtVersion(int version, const QString& name)
    {
        const QString path = pathFor(name);
        {
            QSqlDatabase db = SqliteSpecifics::open(
                path, QStringLiteral("old"), SqliteSpecifics::Access::ReadWrite);
            SqliteSpecifics::setApplicationId(db, Schema::applicationId);
            const Outcome migrated = Schema::migrate(db, 0, version);
            if (!migrated)
                qFatal("%s", qPrintable(migrated.message()));
            QSqlQuery(db).exec(
                QStringLiteral("INSERT INTO organisation (name) VALUES ('Gemeente Oudversie')"));
            QSqlQuery(db).exec(
                QStringLiteral("INSERT INTO goal (title, kind, status) VALUES ('Collega''s vinden "
                               "elkaar', 'concrete', 'active')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        return path;
    }

    void expectRejected(const QString& path, WorkspaceProblem problem, const QString& messagePart)
    {
        const QByteArray before = fileDigest(path);
        const QStringList entriesBefore = folderEntries(QFileInfo(path).absolutePath());
        OpenResult result = Workspace::open(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.problem, problem);
        QVERIFY2(
            result.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(result.message));
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(folderEntries(QFileInfo(path).absolutePath()), entriesBefore);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void createOpenCloseLeavesOneFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Intranet.stuurboord"));
        {
            OpenResult created = Workspace::create(path, QStringLiteral("Gemeente Dijkstede"));
            QVERIFY2(created.ok(), qPrintable(created.message));
            QCOMPARE(created.workspace->organisationName(), QStringLiteral("Gemeente Dijkstede"));
            QCOMPARE(created.workspace->schemaVersion(), Schema::currentVersion());
            Goal goal;
            goal.title = QStringLiteral("Een platform dat collega's verbindt");
            goal.kind = GoalKind::Abstract;
            QVERIFY(created.workspace->repository<Goal>().add(goal));
            // While open there is the lock file next to the workspace.
            QVERIFY(folderEntries(dir.path()).contains(QStringLiteral("Intranet.stuurboord.lock")));
        }
        QCOMPARE(folderEntries(dir.path()), QStringList{QStringLiteral("Intranet.stuurboord")});

        OpenResult reopened = Workspace::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message));
        QCOMPARE(reopened.workspace->repository<Goal>().all().size(), 1);
        QSqlDatabase db = reopened.workspace->database();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("delete"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(SqliteSpecifics::applicationId(db), Schema::applicationId);
        QCOMPARE(SqliteSpecifics::userVersion(db), Schema::currentVersion());
    }

    void checkAfterOpeningLetsTheFirstWriteWaitForIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Meteen.stuurboord"));
        QVERIFY(Workspace::create(path, QStringLiteral("Gemeente Vlot")).ok());
        Workspace::OpenOptions options;
        options.checkAfterOpening = true;
        OpenResult opened = Workspace::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        Workspace& workspace = *opened.workspace;
        // Readable at once, while the check still runs (or has just finished).
        QCOMPARE(workspace.organisationName(), QStringLiteral("Gemeente Vlot"));
        QVERIFY(!workspace.writesAllowed());
        // The first write waits for the check instead of failing.
        Goal goal;
        goal.title = QStringLiteral("Iedereen vindt zijn collega's");
        goal.kind = GoalKind::Abstract;
        const Outcome added = workspace.repository<Goal>().add(goal);
        QVERIFY2(added, qPrintable(added.message()));
        QVERIFY(workspace.writesAllowed());
        QVERIFY(workspace.writeRefusal().isEmpty());
        QVERIFY(workspace.finishCheck());
        QCOMPARE(workspace.repository<Goal>().all().size(), 1);
    }

    void createRefusesExistingFile()
    {
        const QString path = pathFor(QStringLiteral("exists.stuurboord"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        const OpenResult result = Workspace::create(path, QStringLiteral("X"));
        QCOMPARE(result.problem, WorkspaceProblem::AlreadyExists);
        QCOMPARE(fileDigest(path), QCryptographicHash::hash("keep me", QCryptographicHash::Sha256));
    }

    void pathWithSpacesAndNonAscii()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Mijn documenten/Überzicht ëïé €"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/Intranet Gemeente Ğüçlü.stuurboord");
        {
            OpenResult created = Workspace::create(path, QStringLiteral("Gemeente Ëindhoven-Zuid"));
            QVERIFY2(created.ok(), qPrintable(created.message));
        }
        OpenResult opened = Workspace::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(opened.workspace->organisationName(), QStringLiteral("Gemeente Ëindhoven-Zuid"));
    }

    void secondOpenIsToldWhoHoldsTheLock()
    {
        TestWorkspace workspace;
        OpenResult second = Workspace::open(workspace.path());
        QVERIFY(!second.ok());
        QCOMPARE(second.problem, WorkspaceProblem::Locked);
        QVERIFY2(second.message.contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(second.message));
        QVERIFY2(second.message.contains(QSysInfo::machineHostName()), qPrintable(second.message));
    }

    void readOnlyOpeningWorksWhileTheWorkspaceIsOpen()
    {
        TestWorkspace workspace;
        const QByteArray before = fileDigest(workspace.path());
        OpenResult reader = Workspace::open(workspace.path(), Workspace::OpenOptions{false, true});
        QVERIFY2(reader.ok(), qPrintable(reader.message));
        QCOMPARE(reader.workspace->organisationName(), QStringLiteral("Gemeente Testdorp"));
        Goal goal;
        goal.title = QStringLiteral("Mag niet");
        QVERIFY(!reader.workspace->repository<Goal>().add(goal)); // nothing is ever written
        reader.workspace.reset();
        QCOMPARE(fileDigest(workspace.path()), before);

        const QString old = makeWorkspaceAtVersion(1, QStringLiteral("old-readonly.stuurboord"));
        const OpenResult refused = Workspace::open(old, Workspace::OpenOptions{false, true});
        QVERIFY(!refused.ok());
        QVERIFY(refused.message.contains(QStringLiteral("older version")));
    }

    void workerConnectionOnAnotherThreadNextToTheLock()
    {
        TestWorkspace workspace;
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        Goal goal;
        goal.title = QStringLiteral("Vanuit een andere draad");
        QString error;
        bool written = false;
        bool foreignKeys = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            const std::unique_ptr<Workspace> worker = workspace->openWorkerConnection(&error);
            if (!worker)
                return;
            QSqlQuery pragma(QStringLiteral("PRAGMA foreign_keys"), worker->database());
            foreignKeys = pragma.next() && pragma.value(0).toInt() == 1;
            written = bool(worker->repository<Goal>().add(goal));
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY2(written, qPrintable(error));
        QVERIFY(foreignKeys);
        // The application's own connection sees it, keeps its lock, and no connection is left.
        QCOMPARE(workspace->repository<Goal>().all().first().title, goal.title);
        QCOMPARE(Workspace::open(workspace.path()).problem, WorkspaceProblem::Locked);
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
        workspace.close();
        QCOMPARE(folderEntries(workspace.folder()), QStringList{QStringLiteral("test.stuurboord")});
    }

    void staleLockFromCrashIsRecovered()
    {
        TestWorkspace workspace;
        const QString path = workspace.path();
        workspace.close();
        // A lock written by a process that no longer exists on this computer.
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(
            QByteArray("999999\nstuurboord\n") + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        OpenResult opened = Workspace::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
    }

    void notSqlite()
    {
        const QString path = pathFor(QStringLiteral("export.stuurboord"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("date;metric;value\n2026-01;page_views;1234\n");
        file.close();
        expectRejected(
            path, WorkspaceProblem::NotSqlite, QStringLiteral("not a Stuurboord workspace"));
    }

    void emptyFile()
    {
        const QString path = pathFor(QStringLiteral("empty.stuurboord"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        expectRejected(path, WorkspaceProblem::Empty, QStringLiteral("empty"));
    }

    void otherApplicationsDatabase()
    {
        const QString path = pathFor(QStringLiteral("browser history.sqlite"));
        {
            QSqlDatabase db = SqliteSpecifics::open(
                path, QStringLiteral("other"), SqliteSpecifics::Access::ReadWrite);
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE visits (url TEXT, at INTEGER)"));
            QSqlQuery(db).exec(
                QStringLiteral("INSERT INTO visits VALUES ('https://example.org', 1)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        expectRejected(path, WorkspaceProblem::Foreign, QStringLiteral("another program"));
    }

    void truncatedWorkspace()
    {
        const QString source
            = makeWorkspaceAtVersion(Schema::currentVersion(), QStringLiteral("full.stuurboord"));
        QFile full(source);
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QByteArray bytes = full.readAll();
        const QString path = pathFor(QStringLiteral("truncated.stuurboord"));
        QFile cut(path);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();
        expectRejected(path, WorkspaceProblem::Truncated, QStringLiteral("incomplete"));
    }

    void newerVersion()
    {
        const QString path
            = makeWorkspaceAtVersion(Schema::currentVersion(), QStringLiteral("future.stuurboord"));
        {
            QSqlDatabase db = SqliteSpecifics::open(
                path, QStringLiteral("future"), SqliteSpecifics::Access::ReadWrite);
            SqliteSpecifics::setUserVersion(db, Schema::currentVersion() + 5);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        expectRejected(
            path, WorkspaceProblem::NewerVersion, QStringLiteral("newer version of Stuurboord"));
    }

    void readOnlyFile()
    {
        const QString path = makeWorkspaceAtVersion(
            Schema::currentVersion(), QStringLiteral("readonly.stuurboord"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        expectRejected(path, WorkspaceProblem::ReadOnly, QStringLiteral("read-only"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void damagedButComplete()
    {
        const QString path = makeWorkspaceAtVersion(
            Schema::currentVersion(), QStringLiteral("damaged.stuurboord"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        // Overwrite the second page (the first table's b-tree page) with garbage.
        const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
        for (int i = pageSize; i < 2 * pageSize && i < bytes.size(); ++i)
            bytes[i] = char(0xA5);
        file.seek(0);
        file.write(bytes);
        file.close();
        expectRejected(path, WorkspaceProblem::Damaged, QStringLiteral("damaged"));
        QVERIFY(!WorkspaceCheck::run(path).isHealthy());

        // The application opens it to show at once, and then says it stays read-only.
        const QByteArray before = fileDigest(path);
        Workspace::OpenOptions options;
        options.checkAfterOpening = true;
        OpenResult shown = Workspace::open(path, options);
        if (shown.ok()) {
            const Outcome checked = shown.workspace->finishCheck();
            QVERIFY(!checked);
            QVERIFY2(checked.message().contains(QStringLiteral("backup")), qPrintable(checked.message()));
            QVERIFY(!shown.workspace->writesAllowed());
            shown.workspace.reset();
        } else {
            // So damaged that even the structure check on opening refuses it.
            QCOMPARE(shown.problem, WorkspaceProblem::Damaged);
        }
        QCOMPARE(fileDigest(path), before);
    }

    void everyEarlierVersionUpgradesWithBackup_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < Schema::currentVersion(); ++version)
            QTest::addRow("schema %d", version) << version;
    }

    void everyEarlierVersionUpgradesWithBackup()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString name = QStringLiteral("old-%1.stuurboord").arg(version);
        const QString path = makeWorkspaceAtVersion(version, name);
        QVERIFY(QFile::rename(path, dir.filePath(name)));
        const QString moved = dir.filePath(name);
        const QByteArray original = fileDigest(moved);
        {
            OpenResult opened = Workspace::open(moved);
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            QCOMPARE(opened.workspace->schemaVersion(), Schema::currentVersion());
            QCOMPARE(opened.workspace->organisationName(), QStringLiteral("Gemeente Oudversie"));
            QCOMPARE(opened.workspace->repository<Goal>().all().size(), 1);
            const QString backup = opened.workspace->migrationBackupPath();
            QVERIFY(QFileInfo::exists(backup));
            QVERIFY2(backup.contains(QStringLiteral("schema %1").arg(version)), qPrintable(backup));
            // The backup is the old workspace as it was, still readable and still at its version.
            const WorkspaceCheck check = WorkspaceCheck::run(backup);
            QVERIFY(check.isHealthy());
            QVERIFY(check.lines().join(u'\n').contains(
                QStringLiteral("Schema version %1 (older").arg(version)));
            Q_UNUSED(original);
        }
        QCOMPARE(folderEntries(dir.path()).size(), 2); // the workspace and its backup, nothing else
    }

    // Schema 4 rebuilds the observation table clustered on (month, metric, dimension): every
    // observation of an older workspace comes through with its id and all its fields.
    void observationsSurviveTheClusteredRebuild()
    {
        const QString path = makeWorkspaceAtVersion(3, QStringLiteral("observations-3.stuurboord"));
        {
            QSqlDatabase db = SqliteSpecifics::open(
                path, QStringLiteral("v3"), SqliteSpecifics::Access::ReadWrite);
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO metric (id, key, name, unit, aggregation) "
                               "VALUES (7, 'page_views', 'Paginaweergaven', 'count', 'sum')")));
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO import_batch (id, file_name, imported_at) "
                                          "VALUES (3, 'maart.csv', '2026-04-02T08:00:00Z')")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO observation (id, metric_id, period, window_start, window_end, "
                "dimension, "
                "value, batch_id) VALUES "
                "(11, 7, '2026-03', '2026-03-01', '2026-03-31', '', 18234, 3), "
                "(12, 7, '2026-03', '2026-03-01', '2026-03-31', 'Ruimte', 1200.5, 3), "
                "(5, 7, '2026-02', NULL, NULL, '', 17000, NULL)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));

        OpenResult opened = Workspace::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(opened.workspace->schemaVersion(), Schema::currentVersion());
        QList<Observation> rows = opened.workspace->repository<Observation>().all();
        QCOMPARE(rows.size(), 3);
        std::sort(rows.begin(), rows.end(),
            [](const Observation& a, const Observation& b) { return a.id < b.id; });
        QCOMPARE(rows.at(0).id, 5);
        QCOMPARE(rows.at(0).period, QStringLiteral("2026-02"));
        QVERIFY(!rows.at(0).windowStart.isValid());
        QCOMPARE(rows.at(0).batchId, 0);
        QCOMPARE(rows.at(0).value, 17000.0);
        QCOMPARE(rows.at(2).id, 12);
        QCOMPARE(rows.at(2).metricId, 7);
        QCOMPARE(rows.at(2).dimension, QStringLiteral("Ruimte"));
        QCOMPARE(rows.at(2).windowStart, QDate(2026, 3, 1));
        QCOMPARE(rows.at(2).windowEnd, QDate(2026, 3, 31));
        QCOMPARE(rows.at(2).value, 1200.5);
        QCOMPARE(rows.at(2).batchId, 3);
        // The table has no rowid any more; a new observation gets the next id.
        QSqlQuery query(opened.workspace->database());
        QVERIFY(!query.exec(QStringLiteral("SELECT rowid FROM observation")));
        Observation added;
        added.metricId = 7;
        added.period = QStringLiteral("2026-04");
        added.value = 19000;
        QVERIFY(opened.workspace->repository<Observation>().add(added));
        QCOMPARE(added.id, 13);
        // Undoing the batch still takes exactly its observations.
        QVERIFY(opened.workspace->records().remove(ImportBatch::entity().spec(), 3));
        QCOMPARE(opened.workspace->repository<Observation>().count(), 2);
    }

    void checkDescribesHealthyWorkspace()
    {
        TestWorkspace workspace;
        workspace.close();
        const WorkspaceCheck check = WorkspaceCheck::run(workspace.path());
        QVERIFY(check.isHealthy());
        const QString text = check.lines().join(u'\n');
        QVERIFY2(text.contains(
                     QStringLiteral("Schema version %1 (current)").arg(Schema::currentVersion())),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("no damage")));
    }

    void saveCopyIsACompleteWorkspace()
    {
        TestWorkspace workspace;
        Goal goal;
        goal.title = QStringLiteral("Binnen twee minuten een collega vinden");
        QVERIFY(workspace->repository<Goal>().add(goal));
        const QString copy = workspace.folder() + QStringLiteral("/kopie.stuurboord");
        QVERIFY(workspace->saveCopyAs(copy));
        QVERIFY(!workspace->saveCopyAs(workspace.path()));
        OpenResult opened = Workspace::open(copy);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(opened.workspace->repository<Goal>().all().first().title, goal.title);
    }
};

QTEST_GUILESS_MAIN(WorkspaceTest)
#include "WorkspaceTest.moc"
