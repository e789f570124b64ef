#include "Clock.h"
#include "FileBytes.h"
#include "TestWorkspace.h"
#include "domain/HeadcountEntry.h"
#include "domain/Kpi.h"
#include "domain/KpiValue.h"
#include "domain/Metric.h"
#include "domain/Observation.h"
#include "domain/Stakeholder.h"
#include "domain/ThresholdRule.h"
#include "import/ImportRunner.h"
#include "kpi/ComparisonData.h"
#include "kpi/CompiledFormula.h"
#include "kpi/Formula.h"
#include "kpi/KpiEvaluator.h"
#include "kpi/MetricBreakdown.h"
#include "storage/queries/DimensionQueries.h"

#include <QTest>

using namespace stuurboord;

// The metric explorer on figures imported from a real CSV (top N plus "other", checked
// against sums worked out by hand), the comparison of KPIs and metrics on one time axis,
// and the parsed-once formula the dashboard uses giving what Formula gives.
class CompareExploreTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Page views per site, day by day in September and October 2026, plus an organisation
    // total that the breakdown must leave out.
    void importSites(Workspace& workspace)
    {
        const QByteArray bytes("date,metric,dimension,value\n"
                               "2026-09-01,page_views,Intranet home,500\n"
                               "2026-09-02,page_views,Intranet home,300\n"
                               "2026-09-01,page_views,HR,200\n"
                               "2026-09-03,page_views,ICT,100\n"
                               "2026-09-04,page_views,Communicatie,60\n"
                               "2026-09-05,page_views,Burgerzaken,40\n"
                               "2026-09-05,page_views,,8000\n"
                               "2026-10-01,page_views,Intranet home,700\n"
                               "2026-10-02,page_views,HR,250\n"
                               "2026-10-03,page_views,ICT,420\n"
                               "2026-10-04,page_views,Financiën,80\n"
                               "2026-10-05,page_views,Burgerzaken,15\n"
                               "2026-10-05,page_views,,9999\n");
        const QString path = writeFixture(m_dir.path(), QStringLiteral("sites.csv"), bytes);
        const ImportPreview preview = ImportRunner::prepare(workspace, path);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QVERIFY(ImportRunner::commit(workspace, preview, BatchWriter::Overlap::Ask, false).outcome);
    }

    static Kpi kpi(Workspace& workspace, const QString& name, const QString& formula, KpiUnit unit,
        KpiSource source = KpiSource::Formula)
    {
        Kpi k;
        k.name = name;
        k.formula = formula;
        k.unit = unit;
        k.source = source;
        if (!workspace.repository<Kpi>().add(k))
            qFatal("kpi");
        // Only a KPI with an agreed follow-up action is measured.
        Stakeholder owner;
        owner.name = QStringLiteral("Sanne Visser");
        if (!workspace.repository<Stakeholder>().add(owner))
            qFatal("owner");
        ThresholdRule rule;
        rule.kpiId = k.id;
        rule.status = ThresholdStatus::AtRisk;
        rule.boundary = 1;
        rule.action = QStringLiteral("Bespreken met de key users");
        rule.actionOwnerId = owner.id;
        rule.actionDays = 14;
        if (!workspace.repository<ThresholdRule>().add(rule))
            qFatal("rule");
        k.lifecycle = KpiLifecycle::Active;
        if (!workspace.repository<Kpi>().update(k))
            qFatal("activate");
        return k;
    }

