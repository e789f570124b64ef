#include "Clock.h"
#include "TestWorkspace.h"
#include "demo/DemoWorkspace.h"
#include "domain/ActionItem.h"
#include "domain/HeadcountEntry.h"
#include "domain/Kpi.h"
#include "domain/KpiChange.h"
#include "domain/KpiTarget.h"
#include "domain/KpiValue.h"
#include "domain/Metric.h"
#include "domain/Observation.h"
#include "domain/Stakeholder.h"
#include "domain/ThresholdRule.h"
#include "kpi/Formula.h"
#include "kpi/FollowUpActions.h"
#include "kpi/KpiEvaluator.h"
#include "kpi/KpiOperations.h"
#include "kpi/KpiReport.h"
#include "kpi/MeasurementCalendar.h"
#include "kpi/Period.h"
#include "kpi/KpiFormat.h"
#include "kpi/KpiUnitGuess.h"
#include "kpi/MetricOperations.h"
#include "kpi/PeriodCompleteness.h"
#include "dashboard/KpiTile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace stuurboord;

// The KPI engine against real workspaces: figures go in as observations, as an import
// would write them, and come out as the coordinator reads them.
class KpiEngineTest final : public QObject
{
    Q_OBJECT

private:
    static qint64 metric(Workspace& workspace, const QString& key, Aggregation rule)
    {
        Metric m;
        m.key = key;
        m.name = key;
        m.aggregation = rule;
        if (!workspace.repository<Metric>().add(m))
            qFatal("metric");
        return m.id;
    }

    static void observe(Workspace& workspace, qint64 metricId, const QString& month, double value,
                        const QString& dimension = {})
    {
        Observation o;
        o.metricId = metricId;
        o.period = month;
        o.value = value;
        o.dimension = dimension;
        o.windowEnd = QDate::fromString(month + QStringLiteral("-28"), Qt::ISODate);
        if (!workspace.repository<Observation>().add(o))
            qFatal("observation");
    }

    static void headcount(Workspace& workspace, const QString& month, int employees)
    {
        HeadcountEntry entry;
        entry.month = month;
        entry.employees = employees;
        if (!workspace.repository<HeadcountEntry>().add(entry))
            qFatal("headcount");
    }

    static Kpi formulaKpi(Workspace& workspace, const QString& formula, Frequency frequency = Frequency::Monthly,
                          Direction direction = Direction::HigherIsBetter)
    {
        Kpi kpi;
        kpi.name = QStringLiteral("Bereik");
        kpi.formula = formula;
        kpi.frequency = frequency;
        kpi.direction = direction;
        kpi.lifecycle = KpiLifecycle::Draft;
        if (!workspace.repository<Kpi>().add(kpi))
            qFatal("kpi");
        return kpi;
    }

    static ThresholdRule rule(Workspace& workspace, qint64 kpiId, ThresholdStatus status, double boundary,
                              int consecutive, qint64 ownerId = 0)
    {
        ThresholdRule r;
        r.kpiId = kpiId;
        r.status = status;
        r.boundary = boundary;
        r.consecutive = consecutive;
        r.action = QStringLiteral("Bespreken met de key users");
        r.actionOwnerId = ownerId;
        r.actionDays = 14;
        if (!workspace.repository<ThresholdRule>().add(r))
            qFatal("rule");
        return r;
    }

    static void target(Workspace& workspace, qint64 kpiId, const QString& period, double value)
    {
        KpiTarget t;
        t.kpiId = kpiId;
        t.period = period;
        t.kind = TargetKind::AtLeast;
        t.value = value;
        if (!workspace.repository<KpiTarget>().add(t))
            qFatal("target");
    }

private slots:
    void init() { Clock::setToday(QDate(2026, 11, 15)); }
    void cleanup() { Clock::setToday({}); }

    void periods()
    {
        QCOMPARE(Period::parse(QStringLiteral("2026-Q3")).months(),
                 (QStringList{QStringLiteral("2026-07"), QStringLiteral("2026-08"), QStringLiteral("2026-09")}));
        QCOMPARE(Period::parse(QStringLiteral("2026-H2")).next().toString(), QStringLiteral("2027-H1"));
        QCOMPARE(Period::parse(QStringLiteral("2026-01")).previous().toString(), QStringLiteral("2025-12"));
        QCOMPARE(Period::parse(QStringLiteral("2026")).monthCount(), 12);
        QVERIFY(!Period::parse(QStringLiteral("2026-13")).isValid());
        QVERIFY(!Period::parse(QStringLiteral("maart")).isValid());
        QCOMPARE(Period::containing(QDate(2026, 11, 15), Period::Kind::Quarter).toString(), QStringLiteral("2026-Q4"));
    }

