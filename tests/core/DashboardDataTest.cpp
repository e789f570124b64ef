#include "Clock.h"
#include "TestWorkspace.h"
#include "attention/AttentionCollector.h"
#include "dashboard/DashboardData.h"
#include "dashboard/TrendDetector.h"
#include "dashboard/TrendSignals.h"
#include "domain/ActionItem.h"
#include "domain/Agreement.h"
#include "domain/DismissedSignal.h"
#include "domain/Goal.h"
#include "domain/HeadcountEntry.h"
#include "domain/Kpi.h"
#include "domain/KpiTarget.h"
#include "domain/Metric.h"
#include "domain/Observation.h"
#include "domain/Stakeholder.h"
#include "domain/ThresholdRule.h"
#include "kpi/FollowUpActions.h"
#include "kpi/KpiEvaluator.h"

#include <QTest>
#include <algorithm>
#include <cmath>

using namespace stuurboord;

// What the dashboard shows, assembled in core for a date: "Action needed" from one collector,
// trend signals by documented rules on constructed series, and the empty workspace's steps.
class DashboardDataTest final : public QObject
{
    Q_OBJECT

private:
    using Values = TrendDetector::Values;

    static Values series(std::initializer_list<double> values)
    {
        Values result;
        for (double v : values)
            result << v;
        return result;
    }

    static qint64 metric(Workspace& workspace, const QString& key, const QString& name = {})
    {
        Metric m;
        m.key = key;
        m.name = name.isEmpty() ? key : name;
        m.aggregation = Aggregation::Sum;
        if (!workspace.repository<Metric>().add(m))
            qFatal("metric");
        return m.id;
    }

    static void observe(Workspace& workspace, qint64 metricId, const QString& month, double value)
    {
        Observation o;
        o.metricId = metricId;
        o.period = month;
        o.value = value;
        o.windowEnd = QDate::fromString(month + QStringLiteral("-28"), Qt::ISODate);
        if (!workspace.repository<Observation>().add(o))
            qFatal("observation");
    }

    // An active KPI "Bereik" = active_users / headcount * 100 with a target of 60 and an
    // off-track rule at 50 owned by Sanne, fed 70 70 45 45 (July to October 2026).
    static Kpi activeKpi(Workspace& workspace)
    {
        Stakeholder owner;
        owner.name = QStringLiteral("Sanne Visser");
        if (!workspace.repository<Stakeholder>().add(owner))
            qFatal("owner");
        const qint64 users = metric(workspace, QStringLiteral("active_users"), QStringLiteral("Actieve gebruikers"));
        HeadcountEntry entry;
        entry.month = QStringLiteral("2026-01");
        entry.employees = 100;
        if (!workspace.repository<HeadcountEntry>().add(entry))
            qFatal("headcount");
        const double values[] = {70, 70, 45, 45};
        for (int i = 0; i < 4; ++i)
            observe(workspace, users, QStringLiteral("2026-%1").arg(7 + i, 2, 10, QLatin1Char('0')), values[i]);
        Kpi kpi;
        kpi.name = QStringLiteral("Bereik");
        kpi.formula = QStringLiteral("active_users / headcount * 100");
        kpi.unit = KpiUnit::Percentage;
        if (!workspace.repository<Kpi>().add(kpi))
            qFatal("kpi");
        KpiTarget target;
        target.kpiId = kpi.id;
        target.period = QStringLiteral("2026-01");
        target.value = 60;
        if (!workspace.repository<KpiTarget>().add(target))
            qFatal("target");
        ThresholdRule rule;
        rule.kpiId = kpi.id;
        rule.status = ThresholdStatus::OffTrack;
        rule.boundary = 50;
        rule.consecutive = 2;
        rule.action = QStringLiteral("Campagne met de key users");
        rule.actionOwnerId = owner.id;
        rule.actionDays = 14;
        if (!workspace.repository<ThresholdRule>().add(rule))
            qFatal("rule");
        kpi.lifecycle = KpiLifecycle::Active;
        if (!workspace.repository<Kpi>().update(kpi))
            qFatal("activate");
        return kpi;
    }

