#include "Clock.h"
#include "budget/BudgetPlanning.h"
#include "budget/BudgetTotals.h"
#include "budget/BudgetWarnings.h"
#include "budget/BusinessCase.h"
#include "domain/BacklogItem.h"
#include "domain/BenefitAssumption.h"
#include "domain/BudgetLine.h"
#include "domain/BudgetYear.h"
#include "domain/Expense.h"
#include "domain/Metric.h"
#include "domain/Observation.h"
#include "TestWorkspace.h"

#include <QLocale>
#include <QTest>

using namespace stuurboord;

// Budget per line (planned, committed, spent, left), the warnings that keep phase two
// alive, next year's draft and the business case, on small workspaces built line by line.
class BudgetPlanningTest final : public QObject
{
    Q_OBJECT

private:
    static qint64 addYear(Workspace& workspace, int number)
    {
        BudgetYear year;
        year.year = number;
        workspace.repository<BudgetYear>().add(year);
        return year.id;
    }

    static qint64 addLine(Workspace& workspace, qint64 yearId, BudgetCategory category,
        const QString& description, qint64 plannedEuro)
    {
        BudgetLine line;
        line.yearId = yearId;
        line.category = category;
        line.description = description;
        line.plannedCents = plannedEuro * 100;
        workspace.repository<BudgetLine>().add(line);
        return line.id;
    }

    static void spend(Workspace& workspace, qint64 lineId, qint64 euro, QDate date = QDate(2026, 3, 1))
    {
        Expense expense;
        expense.lineId = lineId;
        expense.date = date;
        expense.amountCents = euro * 100;
        expense.description = QStringLiteral("Factuur");
        QVERIFY(workspace.repository<Expense>().add(expense));
    }

    static qint64 addItem(Workspace& workspace, const QString& title, BacklogStatus status,
        qint64 costEuro, qint64 lineId)
    {
        BacklogItem item;
        item.title = title;
        item.status = status;
        item.estimatedCostCents = costEuro * 100;
        item.budgetLineId = lineId;
        item.targetQuarter = QStringLiteral("2026-Q4");
        workspace.repository<BacklogItem>().add(item);
        return item.id;
    }

    // Dutch money reads "€ 1.234,56"; Qt puts a no-break space after the sign.
    static QString readable(QString text) { return text.replace(QChar(0xA0), u' '); }

