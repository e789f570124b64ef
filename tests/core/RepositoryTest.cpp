#include "domain/BudgetLine.h"
#include "domain/BudgetYear.h"
#include "domain/DomainTables.h"
#include "domain/Expense.h"
#include "domain/Goal.h"
#include "domain/HeadcountEntry.h"
#include "domain/Kpi.h"
#include "domain/Metric.h"
#include "domain/Observation.h"
#include "domain/Stakeholder.h"
#include "domain/Wish.h"
#include "storage/RecordConflict.h"
#include "storage/RecordStore.h"
#include "storage/sqlite/SqliteSpecifics.h"
#include "TestWorkspace.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace stuurboord;

class RepositoryTest final : public QObject
{
    Q_OBJECT

private:
    static Stakeholder sponsor()
    {
        Stakeholder s;
        s.name = QStringLiteral("Anna de Vries");
        s.role = QStringLiteral("Gemeentesecretaris");
        s.category = StakeholderCategory::Sponsor;
        s.influence = 5;
        s.interest = 4;
        return s;
    }

private slots:
    void specsMatchTheSchema()
    {
        // Every field the app knows is a column of the workspace, with matching foreign keys.
        TestWorkspace workspace;
        QSqlDatabase db = workspace->database();
        for (const TableSpec* spec : DomainTables::all()) {
            const QSqlRecord columns = db.record(spec->table());
            QVERIFY2(!columns.isEmpty(), qPrintable(spec->table()));
            for (const FieldSpec& field : spec->fields())
                QVERIFY2(columns.contains(field.column()),
                    qPrintable(spec->table() + u'.' + field.column()));
            // Each foreign key as (column, referenced table, on delete), from either engine.
            QSqlQuery keys(db);
            QVERIFY(keys.exec(TestWorkspace::onPostgres()
                    ? QStringLiteral("SELECT k.column_name, u.table_name, r.delete_rule "
                                     "FROM information_schema.referential_constraints r "
                                     "JOIN information_schema.key_column_usage k ON k.constraint_name = r.constraint_name "
                                     "JOIN information_schema.constraint_column_usage u ON u.constraint_name = r.constraint_name "
                                     "WHERE k.table_name = '%1'").arg(spec->table())
                    : QStringLiteral("SELECT \"from\", \"table\", on_delete FROM pragma_foreign_key_list('%1')")
                          .arg(spec->table())));
            while (keys.next()) {
                const FieldSpec* field = spec->field(keys.value(0).toString());
                QVERIFY(field);
                QCOMPARE(field->referencedTable(), keys.value(1).toString());
                const QString onDelete = keys.value(2).toString();
                const QString expected = field->onDelete() == OnDelete::Cascade
                    ? QStringLiteral("CASCADE")
                    : field->onDelete() == OnDelete::SetNull ? QStringLiteral("SET NULL")
                                                             : QStringLiteral("NO ACTION");
                QCOMPARE(onDelete, expected);
            }
        }
    }

