#include "Clock.h"
#include "FileBytes.h"
#include "MainWindow.h"
#include "WorkspaceView.h"
#include "charts/ChartExport.h"
#include "charts/ComparisonChartBuilder.h"
#include "charts/KpiChartBuilder.h"
#include "demo/DemoWorkspace.h"
#include "import/ImportRunner.h"
#include "kpi/KpiFormat.h"
#include "pages/DashboardPage.h"
#include "pages/DataPage.h"
#include "pages/GoalsKpisPage.h"
#include "pages/KpiPanel.h"
#include "widgets/CompareView.h"
#include "widgets/KpiChart.h"
#include "widgets/MetricExplorer.h"
#include "widgets/RecordTableView.h"
#include "storage/Workspace.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QComboBox>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QValueAxis>

using namespace stuurboord;

// The compare view and the metric explorer checked on their QChart objects offscreen, a
// ten-year daily KPI chart drawn with fewer points but the same shape, and the dashboard's
// trend-signal buttons through a change of palette.
class CompareExploreViewTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    template<typename S>
    static QList<S*> series(QChart* chart, const QString& role)
    {
        QList<S*> found;
        for (QAbstractSeries* s : chart->series()) {
            if (s->objectName() == role)
                found << qobject_cast<S*>(s);
        }
        return found;
    }

    static ComparisonData::Value value(const char* period, std::optional<double> v)
    {
        return ComparisonData::Value{Period::parse(QString::fromLatin1(period)), v};
    }

    static QPalette darkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x22));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x3a));
        dark.setColor(QPalette::ButtonText, Qt::white);
        return dark;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.stuurboord"));
        QVERIFY(DemoWorkspace::write(m_demo, QDate(2026, 10, 1)));
        Clock::setToday(QDate(2026, 11, 10));
    }
    void cleanupTestCase() { Clock::setToday({}); }

    void comparisonChartHasALineEachAndASecondAxis()
    {
        ComparisonData data;
        data.firstMonth = QStringLiteral("2026-01");
        data.months = 6;
        ComparisonData::Line reach{{1, {}, QStringLiteral("Bereik"), KpiUnit::Percentage}, false,
            {value("2026-01", 40), value("2026-02", 42), value("2026-03", {}), value("2026-04", 45),
                value("2026-05", 47), value("2026-06", 50)}};
        ComparisonData::Line views{{0, QStringLiteral("page_views"), QStringLiteral("Paginaweergaven"), KpiUnit::Count},
            true, {value("2026-01", 12000), value("2026-02", 15000), value("2026-03", 9000)}};
        ComparisonData::Line survey{{2, {}, QStringLiteral("Tevredenheid"), KpiUnit::Percentage}, false,
            {value("2026-Q2", 61)}};
        data.lines = {reach, views, survey};
        QChart chart;
        ComparisonChartBuilder::build(&chart, data, ChartPalette::light());
        // Bereik: two runs around the gap in March; page views one run; the lone quarter a dot.
        const QList<QLineSeries*> first = series<QLineSeries>(&chart, QStringLiteral("compare_0"));
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0)->points(), (QList<QPointF>{{0, 40}, {1, 42}}));
        QCOMPARE(first.at(1)->count(), 3);
        QCOMPARE(series<QLineSeries>(&chart, QStringLiteral("compare_1")).first()->count(), 3);
        const QList<QScatterSeries*> dot = series<QScatterSeries>(&chart, QStringLiteral("compare_2_dot"));
        QCOMPARE(dot.size(), 1);
        QCOMPARE(dot.first()->at(0), QPointF(4, 61)); // the middle month of the quarter
        // Two value axes: percentages left, the count right, each with its unit as title.
        QCOMPARE(chart.axes(Qt::Vertical).size(), 2);
        auto* left = qobject_cast<QValueAxis*>(chart.axes(Qt::Vertical, first.first()).first());
        QCOMPARE(left->objectName(), QStringLiteral("left_axis"));
        QVERIFY(left->min() <= 40 && left->max() >= 61);
        auto* right = qobject_cast<QValueAxis*>(chart.axes(Qt::Vertical, series<QLineSeries>(&chart, QStringLiteral("compare_1")).first()).first());
        QCOMPARE(right->objectName(), QStringLiteral("right_axis"));
        QCOMPARE(right->alignment(), Qt::Alignment(Qt::AlignRight));
        QVERIFY(right->max() >= 15000);
        // One time axis for all, labelled by month.
        auto* time = qobject_cast<QCategoryAxis*>(chart.axes(Qt::Horizontal).first());
        QCOMPARE(chart.axes(Qt::Horizontal).size(), 1);
        QCOMPARE(time->min(), -0.5);
        QCOMPARE(time->max(), 5.5);
        QVERIFY(time->count() >= 2 && time->count() <= 9);
        // The legend names the right-axis line as such.
        QVERIFY(series<QLineSeries>(&chart, QStringLiteral("compare_1")).first()->name().contains(QStringLiteral("Paginaweergaven")));
    }

    void compareIsReachableFromTheDashboardAndTheKpi()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openWorkspace(m_demo));
        auto* dashboard = qobject_cast<DashboardPage*>(window.workspaceView()->currentPage());
        QVERIFY(dashboard);
        // The figures come just after the window has painted.
        QVERIFY(QTest::qWaitFor([dashboard] { return dashboard->isLoaded(); }, 5000));
        QPushButton* compareButton = nullptr;
        for (QPushButton* candidate : dashboard->findChildren<QPushButton*>()) {
            if (candidate->text().contains(QStringLiteral("Compare")))
                compareButton = candidate;
        }
        QVERIFY(compareButton && compareButton->isVisible());
        compareButton->click();
        auto* page = qobject_cast<GoalsKpisPage*>(window.workspaceView()->currentPage());
        QVERIFY(page);
        QCOMPARE(page->tabs()->currentWidget(), page->compare());
        CompareView* compare = page->compare();
        QVERIFY(compare->choices()->count() > 3);
        // Tick two KPIs: two lines on one chart.
        compare->choices()->item(1)->setCheckState(Qt::Checked);
        compare->choices()->item(2)->setCheckState(Qt::Checked);
        QCOMPARE(compare->shown().lines.size(), 2);
        QVERIFY(!compare->chartView()->chart()->series().isEmpty());
        // From the KPI tab: the KPI shown is ticked in the comparison.
        page->tabs()->setCurrentWidget(page->kpis());
        page->kpis()->list()->selectId(compare->shown().lines.at(0).subject.kpiId);
        const qint64 shownKpi = page->kpis()->shownKpi();
        QVERIFY(shownKpi != 0);
        emit page->kpis()->compareRequested(shownKpi);
        QCOMPARE(page->tabs()->currentWidget(), compare);
        bool ticked = false;
        for (const ComparisonData::Line& line : compare->shown().lines)
            ticked = ticked || line.subject.kpiId == shownKpi;
        QVERIFY(ticked);
        // It exports like every chart.
        const QString svg = m_dir.filePath(QStringLiteral("vergelijking.svg"));
        QVERIFY(ChartExport::saveSvg(compare->chartView(), svg));
        QVERIFY(QSvgRenderer(svg).isValid());
        QVERIFY(ChartExport::savePng(compare->chartView(), m_dir.filePath(QStringLiteral("vergelijking.png"))));
    }

    void explorerShowsTopSitesAndOtherFromAnImport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sites.stuurboord"));
        {
            OpenResult created = Workspace::create(path, QStringLiteral("Gemeente Sites"));
            QVERIFY(created.ok());
            const QString csv = writeFixture(dir.path(), QStringLiteral("sites.csv"),
                "date,metric,dimension,value\n"
                "2026-10-01,page_views,Intranet home,700\n"
                "2026-10-02,page_views,HR,250\n"
                "2026-10-03,page_views,ICT,420\n"
                "2026-10-04,page_views,Financiën,80\n"
                "2026-10-05,page_views,Burgerzaken,15\n");
            const ImportPreview preview = ImportRunner::prepare(*created.workspace, csv);
            QVERIFY2(preview.ok(), qPrintable(preview.error));
            QVERIFY(ImportRunner::commit(*created.workspace, preview, BatchWriter::Overlap::Ask, false).outcome);
        }
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openWorkspace(path));
        window.workspaceView()->showPage(3);
        auto* data = qobject_cast<DataPage*>(window.workspaceView()->currentPage());
        QVERIFY(data);
        auto* explorer = data->findChild<MetricExplorer*>();
        QVERIFY(explorer);
        auto* tabs = data->findChild<QTabWidget*>();
        tabs->setCurrentWidget(explorer);
        QCOMPARE(explorer->metrics()->count(), 1);
        explorer->showMetric(QStringLiteral("page_views"), 1, 2);
        // Bars from the top: Intranet home 700, ICT 420, then the other three together (345).
        auto* bars = series<QHorizontalBarSeries>(explorer->chartView()->chart(), QStringLiteral("breakdown")).first();
        QVERIFY(bars);
        QBarSet* set = bars->barSets().first();
        QCOMPARE(set->count(), 3);
        QCOMPARE(set->at(2), 700.0); // drawn bottom-up: the largest last, at the top
        QCOMPARE(set->at(1), 420.0);
        QCOMPARE(set->at(0), 250.0 + 80.0 + 15.0);
        QVERIFY(set->isBarSelected(0)); // "other" in its own colour
        QTreeWidget* table = explorer->table();
        QCOMPARE(table->topLevelItemCount(), 3);
        QCOMPARE(table->topLevelItem(0)->text(0), QStringLiteral("Intranet home"));
        QVERIFY(table->topLevelItem(2)->text(0).contains(QStringLiteral("3")));
        QVERIFY(table->topLevelItem(0)->text(2).startsWith(QStringLiteral("47.8")) || table->topLevelItem(0)->text(2).startsWith(QStringLiteral("47,9")));
    }

    void longDailyChartKeepsItsShapeWithFewerPoints()
    {
        KpiChartData data;
        data.title = QStringLiteral("3.650 punten");
        Period period(Period::Kind::Month, 1700, 1);
        for (int i = 0; i < 3650; ++i, period = period.next()) {
            KpiPoint point;
            point.period = period;
            point.value = 100 + (i * 37 % 101) / 10.0 + (i == 1234 ? 50 : 0) - (i == 2345 ? 60 : 0);
            point.status = KpiStatus::OnTrack;
            point.target = TargetSchedule::Target{TargetKind::AtLeast, i < 2000 ? 104.0 : 106.0, {}};
            data.points << point;
        }
        KpiChart chart;
        chart.resize(1600, 900);
        chart.setRangeMonths(0);
        chart.setData(data);
        const QList<QLineSeries*> values = series<QLineSeries>(chart.chart(), QStringLiteral("values"));
        QCOMPARE(values.size(), 1);
        QVERIFY(values.first()->count() <= KpiChartBuilder::drawLimit + 2);
        QVERIFY(values.first()->count() >= KpiChartBuilder::drawLimit / 2);
        // The peak and the dip are kept at their own periods, so hovering them tells the truth.
        QVERIFY(values.first()->points().contains(QPointF(1234, *data.points.at(1234).value)));
        QVERIFY(values.first()->points().contains(QPointF(2345, *data.points.at(2345).value)));
        QCOMPARE(values.first()->points().constFirst(), QPointF(0, *data.points.at(0).value));
        QCOMPARE(values.first()->points().constLast(), QPointF(3649, *data.points.at(3649).value));
        for (const QPointF& p : values.first()->points())
            QCOMPARE(p.y(), *data.points.at(qRound(p.x())).value);
        QVERIFY(chart.describe(1234).contains(KpiFormat::value(*data.points.at(1234).value, data.unit)));
        // The target: the same step, drawn by its corners.
        const QLineSeries* target = series<QLineSeries>(chart.chart(), QStringLiteral("target")).first();
        QCOMPARE(target->points(), (QList<QPointF>{{0, 104}, {1999, 104}, {2000, 106}, {3649, 106}}));
    }

    void trendButtonsFollowTheChoiceThroughAPaletteChange()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openWorkspace(m_demo));
        auto* dashboard = qobject_cast<DashboardPage*>(window.workspaceView()->currentPage());
        QVERIFY(dashboard);
        QVERIFY(!dashboard->data().trends.isEmpty());
        QList<QPushButton*> buttons;
        for (QPushButton* button : dashboard->findChildren<QPushButton*>()) {
            if (button->parentWidget() == dashboard->trendList()->parentWidget())
                buttons << button;
        }
        QCOMPARE(buttons.size(), 3);
        const auto enabled = [&] {
            int count = 0;
            for (QPushButton* button : std::as_const(buttons))
                count += button->isEnabled() ? 1 : 0;
            return count;
        };
        QCOMPARE(enabled(), 0); // nothing chosen yet
        const QPalette original = QApplication::palette();
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        QCOMPARE(enabled(), 0);
        dashboard->trendList()->setCurrentRow(0);
        QCOMPARE(enabled(), 3);
        QApplication::setPalette(original);
        QCoreApplication::processEvents();
        // Still the same signal chosen, still its buttons.
        QCOMPARE(enabled(), dashboard->trendList()->currentItem() ? 3 : 0);
        QVERIFY(dashboard->trendList()->currentItem());
    }
};

QTEST_MAIN(CompareExploreViewTest)
#include "CompareExploreViewTest.moc"