    static QList<AttentionKind> kinds(const QList<AttentionItem>& items)
    {
        QList<AttentionKind> result;
        for (const AttentionItem& item : items)
            result << item.kind;
        return result;
    }

private slots:
    void init() { Clock::setToday(QDate(2026, 11, 15)); }
    void cleanup() { Clock::setToday({}); }

    void streakRule()
    {
        QCOMPARE(TrendDetector::streak(series({10, 9, 8, 7})), -3);
        QCOMPARE(TrendDetector::streak(series({5, 10, 9, 8})), -2);
        QCOMPARE(TrendDetector::streak(series({1, 2, 3, 4, 5})), 4);
        QCOMPARE(TrendDetector::streak(series({1, 2, 2, 3})), 1); // a flat step breaks the run
        Values gap = series({1, 2, 3, 4});
        gap[1] = std::nullopt;
        QCOMPARE(TrendDetector::streak(gap), 1); // 3 → 4 only: counted back to the gap
    }

    void outlierRuleWithoutSeasonality()
    {
        Values values = series({100, 102, 98, 101, 99, 100, 103, 97, 100, 101, 99, 100});
        QVERIFY(!TrendDetector::outlier(values)); // the last one is ordinary
        values << 140;
        const std::optional<double> far = TrendDetector::outlier(values);
        QVERIFY(far);
        QVERIFY(*far > 2);
        values.last() = 103; // within two standard deviations
        QVERIFY(!TrendDetector::outlier(values));
        QVERIFY(!TrendDetector::outlier(series({100, 100, 140}))); // too little history to say
    }

    void outlierRuleKnowsTheSeason()
    {
        // Two years of ~100 with a summer dip to 60 in July; then July again.
        Values values;
        for (int year = 0; year < 2; ++year) {
            for (int month = 1; month <= 12; ++month)
                values << (month == 7 ? 60.0 : 100.0 + (month % 3));
        }
        for (int month = 1; month <= 6; ++month)
            values << 100.0 + (month % 3);
        values << 62.0; // July of the third year: the usual dip
        QVERIFY(!TrendDetector::outlier(values));
        // The same drop in October, a month that never dips, is a signal.
        Values october = values.mid(0, 24);
        for (int month = 1; month <= 9; ++month)
            october << (month == 7 ? 60.0 : 100.0 + (month % 3));
        october << 62.0;
        QVERIFY(TrendDetector::outlier(october));
        // Without a year of history the first summer dip stands out.
        Values firstSummer = values.mid(12, 6);
        firstSummer << 100 << 101 << 62.0;
        QVERIFY(TrendDetector::outlier(firstSummer));
    }

    void stoppedRule()
    {
        const QDate asOf(2026, 11, 15);
        // October may still come; September should be there by now.
        QVERIFY(!TrendDetector::stopped(Period::parse(QStringLiteral("2026-10")), 12, asOf));
        QVERIFY(!TrendDetector::stopped(Period::parse(QStringLiteral("2026-09")), 12, asOf));
        QVERIFY(TrendDetector::stopped(Period::parse(QStringLiteral("2026-08")), 12, asOf));
        QVERIFY(!TrendDetector::stopped(Period::parse(QStringLiteral("2026-08")), 2, asOf)); // never regular
        QVERIFY(!TrendDetector::stopped(Period::parse(QStringLiteral("2025-06")), 24, asOf)); // history
    }