    void roundTripKeepsEveryValue()
    {
        TestWorkspace workspace;
        auto stakeholders = workspace->repository<Stakeholder>();
        Stakeholder owner = sponsor();
        owner.lastContact = QDate(2026, 10, 14);
        QVERIFY(stakeholders.add(owner));
        QVERIFY(owner.id > 0);
        Goal goal;
        goal.title = QStringLiteral("Een platform dat collega’s verbindt");
        goal.kind = GoalKind::Abstract;
        goal.ownerId = owner.id;
        goal.horizon = QDate(2027, 12, 31);
        goal.status = GoalStatus::Active;
        QVERIFY(workspace->repository<Goal>().add(goal));
        const Goal read = *workspace->repository<Goal>().get(goal.id);
        QCOMPARE(read.title, goal.title);
        QCOMPARE(read.kind, GoalKind::Abstract);
        QCOMPARE(read.ownerId, owner.id);
        QCOMPARE(read.parentId, 0);
        QCOMPARE(read.horizon, QDate(2027, 12, 31));
        QCOMPARE(read.status, GoalStatus::Active);
        // Stored as readable, portable values: ISO dates, enum keys, NULL for "no parent".
        QSqlQuery query(workspace->database());
        QVERIFY(query.exec(QStringLiteral("SELECT horizon, kind, parent_id FROM goal"))
            && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2027-12-31"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("abstract"));
        QVERIFY(query.value(2).isNull());
    }

    void moneyIsIntegerCents()
    {
        TestWorkspace workspace;
        BudgetYear year;
        year.year = 2026;
        QVERIFY(workspace->repository<BudgetYear>().add(year));
        BudgetLine line;
        line.yearId = year.id;
        line.category = BudgetCategory::PhaseTwo;
        line.description = QStringLiteral("Fase twee: zoekfunctie");
        line.plannedCents = 2500000001; // beyond 32 bits, exact
        QVERIFY(workspace->repository<BudgetLine>().add(line));
        QSqlQuery query(workspace->database());
        const bool postgres = TestWorkspace::onPostgres();
        QVERIFY(query.exec(QStringLiteral("SELECT planned_cents, %1(planned_cents) FROM budget_line")
                               .arg(postgres ? QStringLiteral("pg_typeof") : QStringLiteral("typeof")))
            && query.next());
        QCOMPARE(query.value(0).toLongLong(), Q_INT64_C(2500000001));
        QCOMPARE(query.value(1).toString(), postgres ? QStringLiteral("bigint") : QStringLiteral("integer"));
    }

    void validationSpeaksTheUsersLanguage()
    {
        TestWorkspace workspace;
        Stakeholder nobody;
        nobody.influence = 9;
        const Outcome outcome = workspace->repository<Stakeholder>().add(nobody);
        QVERIFY(!outcome);
        QVERIFY2(outcome.message().contains(QStringLiteral("Name is required.")),
            qPrintable(outcome.message()));
        QVERIFY2(
            outcome.message().contains(QStringLiteral("Influence (1-5) must be between 1 and 5.")),
            qPrintable(outcome.message()));
        QCOMPARE(workspace->repository<Stakeholder>().count(), 0);

        Kpi kpi;
        kpi.name = QStringLiteral("Bereik");
        kpi.source = KpiSource::Formula;
        const Outcome noFormula = workspace->repository<Kpi>().add(kpi);
        QVERIFY(!noFormula);
        QCOMPARE(noFormula.issues().first().column, QStringLiteral("formula"));

        HeadcountEntry badMonth;
        badMonth.month = QStringLiteral("maart 2026");
        badMonth.employees = 1100;
        const Outcome month = workspace->repository<HeadcountEntry>().add(badMonth);
        QVERIFY(month.message().contains(QStringLiteral("2026-03")));

        Expense negative;
        negative.description = QStringLiteral("Workshop");
        negative.date = QDate(2026, 3, 1);
        negative.lineId = 4242;
        const Outcome missingLine = workspace->repository<Expense>().add(negative);
        QVERIFY2(missingLine.message().contains(QStringLiteral("no longer exists")),
            qPrintable(missingLine.message()));

        Wish wish;
        wish.received = QDate(2026, 2, 2);
        wish.text = QStringLiteral("Graag een app");
        wish.status = WishStatus::MovedToBacklog;
        QVERIFY(!workspace->repository<Wish>().add(wish));
    }

    void uniqueKeysAreExplained()
    {
        TestWorkspace workspace;
        Metric views;
        views.key = QStringLiteral("page_views");
        views.name = QStringLiteral("Paginaweergaven");
        QVERIFY(workspace->repository<Metric>().add(views));
        Metric again = views;
        again.id = 0;
        const Outcome outcome = workspace->repository<Metric>().add(again);
        QVERIFY2(outcome.message().contains(QStringLiteral("page_views")),
            qPrintable(outcome.message()));
        Metric badKey;
        badKey.key = QStringLiteral("Page Views");
        badKey.name = QStringLiteral("x");
        QVERIFY(!workspace->repository<Metric>().add(badKey));
        // Updating a row does not clash with itself.
        views.name = QStringLiteral("Paginaweergaven (totaal)");
        QVERIFY(workspace->repository<Metric>().update(views));
    }

    void deleteRestrictCascadeAndUndo()
    {
        TestWorkspace workspace;
        RecordStore& store = workspace->records();
        Metric views;
        views.key = QStringLiteral("page_views");
        views.name = QStringLiteral("Paginaweergaven");
        QVERIFY(workspace->repository<Metric>().add(views));
        Observation observation;
        observation.metricId = views.id;
        observation.period = QStringLiteral("2026-03");
        observation.value = 18234;
        QVERIFY(workspace->repository<Observation>().add(observation));
        const Outcome refused = workspace->repository<Metric>().remove(views.id);
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QStringLiteral("Paginaweergaven"))
                && refused.message().contains(QStringLiteral("(1)")),
            qPrintable(refused.message()));
        QCOMPARE(workspace->repository<Metric>().count(), 1);

