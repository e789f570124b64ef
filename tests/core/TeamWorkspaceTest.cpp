#include "demo/DemoWorkspace.h"
#include "domain/Goal.h"
#include "domain/OrganisationProfile.h"
#include "import/ImportHistory.h"
#include "import/ImportRunner.h"
#include "import/RemovedImport.h"
#include "storage/queries/UsageQueries.h"
#include "storage/postgresql/PostgresSpecifics.h"
#include "storage/ChangeFeed.h"
#include "storage/RecordConflict.h"
#include "storage/RecordStore.h"
#include "storage/Schema.h"
#include "storage/TableChecksum.h"
#include "storage/TableShape.h"
#include "storage/TeamAddress.h"
#include "storage/TeamRoles.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceCopy.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace stuurboord;

// Team workspaces (issue 15) against a real PostgreSQL server: the throwaway cluster that
// tools/test.sh starts (tools/pg-cluster.sh) and names in STUURBOORD_TEST_POSTGRES. Without
// it the tests that need a server are skipped and say so; the address tests always run.
class TeamWorkspaceTest : public QObject
{
    Q_OBJECT

    QString m_server; // the address of the database the tests may connect to first

    // A new, empty database on the test server for one test, dropped first if an earlier
    // run left it; its address.
    QString scratchDatabase(const QString& name)
    {
        const TeamAddress base = TeamAddress::parse(m_server);
        QString error;
        {
            QSqlDatabase admin = PostgresSpecifics::open(base, QStringLiteral("admin-") + name, &error);
            if (!admin.isOpen()) {
                qWarning("%s", qPrintable(error));
                return {};
            }
            QSqlQuery query(admin);
            if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
                || !query.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
                qWarning("%s", qPrintable(query.lastError().text()));
                return {};
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin-") + name);
        QString address = m_server;
        address.replace(address.lastIndexOf(u'/') + 1, address.size(), name);
        return address;
    }

    // Server logins for the people in a test (they outlive the test's database).
    static bool ensureLogins(Workspace& owner, const QStringList& users)
    {
        QSqlQuery logins(owner.database());
        for (const QString& user : users) {
            if (logins.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = '%1'").arg(user)) && logins.next())
                continue;
            if (!logins.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(user))) {
                qWarning("%s", qPrintable(logins.lastError().text()));
                return false;
            }
        }
        return true;
    }

    static QMap<QString, TableChecksum> checksums(Workspace& workspace)
    {
        QMap<QString, TableChecksum> all;
        QSqlDatabase db = workspace.database();
        for (const QString& table : TableShape::tables(db))
            all.insert(table, TableChecksum::of(db, table));
        return all;
    }

private slots:
    void initTestCase()
    {
        m_server = qEnvironmentVariable("STUURBOORD_TEST_POSTGRES");
    }

    // Runs without a server: the address as people write it, and the password never shown.
    void addressesAreReadAndThePasswordStaysHidden()
    {
        const TeamAddress full = TeamAddress::parse(QStringLiteral("postgresql://anna:geheim@db.gemeente.nl:5433/intranet?sslmode=require"));
        QVERIFY2(full.isValid(), qPrintable(full.error()));
        QCOMPARE(full.host(), QStringLiteral("db.gemeente.nl"));
        QCOMPARE(full.port(), 5433);
        QCOMPARE(full.database(), QStringLiteral("intranet"));
        QCOMPARE(full.user(), QStringLiteral("anna"));
        QCOMPARE(full.password(), QStringLiteral("geheim"));
        QCOMPARE(full.options(), QStringLiteral("sslmode=require"));
        QCOMPARE(full.display(), QStringLiteral("postgresql://anna@db.gemeente.nl:5433/intranet"));
        QCOMPARE(TeamAddress::parse(QStringLiteral("postgres://db/x")).port(), 5432);
        QVERIFY(!TeamAddress::looksLike(QStringLiteral("/home/anna/intranet.stuurboord")));

        const TeamAddress noDatabase = TeamAddress::parse(QStringLiteral("postgresql://anna:geheim@db.gemeente.nl/"));
        QVERIFY(!noDatabase.isValid());
        QVERIFY2(noDatabase.error().contains(QStringLiteral("the database is missing")), qPrintable(noDatabase.error()));
        QVERIFY2(!noDatabase.error().contains(QStringLiteral("geheim")), qPrintable(noDatabase.error()));
        QVERIFY(!TeamAddress::parse(QStringLiteral("postgresql:///x")).isValid()); // no server
    }

    void aServerThatDoesNotAnswerIsSaidPlainly()
    {
        // A port nothing listens on (bound and closed again would race; 1 is never a server).
        const OpenResult opened = Workspace::open(QStringLiteral("postgresql://anna:geheim@127.0.0.1:1/intranet"));
        QVERIFY(!opened.ok());
        if (opened.message.contains(QStringLiteral("driver is missing")))
            QSKIP("Qt's PostgreSQL driver (libqt6sql6-psql) is not installed");
        QVERIFY2(opened.message.contains(QStringLiteral("No PostgreSQL server answers at 127.0.0.1:1")),
            qPrintable(opened.message));
        QVERIFY(!opened.message.contains(QStringLiteral("geheim")));
    }

    void createOpenAndRefuseToCreateTwice()
    {
        if (m_server.isEmpty())
            QSKIP("no test server: STUURBOORD_TEST_POSTGRES is not set (tools/test.sh starts one)");
        const QString address = scratchDatabase(QStringLiteral("team_create"));
        QVERIFY(!address.isEmpty());

        // An empty database is not a workspace yet, and the message says what to do.
        const OpenResult empty = Workspace::open(address);
        QVERIFY(!empty.ok());
        QVERIFY2(empty.message.contains(QStringLiteral("holds no Stuurboord workspace"))
                && empty.message.contains(QStringLiteral("stuurboord new")),
            qPrintable(empty.message));

        {
            const OpenResult created = Workspace::create(address, QStringLiteral("Gemeente Zuidhaven"));
            QVERIFY2(created.ok(), qPrintable(created.message));
            QVERIFY(created.workspace->isTeam());
            QCOMPARE(created.workspace->schemaVersion(), Schema::currentVersion());
        }
        const OpenResult opened = Workspace::open(address);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(opened.workspace->organisationName(), QStringLiteral("Gemeente Zuidhaven"));
        QVERIFY(!opened.workspace->path().contains(QStringLiteral("@127.0.0.1:1/")));

        const OpenResult again = Workspace::create(address, QStringLiteral("Tweede"));
        QVERIFY(!again.ok());
        QCOMPARE(again.problem, WorkspaceProblem::AlreadyExists);
        QVERIFY2(again.message.contains(QStringLiteral("not empty")), qPrintable(again.message));
        QCOMPARE(opened.workspace->organisationName(), QStringLiteral("Gemeente Zuidhaven"));
    }

    // Records are written, numbered, changed and removed as in a file; a transaction that is
    // not committed leaves nothing, also when it nests.
    void recordsAndTransactions()
    {
        if (m_server.isEmpty())
            QSKIP("no test server: STUURBOORD_TEST_POSTGRES is not set (tools/test.sh starts one)");
        const QString address = scratchDatabase(QStringLiteral("team_records"));
        QVERIFY(!address.isEmpty());
        const OpenResult created = Workspace::create(address, QStringLiteral("Ziekenhuis Oost"));
        QVERIFY2(created.ok(), qPrintable(created.message));
        Workspace& workspace = *created.workspace;
        auto goals = workspace.repository<Goal>();

        Goal parent;
        parent.title = QStringLiteral("Iedereen vindt wat hij zoekt");
        parent.status = GoalStatus::Active;
        QVERIFY(goals.add(parent));
        Goal child;
        child.title = QStringLiteral("Zoeken binnen 3 klikken");
        child.parentId = parent.id;
        child.horizon = QDate(2027, 6, 30);
        QVERIFY(goals.add(child));
        QVERIFY(parent.id > 0 && child.id > parent.id);

        child.title = QStringLiteral("Zoeken binnen 2 klikken");
        QVERIFY(goals.update(child));
        {
            Transaction outer(workspace.database());
            Goal dropped;
            dropped.title = QStringLiteral("Wordt teruggedraaid");
            QVERIFY(goals.add(dropped));
            {
                Transaction inner(workspace.database());
                QVERIFY(goals.remove(parent.id));
                QVERIFY(inner.commit());
            }
            // Not committed: the goal added and the one removed are as before.
        }
        const QList<Goal> all = goals.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).title, QStringLiteral("Zoeken binnen 2 klikken"));
        QCOMPARE(all.at(1).horizon, QDate(2027, 6, 30));
        QCOMPARE(all.at(1).parentId, parent.id);