    void signalsForAWorkspaceAndDismissal()
    {
        TestWorkspace workspace;
        const qint64 views = metric(*workspace, QStringLiteral("page_views"), QStringLiteral("Paginaweergaven"));
        const qint64 old = metric(*workspace, QStringLiteral("bounce_count"), QStringLiteral("Bounces"));
        const double course[] = {500, 520, 510, 530, 525, 515, 505, 480, 450, 400};
        for (int i = 0; i < 10; ++i)
            observe(*workspace, views, QStringLiteral("2026-%1").arg(1 + i, 2, 10, QLatin1Char('0')), course[i]);
        for (int month = 1; month <= 6; ++month)
            observe(*workspace, old, QStringLiteral("2026-%1").arg(month, 2, 10, QLatin1Char('0')), 40);
        const KpiEvaluator evaluator(*workspace);
        QList<TrendSignal> found = TrendSignals::collect(*workspace, evaluator);
        QCOMPARE(found.size(), 3);
        const auto of = [&](TrendSignal::Kind kind) {
            return *std::find_if(found.cbegin(), found.cend(), [kind](const TrendSignal& s) { return s.kind == kind; });
        };
        const TrendSignal falling = of(TrendSignal::Kind::Falling);
        QCOMPARE(falling.metricKey, QStringLiteral("page_views"));
        QCOMPARE(falling.length, 6); // April 530 down to October 400
        QCOMPARE(falling.period.toString(), QStringLiteral("2026-10"));
        QVERIFY(falling.text.contains(QStringLiteral("Paginaweergaven")));
        QVERIFY(!falling.text.contains(QStringLiteral("page_views"))); // never the raw key
        QVERIFY(falling.text.contains(QStringLiteral("6 period")));
        QCOMPARE(of(TrendSignal::Kind::Outlier).metricKey, QStringLiteral("page_views"));
        const TrendSignal stopped = of(TrendSignal::Kind::Stopped);
        QCOMPARE(stopped.metricKey, QStringLiteral("bounce_count"));
        QVERIFY(stopped.text.contains(QStringLiteral("Bounces")));
        QVERIFY(stopped.text.contains(QStringLiteral("June 2026")));

        DismissedSignal dismissed;
        dismissed.signalKey = falling.key();
        dismissed.dismissedOn = Clock::today();
        QVERIFY(workspace->repository<DismissedSignal>().add(dismissed));
        found = TrendSignals::collect(*workspace, KpiEvaluator(*workspace));
        QCOMPARE(found.size(), 2);
        QVERIFY(std::none_of(found.cbegin(), found.cend(), [](const TrendSignal& s) { return s.kind == TrendSignal::Kind::Falling; }));
    }