        // A budget year takes its lines and their expenses with it; undo brings all back.
        BudgetYear year;
        year.year = 2025;
        QVERIFY(workspace->repository<BudgetYear>().add(year));
        BudgetLine line;
        line.yearId = year.id;
        line.description = QStringLiteral("Licenties");
        line.plannedCents = 3600000;
        QVERIFY(workspace->repository<BudgetLine>().add(line));
        Expense expense;
        expense.lineId = line.id;
        expense.date = QDate(2025, 1, 15);
        expense.amountCents = 3450000;
        expense.description = QStringLiteral("Jaarlicentie");
        QVERIFY(workspace->repository<Expense>().add(expense));
        DeletedRows deleted;
        QVERIFY(workspace->repository<BudgetYear>().remove(year.id, &deleted));
        QCOMPARE(deleted.rows.size(), 3);
        QCOMPARE(workspace->repository<Expense>().count(), 0);
        QVERIFY(store.restore(deleted));
        QCOMPARE(workspace->repository<Expense>().all().first().amountCents, Q_INT64_C(3450000));
        QCOMPARE(workspace->repository<BudgetLine>().all().first().id, line.id);

        // Deleting an owner clears the reference; undo puts it back.
        Stakeholder owner = sponsor();
        QVERIFY(workspace->repository<Stakeholder>().add(owner));
        Goal goal;
        goal.title = QStringLiteral("Vinden");
        goal.ownerId = owner.id;
        QVERIFY(workspace->repository<Goal>().add(goal));
        DeletedRows cleared;
        QVERIFY(workspace->repository<Stakeholder>().remove(owner.id, &cleared));
        QCOMPARE(workspace->repository<Goal>().get(goal.id)->ownerId, 0);
        QVERIFY(store.restore(cleared));
        QCOMPARE(workspace->repository<Goal>().get(goal.id)->ownerId, owner.id);
    }

    // Two connections to one workspace file save the same stakeholder: the save that started
    // from an older version is refused as a conflict and writes nothing; a merge keeps the
    // change only the other made, a clash takes the side chosen, and every save moves the
    // row version on by one.
    void aSaveThatCrossedAnotherIsAConflict()
    {
        TestWorkspace workspace;
        RecordStore& mine = workspace->records();
        Stakeholder anna = sponsor();
        QVERIFY(workspace->repository<Stakeholder>().add(anna));
        const TableSpec& spec = Stakeholder::entity().spec();
        const int role = spec.indexOf(QStringLiteral("role"));
        const int influence = spec.indexOf(QStringLiteral("influence"));
        const int interest = spec.indexOf(QStringLiteral("interest"));

        QSqlDatabase second = QSqlDatabase::cloneDatabase(workspace->database(), QStringLiteral("second-editor"));
        QVERIFY(second.open());
        {
            const QByteArray user = qgetenv("USER");
            qputenv("USER", "bram");
            RecordStore theirs(second);
            const Record opened = *mine.get(spec, anna.id);
            QCOMPARE(opened.version, qint64(1));
            Record theirSave = *theirs.get(spec, anna.id);
            theirSave.values[role] = QStringLiteral("Directeur bedrijfsvoering");
            theirSave.values[influence] = 4;
            QVERIFY(theirs.update(spec, theirSave)); // stamps "bram" as the one who saved
            qputenv("USER", user);
            QCOMPARE(theirSave.version, qint64(2));

            Record mySave = opened;
            mySave.values[influence] = 3;
            mySave.values[interest] = 5;
            const Outcome refused = mine.update(spec, mySave);
            QVERIFY(refused.isConflict());
            // A team workspace names the server login; both connections here use one.
            const QString who = TestWorkspace::onPostgres() ? QStringLiteral("stuurboord") : QStringLiteral("bram");
            QVERIFY2(refused.message().startsWith(who + QStringLiteral(" saved this stakeholder at ")),
                qPrintable(refused.message()));
            QCOMPARE(workspace->repository<Stakeholder>().get(anna.id)->interest, 4);

            std::optional<RecordConflict> conflict = RecordConflict::find(mine, spec, opened, mySave);
            QVERIFY(conflict);
            QCOMPARE(conflict->changedFields(), (QList<int>{role, influence, interest}));
            QVERIFY(!conflict->clashes(role) && conflict->clashes(influence) && !conflict->clashes(interest));
            QVERIFY(conflict->suggested(role) == RecordConflict::Side::Theirs);
            QVERIFY(conflict->suggested(influence) == RecordConflict::Side::Mine);
            // The clash goes their way; everything else each side changed is kept.
            Record merged = conflict->resolved({{influence, RecordConflict::Side::Theirs}});
            QVERIFY(mine.update(spec, merged));
            QCOMPARE(merged.version, qint64(3));
            const Stakeholder stored = *workspace->repository<Stakeholder>().get(anna.id);
            QCOMPARE(stored.role, QStringLiteral("Directeur bedrijfsvoering"));
            QCOMPARE(stored.influence, 4);
            QCOMPARE(stored.interest, 5);

            // "Keep mine" on a later crossing puts back every field as I had it.
            Record stale = *theirs.get(spec, anna.id);
            Record newer = stale;
            newer.values[role] = QStringLiteral("Wethouder");
            QVERIFY(mine.update(spec, newer));
            stale.values[interest] = 2;
            QVERIFY(theirs.update(spec, stale).isConflict());
            conflict = RecordConflict::find(theirs, spec, *theirs.get(spec, anna.id), stale);
            QVERIFY(!conflict); // opened on the stored version: nothing to resolve
            conflict = RecordConflict::find(theirs, spec, merged, stale);
            QVERIFY(conflict);
            Record keepMine = conflict->keepingMine();
            QVERIFY(theirs.update(spec, keepMine));
            QCOMPARE(workspace->repository<Stakeholder>().get(anna.id)->role, QStringLiteral("Directeur bedrijfsvoering"));
            QCOMPARE(workspace->repository<Stakeholder>().get(anna.id)->interest, 2);

            // A core operation that reads and writes at once saves without a version.
            Stakeholder direct = *workspace->repository<Stakeholder>().get(anna.id);
            direct.interest = 1;
            QVERIFY(workspace->repository<Stakeholder>().update(direct));
            QCOMPARE(mine.get(spec, anna.id)->version, qint64(6));
        }
        second.close();
        second = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("second-editor"));
    }
};

QTEST_GUILESS_MAIN(RepositoryTest)
#include "RepositoryTest.moc"
