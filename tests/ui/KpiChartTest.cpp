#include "Clock.h"
#include "MainWindow.h"
#include "WorkspaceView.h"
#include "charts/ChartExport.h"
#include "charts/KpiChartBuilder.h"
#include "dialogs/FormulaAssist.h"
#include "pages/DashboardGuide.h"
#include "pages/DashboardPage.h"
#include "storage/Workspace.h"
#include "widgets/KpiChart.h"

#include <QAbstractItemView>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCompleter>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QToolButton>
#include <QListWidget>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace stuurboord;

// KPI charts checked on their QChart objects (offscreen): what is drawn for values, gaps,
// a lone point, the target path, the threshold bands and the markers; export to PNG and
// SVG; the formula field's helpers; and the dashboard of an empty workspace.
class KpiChartTest final : public QObject
{
    Q_OBJECT

private:
    static KpiPoint point(const char* period, std::optional<double> value, std::optional<double> target, int version = 1)
    {
        KpiPoint p;
        p.period = Period::parse(QString::fromLatin1(period));
        p.value = value;
        if (target)
            p.target = TargetSchedule::Target{TargetKind::AtLeast, *target, {}};
        p.status = value ? KpiStatus::OnTrack : KpiStatus::NoData;
        p.version = version;
        return p;
    }