    void attentionCollectsEveryKindAsOfADate()
    {
        TestWorkspace workspace;
        const Kpi kpi = activeKpi(*workspace);
        QVERIFY(FollowUpActions::synchronise(*workspace, KpiEvaluator(*workspace)).outcome);
        ActionItem late;
        late.description = QStringLiteral("Verslag naar de sponsor");
        late.due = QDate(2026, 11, 1);
        late.created = QDate(2026, 10, 1);
        QVERIFY(workspace->repository<ActionItem>().add(late));
        ActionItem later;
        later.description = QStringLiteral("Nog niet aan de orde");
        later.due = QDate(2026, 12, 20);
        later.created = QDate(2026, 11, 10);
        QVERIFY(workspace->repository<ActionItem>().add(later));
        Agreement agreement;
        agreement.title = QStringLiteral("Gebruik van Viva Engage");
        agreement.agreedOn = QDate(2025, 11, 1);
        agreement.nextReview = QDate(2026, 12, 1);
        QVERIFY(workspace->repository<Agreement>().add(agreement));
        Kpi survey;
        survey.name = QStringLiteral("Tevredenheid");
        survey.source = KpiSource::Manual;
        survey.frequency = Frequency::Quarterly;
        survey.lifecycle = KpiLifecycle::UnderReview;
        QVERIFY(workspace->repository<Kpi>().add(survey));

        const QList<AttentionItem> items = AttentionCollector::collect(*workspace, QDate(2026, 11, 15));
        const QList<AttentionKind> found = kinds(items);
        QVERIFY(found.contains(AttentionKind::KpiOffTrack));
        QVERIFY(found.contains(AttentionKind::FollowUpFired));
        QVERIFY(found.contains(AttentionKind::ActionOverdue));
        QVERIFY(found.contains(AttentionKind::MeasurementOverdue));
        QVERIFY(found.contains(AttentionKind::AgreementReview));
        // The later action item is not due. (Stakeholder and budget kinds are counted in
        // GovernanceTest.)
        const auto kpiAndActionKinds = std::count_if(items.cbegin(), items.cend(),
            [](const AttentionItem& item) { return item.kind <= AttentionKind::AgreementReview; });
        QCOMPARE(kpiAndActionKinds, 5);
        QCOMPARE(items.first().severity, AttentionSeverity::Urgent);
        const AttentionItem off = items.at(found.indexOf(AttentionKind::KpiOffTrack));
        QCOMPARE(off.place.table, QStringLiteral("kpi"));
        QCOMPARE(off.place.id, kpi.id);
        QCOMPARE(off.place.page, AttentionPlace::goalsKpis());
        QVERIFY(off.text.contains(QStringLiteral("Bereik")));
        QVERIFY(off.text.contains(QStringLiteral("45.0%")));
        QVERIFY(off.text.contains(QStringLiteral("60.0%")));
        const AttentionItem fired = items.at(found.indexOf(AttentionKind::FollowUpFired));
        QVERIFY(fired.text.contains(QStringLiteral("Campagne met de key users")));
        QVERIFY(fired.text.contains(QStringLiteral("Sanne Visser")));
        QCOMPARE(fired.place.table, QStringLiteral("action_item"));
        const AttentionItem moment = items.at(found.indexOf(AttentionKind::MeasurementOverdue));
        QCOMPARE(moment.place.id, survey.id);
        QVERIFY(moment.text.contains(QStringLiteral("Tevredenheid")));

        // A month earlier: the follow-up action did not exist yet, the agreement was not yet
        // due and the action item not yet late.
        const QList<AttentionItem> before = AttentionCollector::collect(*workspace, QDate(2026, 10, 15));
        QVERIFY(!kinds(before).contains(AttentionKind::ActionOverdue));
        QVERIFY(!kinds(before).contains(AttentionKind::AgreementReview));
        QVERIFY(!kinds(before).contains(AttentionKind::FollowUpFired));
    }

    void dashboardDataAndTheFourSteps()
    {
        TestWorkspace empty;
        const DashboardData nothing = DashboardData::build(*empty, QDate(2026, 11, 15));
        QVERIFY(nothing.needsGuide());
        QVERIFY(!nothing.steps.goals && !nothing.steps.kpis && !nothing.steps.measurements && !nothing.steps.review);
        QVERIFY(nothing.tiles.isEmpty());
        QVERIFY(nothing.attention.isEmpty());

        TestWorkspace workspace;
        Goal goal;
        goal.title = QStringLiteral("Collega's vinden elkaar");
        QVERIFY(workspace->repository<Goal>().add(goal));
        const Kpi kpi = activeKpi(*workspace);
        const DashboardData data = DashboardData::build(*workspace, QDate(2026, 11, 15));
        QVERIFY(!data.needsGuide());
        QVERIFY(data.steps.goals && data.steps.kpis && data.steps.measurements);
        QVERIFY(!data.steps.review);
        QCOMPARE(data.tiles.size(), 1);
        QCOMPARE(data.tiles.first().kpiId, kpi.id);
        QCOMPARE(data.tiles.first().latest->status, KpiStatus::OffTrack);
        QCOMPARE(*data.tiles.first().changeFromPrevious(), 0.0);
        QCOMPARE(data.asOf, QDate(2026, 11, 15));
    }
};

QTEST_GUILESS_MAIN(DashboardDataTest)
#include "DashboardDataTest.moc"