private slots:
    void init() { Clock::setToday(QDate(2026, 11, 10)); }
    void cleanup() { Clock::setToday({}); }

    void topSitesAndOtherOverAllMonths()
    {
        TestWorkspace workspace;
        importSites(*workspace);
        QCOMPARE(DimensionQueries(workspace->database()).metricsWithDimensions(), QStringList{QStringLiteral("page_views")});
        const MetricBreakdown all = MetricBreakdown::build(*workspace, QStringLiteral("page_views"), 0, 3);
        // By hand: home 500+300+700, ICT 100+420, HR 200+250; the other three 80, 60, 40+15.
        QCOMPARE(all.firstMonth, QStringLiteral("2026-09"));
        QCOMPARE(all.lastMonth, QStringLiteral("2026-10"));
        QCOMPARE(all.dimensions, 6);
        QCOMPARE(all.shares.size(), 4);
        QCOMPARE(all.shares.at(0).dimension, QStringLiteral("Intranet home"));
        QCOMPARE(all.shares.at(0).value, 1500.0);
        QCOMPARE(all.shares.at(1).dimension, QStringLiteral("ICT"));
        QCOMPARE(all.shares.at(1).value, 520.0);
        QCOMPARE(all.shares.at(2).dimension, QStringLiteral("HR"));
        QCOMPARE(all.shares.at(2).value, 450.0);
        QVERIFY(all.shares.at(3).isOther());
        QCOMPARE(all.shares.at(3).members, 3);
        QCOMPARE(all.shares.at(3).value, 80.0 + 60.0 + 55.0);
        // The organisation totals of 8,000 and 9,999 are not a site.
        QCOMPARE(all.total, 2665.0);
        QCOMPARE(all.share(all.shares.at(0)), 1500.0 / 2665.0);
    }

    void lastMonthOnlyAndNoOtherWhenAllFit()
    {
        TestWorkspace workspace;
        importSites(*workspace);
        const MetricBreakdown october = MetricBreakdown::build(*workspace, QStringLiteral("page_views"), 1, 3);
        QCOMPARE(october.firstMonth, QStringLiteral("2026-10"));
        QCOMPARE(october.dimensions, 5);
        QCOMPARE(october.shares.at(0).value, 700.0);
        QCOMPARE(october.shares.at(1).value, 420.0);
        QCOMPARE(october.shares.at(2).value, 250.0);
        QCOMPARE(october.shares.at(3).value, 80.0 + 15.0);
        QCOMPARE(october.shares.at(3).members, 2);
        QCOMPARE(october.total, 1465.0);
        // Ten named: every site is named and there is no "other".
        const MetricBreakdown wide = MetricBreakdown::build(*workspace, QStringLiteral("page_views"), 0, 10);
        QCOMPARE(wide.shares.size(), 6);
        QVERIFY(!wide.shares.constLast().isOther());
        QCOMPARE(wide.shares.constLast().dimension, QStringLiteral("Burgerzaken")); // 40 + 15
        // A metric without sites says so by being empty, not by inventing one.
        const MetricBreakdown none = MetricBreakdown::build(*workspace, QStringLiteral("no_such_metric"), 0, 3);
        QVERIFY(none.shares.isEmpty());
    }

    void comparisonPutsADifferentUnitOnTheRightAxis()
    {
        // Whole months of organisation totals (an import of a few days would leave them
        // incomplete, and kept out of comparisons): September 8,000, October 9,999.
        TestWorkspace workspace;
        Metric pageViews;
        pageViews.key = QStringLiteral("page_views");
        pageViews.name = QStringLiteral("Paginaweergaven");
        QVERIFY(workspace->repository<Metric>().add(pageViews));
        for (const auto& [month, value] : {std::pair{"2026-09", 8000.0}, std::pair{"2026-10", 9999.0}}) {
            Observation figure;
            figure.metricId = pageViews.id;
            figure.period = QString::fromLatin1(month);
            figure.value = value;
            figure.windowEnd = Period::parse(figure.period).lastDay();
            QVERIFY(workspace->repository<Observation>().add(figure));
        }
        HeadcountEntry headcount;
        headcount.month = QStringLiteral("2026-01");
        headcount.employees = 1000;
        QVERIFY(workspace->repository<HeadcountEntry>().add(headcount));
        const Kpi reach = kpi(*workspace, QStringLiteral("Weergaven per 100 medewerkers"),
            QStringLiteral("page_views / headcount * 100"), KpiUnit::Percentage);
        const Kpi survey = kpi(*workspace, QStringLiteral("Tevredenheid"), QString(), KpiUnit::Score, KpiSource::Manual);
        KpiValue score;
        score.kpiId = survey.id;
        score.period = QStringLiteral("2026-10");
        score.value = 7.4;
        QVERIFY(workspace->repository<KpiValue>().add(score));

        const KpiEvaluator evaluator(*workspace);
        const QList<ComparisonData::Subject> subjects = ComparisonData::subjects(*workspace, evaluator);
        QCOMPARE(subjects.size(), 3); // two KPIs, one metric
        QVERIFY(subjects.at(0).isKpi() && subjects.at(1).isKpi());
        QCOMPARE(subjects.at(2).metricKey, QStringLiteral("page_views"));
        const auto subject = [&subjects](const QString& name) {
            for (const ComparisonData::Subject& candidate : subjects) {
                if (candidate.name == name)
                    return candidate;
            }
            return ComparisonData::Subject{};
        };
        const ComparisonData::Subject reachLine = subject(reach.name);
        const ComparisonData::Subject surveyLine = subject(survey.name);
        const ComparisonData::Subject viewsLine = subject(QStringLiteral("Paginaweergaven"));

        const ComparisonData data = ComparisonData::build(*workspace, evaluator, {reachLine, viewsLine}, 0);
        QCOMPARE(data.lines.size(), 2);
        QVERIFY(!data.lines.at(0).rightAxis);
        QVERIFY(data.lines.at(1).rightAxis); // a count beside a percentage
        QCOMPARE(data.firstMonth, QStringLiteral("2026-09"));
        QCOMPARE(data.months, 2);
        // The organisation totals, not the sum of the sites: 8,000 and 9,999.
        const ComparisonData::Line& views = data.lines.at(1);
        QCOMPARE(views.values.size(), 2);
        QCOMPARE(views.values.at(0).period.toString(), QStringLiteral("2026-09"));
        QCOMPARE(*views.values.at(0).value, 8000.0);
        QCOMPARE(*views.values.at(1).value, 9999.0);
        QCOMPARE(*data.lines.at(0).values.constLast().value, 9999.0 / 1000 * 100);
        QVERIFY(data.problems.isEmpty());

        // A third unit has no axis left: it is named as left out, the others stay.
        const ComparisonData three = ComparisonData::build(*workspace, evaluator, {reachLine, surveyLine, viewsLine}, 0);
        QCOMPARE(three.lines.size(), 2);
        QCOMPARE(three.problems.size(), 1);
        QCOMPARE(three.lines.at(1).subject.name, QStringLiteral("Tevredenheid"));
        QVERIFY(three.lines.at(1).rightAxis);
        QVERIFY(three.problems.first().contains(QStringLiteral("Paginaweergaven")));
        // The last month only.
        const ComparisonData last = ComparisonData::build(*workspace, evaluator, {surveyLine}, 1);
        QCOMPARE(last.months, 1);
        QCOMPARE(last.firstMonth, QStringLiteral("2026-10"));
        QCOMPARE(last.xOf(Period::parse(QStringLiteral("2026-10"))), 0.0);
    }

    void compiledFormulaGivesWhatFormulaGives()
    {
        const QList<QMap<QString, double>> inputs{
            {{QStringLiteral("a"), 12}, {QStringLiteral("b"), 4}, {QStringLiteral("headcount"), 200}},
            {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 0}, {QStringLiteral("headcount"), 0}},
            {{QStringLiteral("a"), 3}}};
        const QStringList formulas{QStringLiteral("a / b"), QStringLiteral("a / headcount * 100"),
            QStringLiteral("(a + b) * 2 - 1"), QStringLiteral("a +"), QStringLiteral(""), QStringLiteral("a, 5")};
        for (const QString& text : formulas) {
            const CompiledFormula compiled(text);
            QCOMPARE(compiled.variables(), Formula::variables(text));
            for (const auto& values : inputs) {
                // Twice: the second evaluation runs the compiled form.
                for (int round = 0; round < 2; ++round) {
                    QString expectedProblem;
                    QString problem;
                    const std::optional<double> expected = Formula::evaluate(text, values, &expectedProblem);
                    const std::optional<double> got = compiled.evaluate(values, &problem);
                    QCOMPARE(got.has_value(), expected.has_value());
                    if (expected)
                        QCOMPARE(*got, *expected);
                    QCOMPARE(problem, expectedProblem);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(CompareExploreTest)
#include "CompareExploreTest.moc"