    void formulaProblemsHaveAPosition()
    {
        const QStringList keys{QStringLiteral("page_views"), QStringLiteral("unique_logged_in_users")};
        QVERIFY(!Formula::check(QStringLiteral("unique_logged_in_users / headcount * 100"), keys));
        const auto unknown = Formula::check(QStringLiteral("unique_users / headcount * 100"), keys);
        QVERIFY(unknown);
        QCOMPARE(unknown->position, 0);
        QVERIFY(unknown->message.contains(QStringLiteral("unique_users")));
        QVERIFY(unknown->message.contains(QStringLiteral("page_views")));
        const auto syntax = Formula::check(QStringLiteral("page_views / (headcount * 100"), keys);
        QVERIFY(syntax);
        QVERIFY2(syntax->message.contains(QStringLiteral("parenthesis")), qPrintable(syntax->message));
        const auto dangling = Formula::check(QStringLiteral("page_views /"), keys);
        QVERIFY(dangling);
        QVERIFY(dangling->position >= 10);
        QString problem;
        QVERIFY(!Formula::evaluate(QStringLiteral("page_views / headcount"),
                                   {{QStringLiteral("page_views"), 10}, {QStringLiteral("headcount"), 0}}, &problem));
        QCOMPARE(problem, QStringLiteral("division by zero"));
        QCOMPARE(*Formula::evaluate(QStringLiteral("page_views / headcount"),
                                    {{QStringLiteral("page_views"), 10}, {QStringLiteral("headcount"), 4}}),
                 2.5);
    }