    // Ten months with a gap in March, a lone value in May, a definition change in August.
    static KpiChartData sample()
    {
        KpiChartData data;
        data.title = QStringLiteral("Bereik");
        data.unit = KpiUnit::Percentage;
        data.points = {point("2026-01", 60, 60), point("2026-02", 62, 60), point("2026-03", {}, 62),
                       point("2026-04", {}, 64), point("2026-05", 58, 66), point("2026-06", {}, 68),
                       point("2026-07", 71, 70), point("2026-08", 73, 70, 2), point("2026-09", 74, 70, 2),
                       point("2026-10", 69, 70, 2)};
        ThresholdRule risk;
        risk.status = ThresholdStatus::AtRisk;
        risk.boundary = 55;
        ThresholdRule off;
        off.status = ThresholdStatus::OffTrack;
        off.boundary = 45;
        data.rules = {risk, off};
        data.annotations = {{QDate(2026, 6, 15), QStringLiteral("Campagne zomer")}};
        data.benchmark = KpiChartData::Benchmark{65, 60, 70, QStringLiteral("Gemeenten")};
        return data;
    }

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

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void chartShowsValuesGapsTargetBandsAndMarkers()
    {
        std::unique_ptr<QChart> chart(KpiChartBuilder::create(sample(), ChartPalette::light()));
        // Gaps stay gaps: Jan–Feb, May alone, Jul–Oct.
        const QList<QLineSeries*> runs = series<QLineSeries>(chart.get(), QStringLiteral("values"));
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.at(0)->points(), (QList<QPointF>{{0, 60}, {1, 62}}));
        QCOMPARE(runs.at(1)->count(), 1);
        QCOMPARE(runs.at(2)->count(), 4);
        // Few points: every imported value is a dot, the lone May value among them.
        const QList<QScatterSeries*> dots = series<QScatterSeries>(chart.get(), QStringLiteral("imported"));
        QCOMPARE(dots.size(), 1);
        QVERIFY(dots.first()->points().contains(QPointF(4, 58)));
        // The target path, every period.
        const QList<QLineSeries*> target = series<QLineSeries>(chart.get(), QStringLiteral("target"));
        QCOMPARE(target.size(), 1);
        QCOMPARE(target.first()->count(), 10);
        QCOMPARE(target.first()->at(9).y(), 70.0);
        // Threshold bands from the rules: at risk between 45 and 55, off track below 45.
        const QList<QAreaSeries*> risk = series<QAreaSeries>(chart.get(), QStringLiteral("band_at_risk"));
        QCOMPARE(risk.size(), 1);
        QCOMPARE(risk.first()->upperSeries()->at(0).y(), 55.0);
        QCOMPARE(risk.first()->lowerSeries()->at(0).y(), 45.0);
        const QList<QAreaSeries*> off = series<QAreaSeries>(chart.get(), QStringLiteral("band_off_track"));
        QCOMPARE(off.size(), 1);
        QCOMPARE(off.first()->upperSeries()->at(0).y(), 45.0);
        // Markers: the definition change between July and August, the annotation in June.
        const QList<QLineSeries*> definition = series<QLineSeries>(chart.get(), QStringLiteral("definition"));
        QCOMPARE(definition.size(), 1);
        QCOMPARE(definition.first()->at(0).x(), 6.5);
        const QList<QScatterSeries*> label = series<QScatterSeries>(chart.get(), QStringLiteral("annotation_label"));
        QCOMPARE(label.size(), 1);
        QCOMPARE(label.first()->pointLabelsFormat(), QStringLiteral("Campagne zomer"));
        QVERIFY(label.first()->at(0).x() > 4.5 && label.first()->at(0).x() < 5.5);
        QCOMPARE(series<QLineSeries>(chart.get(), QStringLiteral("benchmark")).size(), 1);
        QCOMPARE(series<QAreaSeries>(chart.get(), QStringLiteral("benchmark_band")).size(), 1);
        // Every value, target and band in sight on the value axis.
        auto* values = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
        QVERIFY(values->min() <= 45 && values->max() >= 74);
    }

    // The lines a shaded band spans go with the chart (ASan found them leaked at every redraw).
    void bandsAreFreedWithTheirChart()
    {
        KpiChartData data = sample();
        data.points[9].target = TargetSchedule::Target{TargetKind::Band, 60, 75};
        auto* chart = KpiChartBuilder::create(data, ChartPalette::light());
        QList<QPointer<QObject>> lines;
        for (QAbstractSeries* s : chart->series()) {
            if (auto* area = qobject_cast<QAreaSeries*>(s))
                lines << area->upperSeries() << area->lowerSeries();
        }
        QCOMPARE(lines.size(), 8); // off track, at risk, benchmark, target band
        delete chart;
        for (const QPointer<QObject>& line : lines)
            QVERIFY(line.isNull());
    }

    void singlePointIsVisibleAndManualValuesStandApart()
    {
        KpiChartData one;
        one.title = QStringLiteral("Tevredenheid");
        one.unit = KpiUnit::Score;
        one.points = {point("2026-Q2", 7.4, 7.5)};
        one.points.first().manual = true;
        std::unique_ptr<QChart> chart(KpiChartBuilder::create(one, ChartPalette::light()));
        const QList<QScatterSeries*> manual = series<QScatterSeries>(chart.get(), QStringLiteral("manual"));
        QCOMPARE(manual.size(), 1);
        QCOMPARE(manual.first()->count(), 1);
        QCOMPARE(manual.first()->markerShape(), QScatterSeries::MarkerShapeRectangle);
        auto* periods = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).first());
        QCOMPARE(periods->categoriesLabels(), QStringList{QStringLiteral("2026 Q2")});
        // A long daily-like series keeps its line but drops the dots, except a lone value.
        KpiChartData many;
        for (int i = 0; i < 100; ++i)
            many.points << point(qPrintable(QDate(2010, 1, 1).addMonths(i).toString(QStringLiteral("yyyy-MM"))),
                                 i == 97 ? std::nullopt : std::optional<double>(i), {});
        many.points[95].value.reset();
        std::unique_ptr<QChart> big(KpiChartBuilder::create(many, ChartPalette::darkPalette()));
        QCOMPARE(series<QScatterSeries>(big.get(), QStringLiteral("imported")).size(), 0);
        QCOMPARE(series<QScatterSeries>(big.get(), QStringLiteral("single")).first()->points(),
                 (QList<QPointF>{{96, 96}}));
        QVERIFY(qobject_cast<QCategoryAxis*>(big->axes(Qt::Horizontal).first())->count() <= 9);
    }

    void rangeKeepsTheLastPeriods()
    {
        KpiChart chart;
        chart.resize(800, 400);
        KpiChartData data = sample();
        chart.setRangeMonths(0);
        chart.setData(data);
        QCOMPARE(chart.shown().points.size(), 10);
        chart.setRangeMonths(6);
        QCOMPARE(chart.shown().points.size(), 6);
        QCOMPARE(chart.shown().points.first().period.toString(), QStringLiteral("2026-05"));
        QVERIFY(chart.describe(5).contains(QStringLiteral("69.0%")));
        QVERIFY(chart.describe(5).contains(QStringLiteral("October 2026")));
    }

    void exportsPngAndSvg()
    {
        QTemporaryDir dir;
        KpiChart chart;
        chart.resize(900, 500);
        chart.setData(sample());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QString png = dir.filePath(QStringLiteral("bereik.png"));
        const QString svg = dir.filePath(QStringLiteral("bereik.svg"));
        QVERIFY(ChartExport::savePng(&chart, png));
        QVERIFY(ChartExport::saveSvg(&chart, svg));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1800, 1000)); // twice the size: crisp in a slide
        // The value line is in it, in its colour.
        const QColor line = ChartPalette::light().value;
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; y += 2) {
            for (int x = 0; x < image.width() && !drawn; x += 2)
                drawn = image.pixelColor(x, y) == line;
        }
        QVERIFY(drawn);
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Bereik"));
    }

    void formulaFieldOffersMetricsByName()
    {
        QWidget form;
        auto* edit = new QLineEdit(&form);
        FormulaAssist assist(edit, {{QStringLiteral("page_views"), QStringLiteral("Paginaweergaven")},
                                    {QStringLiteral("unique_logged_in_users"), QStringLiteral("Unieke ingelogde gebruikers")}});
        form.show();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("pagina"));
        QCOMPARE(assist.completer()->completionCount(), 1);
        QVERIFY(assist.completer()->currentCompletion().contains(QStringLiteral("(page_views)")));
        assist.insertKey(QStringLiteral("page_views"));
        QCOMPARE(edit->text(), QStringLiteral("page_views"));
        QTest::keyClicks(edit, QStringLiteral(" / head"));
        assist.insertKey(QStringLiteral("headcount"));
        QCOMPARE(edit->text(), QStringLiteral("page_views / headcount"));
        QCOMPARE(assist.pickerButton()->menu()->actions().size(), 3); // headcount and both metrics
    }

    void emptyWorkspaceShowsTheFourSteps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leeg.stuurboord"));
        QVERIFY(Workspace::create(path, QStringLiteral("Gemeente Leeg")).ok());
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openWorkspace(path));
        auto* dashboard = qobject_cast<DashboardPage*>(window.workspaceView()->currentPage());
        QVERIFY(dashboard);
        QVERIFY(dashboard->guide()->isVisible());
        QVERIFY(dashboard->tiles().isEmpty());
        for (auto step : {DashboardGuide::Step::Goals, DashboardGuide::Step::Kpis, DashboardGuide::Step::Measurements,
                          DashboardGuide::Step::Review})
            QVERIFY(dashboard->guide()->button(step)->isVisible());
        QCOMPARE(dashboard->attentionList()->count(), 1);
        QVERIFY(!dashboard->attentionList()->item(0)->text().isEmpty());
    }
};

QTEST_MAIN(KpiChartTest)
#include "KpiChartTest.moc"