    static QList<BudgetWarnings::Kind> kinds(const QList<BudgetWarnings::Warning>& warnings)
    {
        QList<BudgetWarnings::Kind> result;
        for (const BudgetWarnings::Warning& warning : warnings)
            result << warning.kind;
        return result;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void linesShowPlannedCommittedSpentAndLeft()
    {
        TestWorkspace workspace;
        const qint64 year = addYear(*workspace, 2026);
        const qint64 phaseTwo = addLine(*workspace, year, BudgetCategory::PhaseTwo, QStringLiteral("Fase twee"), 50000);
        const qint64 licence = addLine(*workspace, year, BudgetCategory::Licences, QStringLiteral("Licentie"), 30000);
        spend(*workspace, phaseTwo, 12000);
        spend(*workspace, phaseTwo, 3000);
        spend(*workspace, licence, 30000);
        addItem(*workspace, QStringLiteral("Planned"), BacklogStatus::Planned, 10000, phaseTwo);
        addItem(*workspace, QStringLiteral("Underway"), BacklogStatus::InProgress, 7000, phaseTwo);
        // Neither an idea nor finished work commits money.
        addItem(*workspace, QStringLiteral("Idea"), BacklogStatus::Idea, 99000, phaseTwo);
        addItem(*workspace, QStringLiteral("Done"), BacklogStatus::Done, 88000, phaseTwo);

        const BudgetTotals totals = BudgetTotals::forYear(BudgetQueries(workspace->database()), 2026);
        QCOMPARE(totals.lines.size(), 2);
        const BudgetQueries::Line line = totals.lines.first().id == phaseTwo ? totals.lines.first() : totals.lines.last();
        QCOMPARE(line.plannedCents, 5000000);
        QCOMPARE(line.spentCents, 1500000);
        QCOMPARE(line.committedCents, 1700000);
        QCOMPARE(line.leftCents(), 1800000);
        QCOMPARE(totals.total.plannedCents, 8000000);
        QCOMPARE(totals.total.spentCents, 4500000);
        QCOMPARE(totals.total.committedCents, 1700000);
        QCOMPARE(totals.total.leftCents(), 1800000);
        QVERIFY(!totals.draft);
    }

    void eachBudgetWarningFiresOnItsOwn()
    {
        TestWorkspace workspace;
        const QDate today(2026, 6, 15);
        const qint64 year = addYear(*workspace, 2026);
        const qint64 licence = addLine(*workspace, year, BudgetCategory::Licences, QStringLiteral("Licentie"), 30000);
        // Only licences: no phase-two money.
        QCOMPARE(kinds(BudgetWarnings::forDate(*workspace, today)), QList{BudgetWarnings::Kind::NoPhaseTwoLine});
        QVERIFY(BudgetWarnings::forDate(*workspace, today).first().text.contains(u"2026"));

        const qint64 phaseTwo = addLine(*workspace, year, BudgetCategory::PhaseTwo, QStringLiteral("Fase twee"), 40000);
        QVERIFY(BudgetWarnings::forDate(*workspace, today).isEmpty());
        // A phase-two line in another year does not count for this one.
        QVERIFY(!BudgetWarnings::forDate(*workspace, QDate(2027, 2, 1)).isEmpty());

        // Committed + spent exceed planned: 25,000 + 20,000 > 40,000.
        spend(*workspace, phaseTwo, 25000);
        addItem(*workspace, QStringLiteral("Zoeken in zaken"), BacklogStatus::Planned, 20000, phaseTwo);
        QList<BudgetWarnings::Warning> warnings = BudgetWarnings::forDate(*workspace, today);
        QCOMPARE(kinds(warnings), QList{BudgetWarnings::Kind::OverCommitted});
        QCOMPARE(warnings.first().id, phaseTwo);
        const QString text = readable(warnings.first().text);
        QVERIFY2(text.contains(QStringLiteral("€ 25.000,00")) && text.contains(QStringLiteral("€ 20.000,00"))
                && text.contains(QStringLiteral("€ 40.000,00")),
            qPrintable(warnings.first().text));

        // Spent beyond planned is overspent (and said once, not also as overcommitted).
        spend(*workspace, licence, 30001);
        warnings = BudgetWarnings::forDate(*workspace, today);
        QCOMPARE(kinds(warnings), (QList{BudgetWarnings::Kind::Overspent, BudgetWarnings::Kind::OverCommitted}));
        QCOMPARE(warnings.first().id, licence);
        QVERIFY(warnings.first().text.contains(u"Licentie"));

        // A planned item with a cost but no budget line; one without cost needs none.
        const qint64 orphan = addItem(*workspace, QStringLiteral("App"), BacklogStatus::InProgress, 8000, 0);
        addItem(*workspace, QStringLiteral("In de licentie"), BacklogStatus::Planned, 0, 0);
        addItem(*workspace, QStringLiteral("Nog een idee"), BacklogStatus::Idea, 5000, 0);
        warnings = BudgetWarnings::forDate(*workspace, today);
        QCOMPARE(warnings.size(), 3);
        QCOMPARE(warnings.last().kind, BudgetWarnings::Kind::PlannedWithoutLine);
        QCOMPARE(warnings.last().id, orphan);
        QVERIFY(warnings.last().text.contains(u"“App”"));
        for (const BudgetWarnings::Warning& warning : warnings)
            QVERIFY2(warning.text.endsWith(u'.') && !warning.text.contains(u"%"), qPrintable(warning.text));
    }

    void nextYearIsADraftCopyOfTheLines()
    {
        TestWorkspace workspace;
        const qint64 year = addYear(*workspace, 2026);
        const qint64 phaseTwo = addLine(*workspace, year, BudgetCategory::PhaseTwo, QStringLiteral("Fase twee"), 60000);
        addLine(*workspace, year, BudgetCategory::Workshops, QStringLiteral("Workshops"), 9000);
        spend(*workspace, phaseTwo, 1000);
        qint64 newYearId = 0;
        QVERIFY(BudgetPlanning::prepareNextYear(*workspace, 2026, &newYearId));
        const std::optional<BudgetYear> draft = workspace->repository<BudgetYear>().get(newYearId);
        QVERIFY(draft);
        QCOMPARE(draft->year, 2027);
        QVERIFY(draft->draft);
        const BudgetTotals next = BudgetTotals::forYear(BudgetQueries(workspace->database()), 2027);
        QVERIFY(next.draft);
        QCOMPARE(next.lines.size(), 2);
        QCOMPARE(next.total.plannedCents, 6900000);
        QCOMPARE(next.total.spentCents, 0); // expenses stay in their year
        QStringList descriptions;
        for (const BudgetQueries::Line& line : next.lines)
            descriptions << line.description;
        QCOMPARE(descriptions, (QStringList{QStringLiteral("Fase twee"), QStringLiteral("Workshops")}));
        // The original is untouched.
        QCOMPARE(BudgetTotals::forYear(BudgetQueries(workspace->database()), 2026).total.spentCents, 100000);
        // Warnings about the draft year say it is a draft: a line cut below what is committed
        // reads "(draft 2027)", never as if the budget were approved.
        addItem(*workspace, QStringLiteral("Zoekfunctie"), BacklogStatus::Planned, 80000,
            next.lines.first().id);
        bool sawDraftLine = false;
        for (const BudgetWarnings::Warning& warning : BudgetWarnings::forDate(*workspace, QDate(2027, 2, 1))) {
            QVERIFY2(!warning.text.contains(u"(2027)"), qPrintable(warning.text));
            sawDraftLine = sawDraftLine || warning.text.contains(u"“Fase twee” (draft 2027)");
        }
        QVERIFY(sawDraftLine);

        // Twice is refused in words; so is a year without a budget.
        const Outcome again = BudgetPlanning::prepareNextYear(*workspace, 2026);
        QVERIFY(!again);
        QVERIFY(again.message().contains(u"2027"));
        QVERIFY(!BudgetPlanning::prepareNextYear(*workspace, 2030));
        QCOMPARE(workspace->repository<BudgetYear>().count(), 2);
    }

    void businessCaseSpellsOutCostUsersAndReturn()
    {
        TestWorkspace workspace;
        const qint64 year = addYear(*workspace, 2026);
        const qint64 licence = addLine(*workspace, year, BudgetCategory::Licences, QStringLiteral("Licentie"), 40000);
        addLine(*workspace, year, BudgetCategory::PhaseTwo, QStringLiteral("Fase twee"), 20000);
        spend(*workspace, licence, 40000);

        // 800 and 1,000 active users in two months of 2026, 5,000 in 2025 (not counted).
        Metric metric;
        metric.key = QStringLiteral("active_users");
        metric.name = QStringLiteral("Actieve gebruikers");
        metric.aggregation = Aggregation::Max;
        QVERIFY(workspace->repository<Metric>().add(metric));
        for (const auto& [period, value] : {std::pair{"2025-12", 5000.0}, {"2026-01", 800.0}, {"2026-02", 1000.0}}) {
            Observation observation;
            observation.metricId = metric.id;
            observation.period = QString::fromLatin1(period);
            observation.value = value;
            QVERIFY(workspace->repository<Observation>().add(observation));
        }

        BusinessCase plain = BusinessCase::forYear(*workspace, 2026);
        QCOMPARE(plain.costCents, 6000000);
        QCOMPARE(plain.usersMetric, QStringLiteral("active_users"));
        QCOMPARE(plain.userMonths, 2);
        QCOMPARE(*plain.activeUsers, 900.0);
        QCOMPARE(*plain.costPerUserCents, 6667); // € 60,000 / 900 users
        QVERIFY(!plain.netCents);
        QVERIFY(plain.sentences.last().contains(u"benefit") || plain.sentences.last().contains(u"No benefit"));

        BenefitAssumption time;
        time.description = QStringLiteral("Sneller vinden");
        time.kind = BenefitKind::TimeSaved;
        time.minutesPerUserMonth = 10;
        time.hourlyCostCents = 4500;
        time.sharePercent = 50;
        QVERIFY(workspace->repository<BenefitAssumption>().add(time));
        BenefitAssumption fixed;
        fixed.description = QStringLiteral("Geen drukwerk");
        fixed.kind = BenefitKind::FixedAmount;
        fixed.amountPerYearCents = 950000;
        QVERIFY(workspace->repository<BenefitAssumption>().add(fixed));

        const BusinessCase full = BusinessCase::forYear(*workspace, 2026);
        // 10 min / 60 × 900 users × 50 % × 12 months = 900 hours × € 45 = € 40,500.
        QCOMPARE(full.benefits.size(), 2);
        const BusinessCase::Benefit& saved = full.benefits.at(0).description == time.description ? full.benefits.at(0) : full.benefits.at(1);
        QCOMPARE(saved.yearlyCents, 4050000);
        QVERIFY2(saved.sentence.contains(QStringLiteral("900 uur")) || saved.sentence.contains(QStringLiteral("900 hours")),
            qPrintable(saved.sentence));
        QVERIFY2(readable(saved.sentence).contains(QStringLiteral("€ 45,00")), qPrintable(saved.sentence));
        QCOMPARE(full.benefitCents, 4050000 + 950000);
        QCOMPARE(*full.netCents, 5000000 - 6000000);
        QCOMPARE(*full.returnPerEuro, 5000000.0 / 6000000.0);
        // Cost, users, cost per user, two benefits and the return.
        QCOMPARE(full.sentences.size(), 6);
        QVERIFY(readable(full.sentences.first()).contains(QStringLiteral("€ 60.000,00")));
        QVERIFY2(readable(full.sentences.last()).contains(QStringLiteral("€ 10.000,00")), qPrintable(full.sentences.last()));

        // A year without usage figures of its own uses the latest months before it.
        const BusinessCase later = BusinessCase::forYear(*workspace, 2027);
        QCOMPARE(later.userMonths, 3);
        QVERIFY(later.sentences.at(1).contains(u"2027"));

        // A time assumption without its figures is refused in words.
        BenefitAssumption incomplete;
        incomplete.description = QStringLiteral("Half");
        incomplete.kind = BenefitKind::TimeSaved;
        const Outcome refused = workspace->repository<BenefitAssumption>().add(incomplete);
        QVERIFY(!refused);
        QVERIFY(refused.message().contains(u"minutes"));
    }
};

QTEST_GUILESS_MAIN(BudgetPlanningTest)
#include "BudgetPlanningTest.moc"