    void aggregationPerRule_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<double>("quarter");
        QTest::addColumn<double>("year");
        // Monthly values 1..12; Q3 = July, August, September = 7, 8, 9.
        QTest::addRow("sum") << int(Aggregation::Sum) << 24.0 << 78.0;
        QTest::addRow("last") << int(Aggregation::Last) << 9.0 << 12.0;
        QTest::addRow("average") << int(Aggregation::Average) << 8.0 << 6.5;
        QTest::addRow("max") << int(Aggregation::Max) << 9.0 << 12.0;
    }

    void aggregationPerRule()
    {
        QFETCH(int, rule);
        QFETCH(double, quarter);
        QFETCH(double, year);
        Clock::setToday(QDate(2027, 2, 1));
        TestWorkspace workspace;
        const qint64 id = metric(*workspace, QStringLiteral("m"), static_cast<Aggregation>(rule));
        for (int month = 1; month <= 12; ++month)
            observe(*workspace, id, QStringLiteral("2026-%1").arg(month, 2, 10, QLatin1Char('0')), month);
        // A department breakdown never counts towards the organisation total.
        observe(*workspace, id, QStringLiteral("2026-08"), 1000, QStringLiteral("Publiekszaken"));
        const KpiInputs inputs(workspace->database());
        QCOMPARE(*inputs.metric(QStringLiteral("m"), Period::parse(QStringLiteral("2026-Q3"))), quarter);
        QCOMPARE(*inputs.metric(QStringLiteral("m"), Period::parse(QStringLiteral("2026"))), year);
        QString missing;
        QVERIFY(!inputs.metric(QStringLiteral("m"), Period::parse(QStringLiteral("2027-Q1")), &missing));
        QVERIFY(missing.contains(QStringLiteral("2027-01")));
    }

    void noDataIsNotZero()
    {
        TestWorkspace workspace;
        const qint64 views = metric(*workspace, QStringLiteral("questions_asked"), Aggregation::Sum);
        headcount(*workspace, QStringLiteral("2026-01"), 1000);
        observe(*workspace, views, QStringLiteral("2026-09"), 0);
        Kpi kpi = formulaKpi(*workspace, QStringLiteral("questions_asked / headcount * 100"));
        rule(*workspace, kpi.id, ThresholdStatus::AtRisk, 1, 1);
        const KpiEvaluator evaluator(*workspace);
        const KpiPoint zero = evaluator.evaluate(kpi, Period::parse(QStringLiteral("2026-09")));
        QCOMPARE(*zero.value, 0.0);
        QCOMPARE(zero.status, KpiStatus::AtRisk);
        const KpiPoint missing = evaluator.evaluate(kpi, Period::parse(QStringLiteral("2026-10")));
        QVERIFY(!missing.value);
        QCOMPARE(missing.status, KpiStatus::NoData);
        QVERIFY(missing.reason.contains(QStringLiteral("questions_asked")));
    }

    void headcountIsFrozenPerPeriod()
    {
        TestWorkspace workspace;
        const qint64 users = metric(*workspace, QStringLiteral("unique_logged_in_users"), Aggregation::Max);
        observe(*workspace, users, QStringLiteral("2026-03"), 800);
        observe(*workspace, users, QStringLiteral("2026-09"), 800);
        headcount(*workspace, QStringLiteral("2026-01"), 1000);
        Kpi kpi = formulaKpi(*workspace, QStringLiteral("unique_logged_in_users / headcount * 100"));
        const double before = *KpiEvaluator(*workspace).evaluate(kpi, Period::parse(QStringLiteral("2026-03"))).value;
        QCOMPARE(before, 80.0);
        // The organisation grows in the summer: March keeps its own denominator.
        headcount(*workspace, QStringLiteral("2026-07"), 1250);
        const KpiEvaluator after(*workspace);
        QCOMPARE(*after.evaluate(kpi, Period::parse(QStringLiteral("2026-03"))).value, 80.0);
        QCOMPARE(*after.evaluate(kpi, Period::parse(QStringLiteral("2026-09"))).value, 64.0);
        QVERIFY(!after.evaluate(kpi, Period::parse(QStringLiteral("2025-12"))).value); // no headcount yet
    }

    void targetTypesAndLinearPath()
    {
        auto target = [](const char* period, TargetKind kind, TargetPath path, double value, std::optional<double> upper = {}) {
            KpiTarget t;
            t.period = QString::fromLatin1(period);
            t.kind = kind;
            t.path = path;
            t.value = value;
            t.upperValue = upper;
            return t;
        };
        const TargetSchedule schedule({target("2026-01", TargetKind::IncreaseTo, TargetPath::Step, 40),
                                       target("2026-07", TargetKind::IncreaseTo, TargetPath::Linear, 70)});
        QVERIFY(!schedule.at(Period::parse(QStringLiteral("2025-12"))));
        QCOMPARE(schedule.at(Period::parse(QStringLiteral("2026-01")))->value, 40.0);
        QCOMPARE(schedule.at(Period::parse(QStringLiteral("2026-03")))->value, 50.0);
        QCOMPARE(schedule.at(Period::parse(QStringLiteral("2026-07")))->value, 70.0);
        QCOMPARE(schedule.at(Period::parse(QStringLiteral("2027-02")))->value, 70.0);
        QVERIFY(TargetSchedule::isMet({TargetKind::AtLeast, 50, {}}, 50));
        QVERIFY(!TargetSchedule::isMet({TargetKind::AtLeast, 50, {}}, 49.9));
        QVERIFY(TargetSchedule::isMet({TargetKind::AtMost, 20, {}}, 20));
        QVERIFY(!TargetSchedule::isMet({TargetKind::DecreaseTo, 20, {}}, 20.1));
        QVERIFY(TargetSchedule::isMet({TargetKind::Band, 60, 80}, 80));
        QVERIFY(!TargetSchedule::isMet({TargetKind::Band, 60, 80}, 59));
    }

    void thresholdsOnTheEdge()
    {
        ThresholdRule rule;
        rule.boundary = 60;
        QVERIFY(!KpiEvaluator::crosses(rule, Direction::HigherIsBetter, 60, {}));
        QVERIFY(KpiEvaluator::crosses(rule, Direction::HigherIsBetter, 59.99, {}));
        QVERIFY(!KpiEvaluator::crosses(rule, Direction::LowerIsBetter, 60, {}));
        QVERIFY(KpiEvaluator::crosses(rule, Direction::LowerIsBetter, 60.01, {}));
        rule.boundary = 5;
        const TargetSchedule::Target band{TargetKind::Band, 60, 80};
        QVERIFY(!KpiEvaluator::crosses(rule, Direction::WithinBand, 55, band));
        QVERIFY(KpiEvaluator::crosses(rule, Direction::WithinBand, 54.9, band));
        QVERIFY(!KpiEvaluator::crosses(rule, Direction::WithinBand, 85, band));
        QVERIFY(KpiEvaluator::crosses(rule, Direction::WithinBand, 85.1, band));
    }

    void firingIsOncePerEpisodeAndClosesItself()
    {
        TestWorkspace workspace;
        Stakeholder owner;
        owner.name = QStringLiteral("Sanne Visser");
        owner.influence = 3;
        owner.interest = 5;
        QVERIFY(workspace->repository<Stakeholder>().add(owner));
        const qint64 users = metric(*workspace, QStringLiteral("unique_logged_in_users"), Aggregation::Max);
        headcount(*workspace, QStringLiteral("2026-01"), 100);
        // 70 70 50 50 50 50 70 70 70 ...: below 60 for four months, then back.
        const QList<double> values{70, 70, 50, 50, 50, 50, 70, 70};
        for (int i = 0; i < values.size(); ++i)
            observe(*workspace, users, QStringLiteral("2026-%1").arg(i + 1, 2, 10, QLatin1Char('0')), values.at(i));
        Kpi kpi = formulaKpi(*workspace, QStringLiteral("unique_logged_in_users / headcount * 100"));
        const ThresholdRule offTrack = rule(*workspace, kpi.id, ThresholdStatus::OffTrack, 60, 2, owner.id);
        kpi.lifecycle = KpiLifecycle::Active;
        QVERIFY(workspace->repository<Kpi>().update(kpi));

        Clock::setToday(QDate(2026, 6, 10)); // May measured: breach of March-May, still going
        FollowUpActions::Result first = FollowUpActions::synchronise(*workspace, KpiEvaluator(*workspace));
        QVERIFY(first.outcome);
        QCOMPARE(first.created, 1);
        QList<ActionItem> actions = workspace->repository<ActionItem>().all();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first().breachPeriod, QStringLiteral("2026-03"));
        QCOMPARE(actions.first().ownerId, owner.id);
        QCOMPARE(actions.first().due, QDate(2026, 4, 30).addDays(14)); // fired at the second moment
        QCOMPARE(actions.first().status, ActionStatus::Open);

        // Still off track in June: no second action.
        Clock::setToday(QDate(2026, 7, 10));
        QCOMPARE(FollowUpActions::synchronise(*workspace, KpiEvaluator(*workspace)).created, 0);
        QCOMPARE(workspace->repository<ActionItem>().count(), 1);

        // Back above 60 in July and August: closed automatically after two moments.
        Clock::setToday(QDate(2026, 8, 10));
        QCOMPARE(FollowUpActions::synchronise(*workspace, KpiEvaluator(*workspace)).closed, 0);
        Clock::setToday(QDate(2026, 9, 10));
        FollowUpActions::Result recovered = FollowUpActions::synchronise(*workspace, KpiEvaluator(*workspace));
        QCOMPARE(recovered.closed, 1);
        const ActionItem closed = workspace->repository<ActionItem>().all().first();
        QCOMPARE(closed.status, ActionStatus::Done);
        QCOMPARE(closed.closed, QDate(2026, 8, 31));
        Q_UNUSED(offTrack);
    }

    void activationNeedsAFollowUpActionWithAnOwner()
    {
        TestWorkspace workspace;
        metric(*workspace, QStringLiteral("page_views"), Aggregation::Sum);
        Kpi kpi = formulaKpi(*workspace, QStringLiteral("page_views"));
        kpi.lifecycle = KpiLifecycle::Active;
        Outcome refused = workspace->repository<Kpi>().update(kpi);
        QVERIFY(!refused);
        QVERIFY2(refused.message().startsWith(QStringLiteral("Only measure what you plan to act on")), qPrintable(refused.message()));
        QCOMPARE(refused.issues().first().column, QStringLiteral("lifecycle"));
        rule(*workspace, kpi.id, ThresholdStatus::AtRisk, 100, 1); // no owner yet
        QVERIFY(!workspace->repository<Kpi>().update(kpi));
        Stakeholder owner;
        owner.name = QStringLiteral("Erik de Groot");
        QVERIFY(workspace->repository<Stakeholder>().add(owner));
        ThresholdRule withOwner = workspace->repository<ThresholdRule>().all().first();
        withOwner.actionOwnerId = owner.id;
        QVERIFY(workspace->repository<ThresholdRule>().update(withOwner));
        QVERIFY(workspace->repository<Kpi>().update(kpi));
    }

    void definitionChangeKeepsOldValues()
    {
        TestWorkspace workspace;
        const qint64 users = metric(*workspace, QStringLiteral("active_users"), Aggregation::Max);
        const qint64 logged = metric(*workspace, QStringLiteral("unique_logged_in_users"), Aggregation::Max);
        headcount(*workspace, QStringLiteral("2026-01"), 1000);
        for (const char* month : {"2026-08", "2026-09", "2026-10"}) {
            observe(*workspace, users, QString::fromLatin1(month), 400);
            observe(*workspace, logged, QString::fromLatin1(month), 800);
        }
        KpiOperations operations(*workspace);
        Kpi kpi;
        kpi.name = QStringLiteral("Actieve medewerkers");
        kpi.formula = QStringLiteral("active_users / unique_logged_in_users * 100");
        QVERIFY(operations.save(kpi, QStringLiteral("Meetplan"), QStringLiteral("Noor")));
        kpi = workspace->repository<Kpi>().all().first();
        QCOMPARE(kpi.version, 1);

        kpi.formula = QStringLiteral("active_users / headcount * 100");
        QVERIFY(!operations.save(kpi, QString(), QStringLiteral("Noor"))); // a reason is required
        QVERIFY(operations.save(kpi, QStringLiteral("Vergelijkbaar met de benchmark"), QStringLiteral("Noor")));
        kpi = workspace->repository<Kpi>().all().first();
        QCOMPARE(kpi.version, 2);

        Clock::setToday(QDate(2026, 12, 10)); // November arrives after the change
        observe(*workspace, users, QStringLiteral("2026-11"), 500);
        observe(*workspace, logged, QStringLiteral("2026-11"), 800);
        const QList<KpiPoint> points = KpiEvaluator(*workspace).series(kpi);
        QCOMPARE(points.size(), 4);
        QCOMPARE(*points.at(0).value, 50.0); // 400 / 800: version 1, kept
        QCOMPARE(points.at(0).version, 1);
        QVERIFY(points.at(0).recorded);
        QCOMPARE(*points.at(3).value, 50.0); // 500 / 1000: version 2
        QCOMPARE(points.at(3).version, 2);
        const auto log = workspace->repository<KpiChange>().where(QStringLiteral("kpi_id"), kpi.id);
        QCOMPARE(log.size(), 2);
        const bool described = std::any_of(log.cbegin(), log.cend(), [](const KpiChange& change) {
            return change.version == 2 && change.what.contains(QStringLiteral("active_users / headcount * 100"))
                && change.why == QStringLiteral("Vergelijkbaar met de benchmark") && change.author == QStringLiteral("Noor");
        });
        QVERIFY(described);
    }

    void reviewRetiresWithReason()
    {
        TestWorkspace workspace;
        metric(*workspace, QStringLiteral("page_views"), Aggregation::Sum);
        KpiOperations operations(*workspace);
        Kpi kpi;
        kpi.name = QStringLiteral("Paginaweergaven");
        kpi.formula = QStringLiteral("page_views");
        QVERIFY(operations.save(kpi, QStringLiteral("start"), QStringLiteral("Noor")));
        kpi = workspace->repository<Kpi>().all().first();
        QVERIFY(!operations.review(kpi, KpiOperations::ReviewOutcome::Retired, QString(), QStringLiteral("Noor"), {}));
        QVERIFY(operations.review(kpi, KpiOperations::ReviewOutcome::Kept, QStringLiteral("Nog steeds bruikbaar"),
                                  QStringLiteral("Noor"), QDate(2027, 6, 1)));
        QCOMPARE(workspace->repository<Kpi>().get(kpi.id)->nextReview, QDate(2027, 6, 1));
        QVERIFY(operations.review(kpi, KpiOperations::ReviewOutcome::Retired,
                                  QStringLiteral("Zegt niets over samenwerking"), QStringLiteral("Noor"), {}));
        const Kpi retired = *workspace->repository<Kpi>().get(kpi.id);
        QCOMPARE(retired.lifecycle, KpiLifecycle::Retired);
        QCOMPARE(retired.retiredReason, QStringLiteral("Zegt niets over samenwerking"));
        QCOMPARE(workspace->repository<KpiChange>().count(), 3);
    }

    void manualEntriesAndOverdueMoments()
    {
        TestWorkspace workspace;
        metric(*workspace, QStringLiteral("page_views"), Aggregation::Sum);
        observe(*workspace, workspace->repository<Metric>().all().first().id, QStringLiteral("2026-01"), 1);
        Kpi survey;
        survey.name = QStringLiteral("Tevredenheid");
        survey.source = KpiSource::Manual;
        survey.unit = KpiUnit::Percentage;
        survey.frequency = Frequency::Quarterly;
        KpiOperations operations(*workspace);
        QVERIFY(operations.save(survey, QStringLiteral("enquête"), QStringLiteral("Noor")));
        survey = workspace->repository<Kpi>().all().first();
        QVERIFY(!operations.enterValue(survey.id, QStringLiteral("2026-05"), 70, {})); // a month, not a quarter
        const Outcome tooHigh = operations.enterValue(survey.id, QStringLiteral("2026-Q1"), 712, {});
        QVERIFY(!tooHigh);
        QCOMPARE(tooHigh.issues().first().column, QStringLiteral("value"));
        QVERIFY(operations.enterValue(survey.id, QStringLiteral("2026-Q1"), 71.2, QStringLiteral("n=412")));
        QVERIFY(operations.enterValue(survey.id, QStringLiteral("2026-Q2"), 101, {}, KpiOperations::Confirmation::Confirmed));
        QVERIFY(operations.enterValue(survey.id, QStringLiteral("2026-Q2"), 73, QStringLiteral("gecorrigeerd")));
        QCOMPARE(workspace->repository<KpiValue>().count(), 2);

        // Measured from Q1; Q3 (ended 30 September) has no value yet.
        rule(*workspace, survey.id, ThresholdStatus::AtRisk, 60, 1);
        survey.lifecycle = KpiLifecycle::UnderReview;
        QVERIFY(workspace->repository<Kpi>().update(survey));
        const QList<MeasurementCalendar::Moment> overdue = MeasurementCalendar::overdue(*workspace, KpiEvaluator(*workspace));
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().period.toString(), QStringLiteral("2026-Q3"));
        QCOMPARE(overdue.first().missing, QStringLiteral("not entered yet"));
        const QList<MeasurementCalendar::Moment> next = MeasurementCalendar::upcoming(*workspace);
        QCOMPARE(next.first().period.toString(), QStringLiteral("2026-Q4"));
        QCOMPARE(next.first().date, QDate(2027, 1, 1));
    }

    // "Status must never mislead": a KPI only reads "on track" with a target and rules.
    void statusSaysWhatIsMissing()
    {
        TestWorkspace workspace;
        const qint64 views = metric(*workspace, QStringLiteral("page_views"), Aggregation::Sum);
        headcount(*workspace, QStringLiteral("2026-01"), 100);
        observe(*workspace, views, QStringLiteral("2026-09"), 7000);
        observe(*workspace, views, QStringLiteral("2026-10"), 7400);
        const Kpi kpi = formulaKpi(*workspace, QStringLiteral("page_views / headcount"));
        const Period october = Period::parse(QStringLiteral("2026-10"));
        QCOMPARE(KpiEvaluator(*workspace).evaluate(kpi, october).status, KpiStatus::NoTarget);
        target(*workspace, kpi.id, QStringLiteral("2026-01"), 75);
        QCOMPARE(KpiEvaluator(*workspace).evaluate(kpi, october).status, KpiStatus::NoThresholds);
        rule(*workspace, kpi.id, ThresholdStatus::AtRisk, 72, 1);
        rule(*workspace, kpi.id, ThresholdStatus::OffTrack, 60, 1);
        const KpiEvaluator evaluator(*workspace);
        // 74 against a target of 75, above the at-risk threshold of 72: short, not on track.
        const KpiPoint short_ = evaluator.evaluate(kpi, october);
        QCOMPARE(*short_.value, 74.0);
        QCOMPARE(short_.status, KpiStatus::ShortOfTarget);
        QVERIFY(short_.crossedRules.isEmpty());
        // 70: across the at-risk threshold.
        QCOMPARE(evaluator.evaluate(kpi, Period::parse(QStringLiteral("2026-09"))).status, KpiStatus::AtRisk);
        // Reaching the target is on track.
        observe(*workspace, views, QStringLiteral("2026-08"), 7600);
        QCOMPARE(KpiEvaluator(*workspace).evaluate(kpi, Period::parse(QStringLiteral("2026-08"))).status,
                 KpiStatus::OnTrack);
        QVERIFY(!isJudged(KpiStatus::NoTarget));
        QVERIFY(isJudged(KpiStatus::ShortOfTarget));
        QCOMPARE(enumKey(KpiStatus::ShortOfTarget), QStringLiteral("short_of_target"));
        QCOMPARE(enumKey(KpiStatus::NoThresholds), QStringLiteral("no_thresholds"));
    }

    void surveyScoreBelowTargetIsNotOnTrack()
    {
        // The case found by a new user: 7.0 against a target of 7.5 read green "On track".
        TestWorkspace workspace;
        Kpi survey;
        survey.name = QStringLiteral("Tevredenheid");
        survey.source = KpiSource::Manual;
        survey.unit = KpiUnit::Score;
        survey.frequency = Frequency::Quarterly;
        QVERIFY(workspace->repository<Kpi>().add(survey));
        target(*workspace, survey.id, QStringLiteral("2026-Q1"), 7.5);
        rule(*workspace, survey.id, ThresholdStatus::AtRisk, 6.5, 1);
        KpiOperations operations(*workspace);
        QVERIFY(operations.enterValue(survey.id, QStringLiteral("2026-Q2"), 7.0, {}));
        const KpiPoint point = KpiEvaluator(*workspace).evaluate(survey, Period::parse(QStringLiteral("2026-Q2")));
        QCOMPARE(point.status, KpiStatus::ShortOfTarget);
        QVERIFY(point.manual);
    }

    void manualKpiShowsTheSameLatestEverywhere()
    {
        TestWorkspace workspace;
        Kpi survey;
        survey.name = QStringLiteral("Tevredenheid");
        survey.source = KpiSource::Manual;
        survey.unit = KpiUnit::Score;
        survey.frequency = Frequency::Quarterly;
        survey.lifecycle = KpiLifecycle::Draft;
        QVERIFY(workspace->repository<Kpi>().add(survey));
        target(*workspace, survey.id, QStringLiteral("2026-Q1"), 7.0);
        rule(*workspace, survey.id, ThresholdStatus::AtRisk, 6.0, 1);
        QVERIFY(KpiOperations(*workspace).enterValue(survey.id, QStringLiteral("2026-Q2"), 7.4, {}));
        // As of 15 November Q3 has ended without a value: the latest measured one is Q2.
        const KpiEvaluator evaluator(*workspace);
        const QList<KpiPoint> series = evaluator.series(survey);
        QCOMPARE(series.constLast().period.toString(), QStringLiteral("2026-Q3"));
        QCOMPARE(series.constLast().status, KpiStatus::NoData);
        const KpiTile tile = KpiTile::from(survey, series);
        QVERIFY(tile.latest);
        QCOMPARE(tile.latest->period.toString(), QStringLiteral("2026-Q2"));
        QCOMPARE(*tile.latest->value, 7.4);
        QCOMPARE(tile.latest->status, evaluator.evaluate(survey, Period::parse(QStringLiteral("2026-Q2"))).status);
        QCOMPARE(tile.latest->status, KpiStatus::OnTrack);
        QCOMPARE(tile.missing->toString(), QStringLiteral("2026-Q3"));
        QCOMPARE(tile.missingReason, QStringLiteral("not entered yet"));
    }

    void incompleteMonthIsNeitherJudgedNorCompared()
    {
        TestWorkspace workspace;
        const qint64 users = metric(*workspace, QStringLiteral("active_users"), Aggregation::Max);
        headcount(*workspace, QStringLiteral("2026-01"), 100);
        observe(*workspace, users, QStringLiteral("2026-09"), 80);
        observe(*workspace, users, QStringLiteral("2026-10"), 30); // an export made on 10 October
        const Kpi kpi = formulaKpi(*workspace, QStringLiteral("active_users / headcount * 100"));
        target(*workspace, kpi.id, QStringLiteral("2026-01"), 75);
        rule(*workspace, kpi.id, ThresholdStatus::OffTrack, 50, 1);
        KpiEvaluator evaluator(*workspace);
        PeriodCompleteness completeness;
        completeness.markIncomplete(QStringLiteral("active_users"), QStringLiteral("2026-10"));
        evaluator.setCompleteness(completeness);
        const KpiPoint october = evaluator.evaluate(kpi, Period::parse(QStringLiteral("2026-10")));
        QCOMPARE(october.status, KpiStatus::Incomplete);
        QVERIFY(october.crossedRules.isEmpty()); // no follow-up action fires on half a month
        QVERIFY(october.reason.contains(QStringLiteral("not complete")));
        const KpiTile tile = KpiTile::from(kpi, evaluator.series(kpi));
        QCOMPARE(tile.latest->period.toString(), QStringLiteral("2026-09"));
        QCOMPARE(tile.latest->status, KpiStatus::OnTrack);
        QVERIFY(PeriodCompleteness().isComplete(QStringLiteral("active_users"), QStringLiteral("2026-10")));
    }

    void unitFollowsTheFormula()
    {
        QCOMPARE(Kpi().unit, KpiUnit::Count);
        const QMap<QString, MetricUnit> units{{QStringLiteral("visit_seconds"), MetricUnit::Seconds},
                                              {QStringLiteral("page_views"), MetricUnit::Count}};
        QCOMPARE(*KpiUnitGuess::fromFormula(QStringLiteral("unique_logged_in_users / headcount * 100"), units),
                 KpiUnit::Percentage);
        QCOMPARE(*KpiUnitGuess::fromFormula(QStringLiteral("100*a/b"), units), KpiUnit::Percentage);
        QCOMPARE(*KpiUnitGuess::fromFormula(QStringLiteral("page_views / headcount"), units), KpiUnit::Ratio);
        QCOMPARE(*KpiUnitGuess::fromFormula(QStringLiteral("page_views"), units), KpiUnit::Count);
        QCOMPARE(*KpiUnitGuess::fromFormula(QStringLiteral("visit_seconds"), units), KpiUnit::Seconds);
        QCOMPARE(*KpiUnitGuess::fromFormula(QStringLiteral("page_views * 1000"), units), KpiUnit::Count);
        QVERIFY(!KpiUnitGuess::fromFormula(QStringLiteral("  "), units));
    }

    void tileComparesWithThePeriodBeforeAndAYearEarlier()
    {
        TestWorkspace workspace;
        const qint64 users = metric(*workspace, QStringLiteral("active_users"), Aggregation::Max);
        headcount(*workspace, QStringLiteral("2025-01"), 200);
        // 2025-01 .. 2026-10: 100, 102, 104, ...; 2026-04 missing.
        for (int i = 0; i < 22; ++i) {
            const QString month = QDate(2025, 1, 1).addMonths(i).toString(QStringLiteral("yyyy-MM"));
            if (month != u"2026-04")
                observe(*workspace, users, month, 100 + 2 * i);
        }
        const Kpi kpi = formulaKpi(*workspace, QStringLiteral("active_users / headcount * 100"));
        const KpiEvaluator evaluator(*workspace);
        const KpiTile tile = KpiTile::from(kpi, evaluator.series(kpi));
        QCOMPARE(tile.latest->period.toString(), QStringLiteral("2026-10"));
        const double latest = *evaluator.evaluate(kpi, Period::parse(QStringLiteral("2026-10"))).value;
        const double before = *evaluator.evaluate(kpi, Period::parse(QStringLiteral("2026-09"))).value;
        const double yearAgo = *evaluator.evaluate(kpi, Period::parse(QStringLiteral("2025-10"))).value;
        QCOMPARE(*tile.changeFromPrevious(), latest - before);
        QCOMPARE(*tile.changeFromYearEarlier(), latest - yearAgo);
        QCOMPARE(*tile.changeFromYearEarlier(), 12.0); // 12 months × 2 users / 200 employees × 100
        QCOMPARE(tile.sparkline.size(), 12);
        QCOMPARE(tile.sparkline.constLast().period.toString(), QStringLiteral("2026-10"));
        QVERIFY(!tile.sparkline.at(5).value); // April 2026 stays a gap
        QCOMPARE(KpiFormat::change(*tile.changeFromYearEarlier(), KpiUnit::Percentage), QStringLiteral("+12.0 pp"));
        QCOMPARE(KpiFormat::period(Period::parse(QStringLiteral("2026-Q3"))), QStringLiteral("2026 Q3"));
    }

    void renamedMetricIsShownByItsNewName()
    {
        TestWorkspace workspace;
        const qint64 bounces = metric(*workspace, QStringLiteral("bounce_count"), Aggregation::Sum);
        metric(*workspace, QStringLiteral("page_views"), Aggregation::Sum);
        MetricOperations operations(*workspace);
        QVERIFY(!operations.rename(bounces, QStringLiteral("   ")));
        QVERIFY(!operations.rename(bounces, QStringLiteral("PAGE_VIEWS"))); // the other one's name
        QVERIFY(operations.rename(bounces, QStringLiteral("  Bezoeken  zonder vervolg ")));
        QCOMPARE(workspace->repository<Metric>().get(bounces)->name, QStringLiteral("Bezoeken zonder vervolg"));
        QCOMPARE(workspace->repository<Metric>().get(bounces)->key, QStringLiteral("bounce_count"));
        QString missing;
        QVERIFY(!KpiInputs(workspace->database()).metric(QStringLiteral("bounce_count"), Period::parse(QStringLiteral("2026-10")), &missing));
        QCOMPARE(missing, QStringLiteral("no data for Bezoeken zonder vervolg in 2026-10"));
    }

    void commandLineShowsWhatTheEngineComputes()
    {
        Clock::setToday({});
        const QString executable = qEnvironmentVariable("STUURBOORD_EXECUTABLE");
        if (executable.isEmpty())
            QSKIP("run through ctest, which names the stuurboord executable");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.stuurboord"));
        QVERIFY(DemoWorkspace::write(path, QDate::currentDate().addMonths(-1)));
        QProcess cli;
        cli.start(executable, {QStringLiteral("kpis"), path, QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray printed = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        OpenResult opened = Workspace::open(path);
        QVERIFY(opened.ok());
        const KpiEvaluator evaluator(*opened.workspace);
        int compared = 0;
        int withValue = 0;
        for (const QJsonValue& entry : printed) {
            const QJsonObject object = entry.toObject();
            const auto kpis = opened.workspace->repository<Kpi>().where(QStringLiteral("name"), object.value(QStringLiteral("name")).toString());
            QCOMPARE(kpis.size(), 1);
            const KpiPoint point = evaluator.evaluate(kpis.first(), Period::parse(object.value(QStringLiteral("period")).toString()));
            QCOMPARE(object.value(QStringLiteral("status")).toString(), enumKey(point.status));
            QCOMPARE(object.value(QStringLiteral("version")).toInt(), point.version);
            QCOMPARE(object.value(QStringLiteral("value")).isNull(), !point.value.has_value());
            if (point.value) {
                QCOMPARE(object.value(QStringLiteral("value")).toDouble(), *point.value);
                ++withValue;
            }
            ++compared;
        }
        QVERIFY(compared > 100);
        QVERIFY(withValue > 100);
    }
};

QTEST_GUILESS_MAIN(KpiEngineTest)
#include "KpiEngineTest.moc"