        // Removing the parent clears the reference, as the schema says (ON DELETE SET NULL).
        QVERIFY(goals.remove(parent.id));
        QCOMPARE(goals.all().constFirst().parentId, qint64(0));
    }

    // An import into a team workspace goes through COPY; a correcting import replaces one
    // figure; removing it puts that figure back, and undoing the removal brings it again.
    void importReplaceRemoveAndPutBack()
    {
        if (m_server.isEmpty())
            QSKIP("no test server: STUURBOORD_TEST_POSTGRES is not set (tools/test.sh starts one)");
        const QString address = scratchDatabase(QStringLiteral("team_import"));
        QVERIFY(!address.isEmpty());
        const OpenResult created = Workspace::create(address, QStringLiteral("Gemeente Zuidhaven"));
        QVERIFY2(created.ok(), qPrintable(created.message));
        Workspace& workspace = *created.workspace;
        QTemporaryDir dir;
        const auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile file(dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(bytes);
            return file.fileName();
        };
        // February: Zorg 200 + Facilitair 300; the correction sets Zorg to 250.
        const auto february = [&] {
            QStringList values;
            for (const UsageQueries::MonthValue& value : UsageQueries(workspace.database()).monthValues(
                     QStringLiteral("page_views"), QStringLiteral("2026-02")))
                values << value.dimension + QLatin1Char('=') + QString::number(value.value);
            return values.join(u' ');
        };
        const ImportPreview first = ImportRunner::prepare(workspace,
            write(QStringLiteral("jan-feb.csv"),
                "date,metric,dimension,value\n2026-01-01,page_views,Zorg,100\n"
                "2026-02-01,page_views,Zorg,200\n2026-02-01,page_views,Facilitair,300\n"));
        const BatchWriter::Result written = ImportRunner::commit(workspace, first, BatchWriter::Overlap::Ask, false);
        QVERIFY2(written.outcome, qPrintable(written.outcome.message()));
        QCOMPARE(written.written, 3);
        QCOMPARE(february(), QStringLiteral("Facilitair=300 Zorg=200"));

        const ImportPreview correction = ImportRunner::prepare(workspace,
            write(QStringLiteral("correctie.csv"),
                "date,metric,dimension,value\n2026-02-01,page_views,Zorg,250\n2026-03-01,likes,Zorg,7\n"));
        const ImportHistory::Imported imported
            = ImportHistory::commit(workspace, correction, BatchWriter::Overlap::Replace, false);
        QVERIFY2(imported.result.outcome, qPrintable(imported.result.outcome.message()));
        QCOMPARE(imported.result.replaced, 1);
        QCOMPARE(february(), QStringLiteral("Facilitair=300 Zorg=250"));

        RemovedImport removed;
        const Outcome taken = ImportHistory::remove(workspace, imported.result.batchId, removed, imported.newMetrics);
        QVERIFY2(taken, qPrintable(taken.message()));
        QCOMPARE(removed.figureCount(), 2);
        QCOMPARE(removed.putBackCount(), 1);
        QCOMPARE(february(), QStringLiteral("Facilitair=300 Zorg=200"));
        const Outcome back = ImportHistory::restore(workspace, removed);
        QVERIFY2(back, qPrintable(back.message()));
        QCOMPARE(february(), QStringLiteral("Facilitair=300 Zorg=250"));
        QVERIFY(removed.isEmpty());
        // The schema the removed rows waited in is gone with it.
        QSqlQuery left(workspace.database());
        QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'sb_removed_%'")));
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }

    // A viewer reads and is told up front that changes are off; the server itself refuses a
    // viewer's write; an editor writes. Roles come from `team grant` (TeamRoles).
    void viewersReadAndEditorsWrite()
    {
        if (m_server.isEmpty())
            QSKIP("no test server: STUURBOORD_TEST_POSTGRES is not set (tools/test.sh starts one)");
        const QString address = scratchDatabase(QStringLiteral("team_roles"));
        QVERIFY(!address.isEmpty());
        const OpenResult owner = Workspace::create(address, QStringLiteral("Ziekenhuis Oost"));
        QVERIFY2(owner.ok(), qPrintable(owner.message));
        QVERIFY(ensureLogins(*owner.workspace, {QStringLiteral("sponsor_anna"), QStringLiteral("redacteur_bram")}));
        QVERIFY(TeamRoles::grant(*owner.workspace, QStringLiteral("sponsor_anna"), TeamRoles::Role::Viewer));
        QVERIFY(TeamRoles::grant(*owner.workspace, QStringLiteral("redacteur_bram"), TeamRoles::Role::Editor));
        const Outcome unknown = TeamRoles::grant(*owner.workspace, QStringLiteral("niemand"), TeamRoles::Role::Editor);
        QVERIFY(!unknown);
        QVERIFY2(unknown.message().contains(QStringLiteral("no user “niemand”")), qPrintable(unknown.message()));

        const auto as = [&](const QString& user) {
            QString other = address;
            return other.replace(QStringLiteral("//stuurboord@"), QStringLiteral("//%1@").arg(user));
        };
        const OpenResult viewer = Workspace::open(as(QStringLiteral("sponsor_anna")));
        QVERIFY2(viewer.ok(), qPrintable(viewer.message));
        QCOMPARE(viewer.workspace->organisationName(), QStringLiteral("Ziekenhuis Oost"));
        QVERIFY(!viewer.workspace->writesAllowed());
        QVERIFY2(viewer.workspace->writeRefusal().contains(QStringLiteral("sponsor_anna is a viewer")),
            qPrintable(viewer.workspace->writeRefusal()));
        Goal goal;
        goal.title = QStringLiteral("Van de sponsor");
        const Outcome refused = viewer.workspace->repository<Goal>().add(goal);
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QStringLiteral("viewer")), qPrintable(refused.message()));
        QSqlQuery direct(viewer.workspace->database());
        QVERIFY(!direct.exec(QStringLiteral("INSERT INTO goal (title, kind, status) VALUES ('x', 'concrete', 'active')")));
        QVERIFY2(direct.lastError().databaseText().contains(QStringLiteral("permission denied")),
            qPrintable(direct.lastError().text()));

        const OpenResult editor = Workspace::open(as(QStringLiteral("redacteur_bram")));
        QVERIFY2(editor.ok(), qPrintable(editor.message));
        QVERIFY(editor.workspace->writesAllowed());
        QVERIFY(editor.workspace->repository<Goal>().add(goal));
        QCOMPARE(viewer.workspace->repository<Goal>().all().size(), 1);

        // Taken out of both: no longer able to read the figures.
        QVERIFY(TeamRoles::grant(*owner.workspace, QStringLiteral("sponsor_anna"), TeamRoles::Role::None));
        QSqlQuery after(viewer.workspace->database());
        QVERIFY(!after.exec(QStringLiteral("SELECT count(*) FROM goal")));
    }

    // Two editors, each in their own connection as their own user, open the same goal and
    // save different changes: the second save is refused as a conflict naming the first
    // editor, nothing is overwritten, and the merge keeps both changes (no lost update).
    void twoEditorsSaveOneRecordWithoutLosingEither()
    {
        if (m_server.isEmpty())
            QSKIP("no test server: STUURBOORD_TEST_POSTGRES is not set (tools/test.sh starts one)");
        const QString address = scratchDatabase(QStringLiteral("team_conflict"));
        QVERIFY(!address.isEmpty());
        const OpenResult owner = Workspace::create(address, QStringLiteral("Gemeente Noord"));
        QVERIFY2(owner.ok(), qPrintable(owner.message));
        QVERIFY(ensureLogins(*owner.workspace, {QStringLiteral("redacteur_ilse"), QStringLiteral("redacteur_joost")}));
        QVERIFY(TeamRoles::grant(*owner.workspace, QStringLiteral("redacteur_ilse"), TeamRoles::Role::Editor));
        QVERIFY(TeamRoles::grant(*owner.workspace, QStringLiteral("redacteur_joost"), TeamRoles::Role::Editor));
        Goal goal;
        goal.title = QStringLiteral("Medewerkers vinden elkaar");
        goal.description = QStringLiteral("Via profielen");
        QVERIFY(owner.workspace->repository<Goal>().add(goal));

        const auto as = [&](const QString& user) {
            QString other = address;
            return other.replace(QStringLiteral("//stuurboord@"), QStringLiteral("//%1@").arg(user));
        };
        const OpenResult ilse = Workspace::open(as(QStringLiteral("redacteur_ilse")));
        const OpenResult joost = Workspace::open(as(QStringLiteral("redacteur_joost")));
        QVERIFY2(ilse.ok() && joost.ok(), qPrintable(ilse.message + joost.message));
        const TableSpec& spec = Goal::entity().spec();
        const int title = spec.indexOf(QStringLiteral("title"));
        const int description = spec.indexOf(QStringLiteral("description"));

        // Both open the goal's form.
        const Record ilseOpened = *ilse.workspace->records().get(spec, goal.id);
        const Record joostOpened = *joost.workspace->records().get(spec, goal.id);
        QCOMPARE(ilseOpened.version, qint64(1));
        QCOMPARE(joostOpened.version, qint64(1));

        Record ilseSaves = ilseOpened;
        ilseSaves.values[title] = QStringLiteral("Medewerkers vinden elkaar binnen 1 minuut");
        QVERIFY(ilse.workspace->records().update(spec, ilseSaves));
        QCOMPARE(ilseSaves.version, qint64(2));

        Record joostSaves = joostOpened;
        joostSaves.values[description] = QStringLiteral("Via profielen en de smoelenboek-zoeker");
        const Outcome refused = joost.workspace->records().update(spec, joostSaves);
        QVERIFY(!refused);
        QVERIFY(refused.isConflict());
        QVERIFY2(refused.message().startsWith(QStringLiteral("redacteur_ilse saved this goal at ")),
            qPrintable(refused.message()));
        // Nothing of Joost's was written over Ilse's save.
        const Record stored = *owner.workspace->records().get(spec, goal.id);
        QCOMPARE(stored.values.at(title).toString(), QStringLiteral("Medewerkers vinden elkaar binnen 1 minuut"));
        QCOMPARE(stored.values.at(description).toString(), QStringLiteral("Via profielen"));
        QCOMPARE(stored.version, qint64(2));

        const std::optional<RecordConflict> conflict
            = RecordConflict::find(joost.workspace->records(), spec, joostOpened, joostSaves);
        QVERIFY(conflict);
        QCOMPARE(conflict->theirChange().by, QStringLiteral("redacteur_ilse"));
        QVERIFY(conflict->theirChange().at.isValid());
        QCOMPARE(conflict->changedFields(), (QList<int>{title, description}));
        QVERIFY(conflict->theyChanged(title) && !conflict->iChanged(title));
        QVERIFY(conflict->iChanged(description) && !conflict->clashes(description));
        Record merged = conflict->resolved();
        QVERIFY2(joost.workspace->records().update(spec, merged), "the merged save goes through");
        QCOMPARE(merged.version, qint64(3));

        const Record both = *ilse.workspace->records().get(spec, goal.id);
        QCOMPARE(both.values.at(title).toString(), QStringLiteral("Medewerkers vinden elkaar binnen 1 minuut"));
        QCOMPARE(both.values.at(description).toString(), QStringLiteral("Via profielen en de smoelenboek-zoeker"));
        QCOMPARE(owner.workspace->records().lastChange(spec.table(), goal.id).by, QStringLiteral("redacteur_joost"));

        // Ilse saves again from what she last saw (version 2): now hers is the late one.
        ilseSaves.values[title] = QStringLiteral("Iedereen vindt iedereen");
        const Outcome late = ilse.workspace->records().update(spec, ilseSaves);
        QVERIFY(late.isConflict());
        QVERIFY2(late.message().startsWith(QStringLiteral("redacteur_joost saved")), qPrintable(late.message()));
    }

    // What one editor saves reaches the other's open window without reopening (the change
    // feed), and a second import while one runs is refused with who runs it; nothing of it
    // is written, and the next try goes through.
    void changesReachOthersAndImportsTakeTurns()
    {
        if (m_server.isEmpty())
            QSKIP("no test server: STUURBOORD_TEST_POSTGRES is not set (tools/test.sh starts one)");
        const QString address = scratchDatabase(QStringLiteral("team_feed"));
        QVERIFY(!address.isEmpty());
        const OpenResult first = Workspace::create(address, QStringLiteral("Gemeente Noord"));
        QVERIFY2(first.ok(), qPrintable(first.message));
        const OpenResult second = Workspace::open(address);
        QVERIFY2(second.ok(), qPrintable(second.message));

        ChangeFeed feed(second.workspace->database());
        QVERIFY(feed.isListening());
        QStringList heard;
        connect(&feed, &ChangeFeed::changedElsewhere, this, [&heard](const QString& table) { heard << table; });
        ChangeFeed own(first.workspace->database());
        QStringList heardOwn;
        connect(&own, &ChangeFeed::changedElsewhere, this, [&heardOwn](const QString& table) { heardOwn << table; });
        Goal goal;
        goal.title = QStringLiteral("Nieuws bereikt iedereen");
        QVERIFY(first.workspace->repository<Goal>().add(goal));
        QTRY_COMPARE_WITH_TIMEOUT(heard, QStringList{QStringLiteral("goal")}, 5000);
        QTest::qWait(200);
        QVERIFY2(heardOwn.isEmpty(), qPrintable(heardOwn.join(u',')));
        QCOMPARE(second.workspace->repository<Goal>().all().size(), 1);

        // An import holds its turn in its transaction; a second one meanwhile is told.
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("maart.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("date,metric,dimension,value\n2026-03-01,page_views,Zorg,410\n");
        csv.close();
        const ImportPreview preview = ImportRunner::prepare(*second.workspace, csv.fileName());
        {
            QSqlDatabase firstDb = first.workspace->database();
            Transaction running(firstDb);
            QString holder;
            QVERIFY(PostgresSpecifics::takeImportTurn(firstDb, &holder));
            const BatchWriter::Result refused
                = ImportRunner::commit(*second.workspace, preview, BatchWriter::Overlap::Ask, false);
            QVERIFY(!refused.outcome);
            QVERIFY2(refused.outcome.message().startsWith(QStringLiteral(
                         "Someone else is importing into this team workspace right now (stuurboord, since ")),
                qPrintable(refused.outcome.message()));
            QVERIFY(UsageQueries(second.workspace->database()).monthValues(
                        QStringLiteral("page_views"), QStringLiteral("2026-03")).isEmpty());
        }
        const BatchWriter::Result later
            = ImportRunner::commit(*second.workspace, preview, BatchWriter::Overlap::Ask, false);
        QVERIFY2(later.outcome, qPrintable(later.outcome.message()));
        QCOMPARE(later.written, 1);
        QTRY_VERIFY_WITH_TIMEOUT(heardOwn.contains(QStringLiteral("observation")), 5000);
    }

    // Two instances open an older team workspace at the same moment: the schema lock lets one
    // update it while the other waits and then finds it done; neither fails.
    void twoInstancesUpdateAnOlderWorkspaceOnce()
    {
        if (m_server.isEmpty())
            QSKIP("no test server: STUURBOORD_TEST_POSTGRES is not set (tools/test.sh starts one)");
        const QString address = scratchDatabase(QStringLiteral("team_migrate"));
        QVERIFY(!address.isEmpty());
        {
            QString error;
            QSqlDatabase db = PostgresSpecifics::open(TeamAddress::parse(address), QStringLiteral("older"), &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            const Outcome migrated = Schema::migrate(db, 0, 3);
            QVERIFY2(migrated, qPrintable(migrated.message()));
            QCOMPARE(PostgresSpecifics::schemaVersion(db), 3);
            // An editor who may read and write rows, but not change tables.
            QSqlQuery grant(db);
            QVERIFY(grant.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = 'redacteur_laat'")));
            if (!grant.next())
                QVERIFY(grant.exec(QStringLiteral("CREATE ROLE redacteur_laat LOGIN")));
            QVERIFY(grant.exec(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO redacteur_laat")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        // The editor is told the owner must open it first, not a server error; nothing changed.
        const OpenResult editor = Workspace::open(QString(address).replace(
            QStringLiteral("//stuurboord@"), QStringLiteral("//redacteur_laat@")));
        QVERIFY(!editor.ok());
        QVERIFY2(editor.message.startsWith(QStringLiteral(
                     "This team workspace must be updated to schema version 4 for this version of "
                     "Stuurboord, and only its owner (stuurboord) may do that.")),
            qPrintable(editor.message));

        QString first;
        QString second;
        const auto openIn = [&](QString* message) {
            const OpenResult opened = Workspace::open(address);
            *message = opened.ok() ? QString::number(opened.workspace->schemaVersion()) : opened.message;
        };
        std::thread a(openIn, &first);
        std::thread b(openIn, &second);
        a.join();
        b.join();
        QCOMPARE(first, QString::number(Schema::currentVersion()));
        QCOMPARE(second, QString::number(Schema::currentVersion()));
        const OpenResult opened = Workspace::open(address);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QSqlDatabase db = opened.workspace->database();
        QCOMPARE(PostgresSpecifics::schemaVersion(db), Schema::currentVersion());
    }

    // The demo workspace file → a team workspace → a file again: every table the same in all
    // three, and a change on the server shows in the checksums.
    void copyRoundTripsTheDemo()
    {
        if (m_server.isEmpty())
            QSKIP("no test server: STUURBOORD_TEST_POSTGRES is not set (tools/test.sh starts one)");
        const QString address = scratchDatabase(QStringLiteral("team_copy"));
        QVERIFY(!address.isEmpty());
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("demo.stuurboord"));
        const QString back = dir.filePath(QStringLiteral("terug.stuurboord"));
        QVERIFY(DemoWorkspace::write(original, QDate(2026, 11, 1)));

        const WorkspaceCopy::Result up = WorkspaceCopy::copy(original, address);
        QVERIFY2(up.outcome, qPrintable(up.outcome.message()));
        QCOMPARE(up.tables.size(), 31);
        QVERIFY(up.rows() > 900);
        for (const WorkspaceCopy::Table& table : up.tables) {
            QVERIFY2(table.source == table.target && table.source.rows >= 0, qPrintable(table.name));
        }
        // Creating a record on the server after a copy takes the next free id.
        {
            const OpenResult team = Workspace::open(address);
            QVERIFY2(team.ok(), qPrintable(team.message));
            Goal goal;
            goal.title = QStringLiteral("Na de verhuizing");
            QVERIFY(team.workspace->repository<Goal>().add(goal));
            QVERIFY(goal.id > 4);
            QVERIFY(team.workspace->repository<Goal>().remove(goal.id));
        }

        const WorkspaceCopy::Result down = WorkspaceCopy::copy(address, back);
        QVERIFY2(down.outcome, qPrintable(down.outcome.message()));
        OpenResult a = Workspace::open(original);
        OpenResult b = Workspace::open(back);
        QVERIFY(a.ok() && b.ok());
        const auto before = checksums(*a.workspace);
        QCOMPARE(checksums(*b.workspace), before);
        QCOMPARE(before.value(QStringLiteral("observation")).rows, 600);

        // The target must be new: copying onto an existing file or workspace is refused.
        const WorkspaceCopy::Result onto = WorkspaceCopy::copy(original, address);
        QVERIFY(!onto.outcome);
        QVERIFY2(onto.outcome.message().contains(QStringLiteral("not empty")), qPrintable(onto.outcome.message()));

        // A figure changed on the server changes that table's checksum, and only that one.
        {
            const OpenResult team = Workspace::open(address);
            QVERIFY(team.ok());
            const TableChecksum goalsBefore = TableChecksum::of(team.workspace->database(), QStringLiteral("goal"));
            const TableChecksum figuresBefore = TableChecksum::of(team.workspace->database(), QStringLiteral("observation"));
            QSqlQuery change(team.workspace->database());
            QVERIFY(change.exec(QStringLiteral("UPDATE observation SET value = value + 0.5 WHERE id = (SELECT MIN(id) FROM observation)")));
            QCOMPARE(TableChecksum::of(team.workspace->database(), QStringLiteral("goal")), goalsBefore);
            const TableChecksum figuresAfter = TableChecksum::of(team.workspace->database(), QStringLiteral("observation"));
            QCOMPARE(figuresAfter.rows, figuresBefore.rows);
            QVERIFY(figuresAfter.checksum != figuresBefore.checksum);
        }
    }
};

QTEST_GUILESS_MAIN(TeamWorkspaceTest)
#include "TeamWorkspaceTest.moc"
