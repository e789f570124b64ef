// The dashboard on a large workspace: 10 years × 50 metrics × 20 dimensions of monthly figures
// (plus organisation totals), 1,000,000 imported daily rows and 30 KPIs. Prints, as medians with
// the spread, the core computation of everything the dashboard shows, building and painting the
// dashboard offscreen, repainting a 3,650-point KPI chart, and launch to first paint; each next
// to a reference measured in the same run. Not a test: nothing here passes or fails.
#include "WorkspaceContext.h"
#include "charts/ChartPalette.h"
#include "charts/KpiChartBuilder.h"
#include "dashboard/DashboardData.h"
#include "domain/Kpi.h"
#include "domain/KpiTarget.h"
#include "domain/Stakeholder.h"
#include "domain/ThresholdRule.h"
#include "pages/DashboardPage.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "widgets/KpiChart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineSeries>
#include <QPixmap>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QValueAxis>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace stuurboord;

namespace {
struct Figures
{
    int years = 10;
    int metrics = 50;
    int dimensions = 20;
    int dailyMetrics = 10;
    int dailySites = 28; // 10 metrics × 3,650 days × 28 sites ≈ 1,000,000 rows
    int kpis = 30;
};

void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Median, minimum and maximum of repeated timings, in milliseconds.
QString spread(QList<double> times)
{
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    return QStringLiteral("median %1 ms (min %2, max %3, n=%4)")
        .arg(median, 0, 'f', 1)
        .arg(times.first(), 0, 'f', 1)
        .arg(times.last(), 0, 'f', 1)
        .arg(times.size());
}

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

QList<double> timed(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    return times;
}

// The first generated month: the data ends with last month, so it is current when the
// application is launched on it.
QDate base;

QString month(int index)
{
    return base.addMonths(index).toString(QStringLiteral("yyyy-MM"));
}

bool generate(const QString& path, const Figures& f)
{
    auto created = Workspace::create(path, QStringLiteral("Gemeente Benchmark"));
    if (!created.ok()) {
        say(QStringLiteral("create: ") + created.message);
        return false;
    }
    Workspace& workspace = *created.workspace;
    QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    QSqlQuery query(db);
    const int months = f.years * 12;
    query.prepare(QStringLiteral("INSERT INTO metric (key, name, unit, aggregation, description) VALUES (?, ?, 'count', ?, '')"));
    for (int m = 0; m < f.metrics; ++m) {
        query.addBindValue(QStringLiteral("metric_%1").arg(m, 2, 10, QLatin1Char('0')));
        query.addBindValue(QStringLiteral("Meetwaarde %1").arg(m));
        query.addBindValue(m % 5 == 0 ? QStringLiteral("max") : QStringLiteral("sum"));
        if (!query.exec()) {
            say(QStringLiteral("metric: ") + query.lastError().text());
            return false;
        }
    }
    query.prepare(QStringLiteral("INSERT INTO headcount (month, employees) VALUES (?, ?)"));
    for (int i = 0; i < months; ++i) {
        query.addBindValue(month(i));
        query.addBindValue(1000 + i);
        query.exec();
    }
    query.prepare(QStringLiteral("INSERT INTO observation (id, metric_id, period, window_start, window_end, dimension, value) "
                                 "VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), ?)"));
    qint64 id = 0;
    const auto insert = [&](int metric, const QString& period, const QDate& start, const QDate& end,
                            const QString& dimension, double value) {
        query.addBindValue(++id);
        query.addBindValue(metric + 1);
        query.addBindValue(period);
        query.addBindValue(start.toString(Qt::ISODate));
        query.addBindValue(end.toString(Qt::ISODate));
        query.addBindValue(dimension);
        query.addBindValue(value);
        return query.exec();
    };
    // Monthly: the organisation total and 20 departments per metric, in key order.
    for (int i = 0; i < months; ++i) {
        const QDate first = base.addMonths(i);
        for (int m = 0; m < f.metrics; ++m) {
            const double level = 1000.0 * (m + 1) * (1.0 + i / 240.0) * (first.month() == 7 ? 0.7 : 1.0);
            if (!insert(m, month(i), first, first.addMonths(1).addDays(-1), QString(), level)) {
                say(QStringLiteral("observation: ") + query.lastError().text());
                return false;
            }
            for (int d = 0; d < f.dimensions; ++d)
                insert(m, month(i), first, first.addMonths(1).addDays(-1), QStringLiteral("Afdeling %1").arg(d), level / f.dimensions);
        }
    }
    const qint64 monthly = id;
    // Daily: page views per site per day for some metrics, as a daily export imports them.
    const QDate start = base;
    for (int day = 0; day < f.years * 365; ++day) {
        const QDate date = start.addDays(day);
        const QString period = date.toString(QStringLiteral("yyyy-MM"));
        for (int m = 0; m < f.dailyMetrics; ++m) {
            for (int s = 0; s < f.dailySites; ++s)
                insert(f.metrics - 1 - m, period, date, date, QStringLiteral("Site %1").arg(s), 10 + (day * 7 + s) % 50);
        }
    }
    say(QStringLiteral("generated: %1 monthly figures, %2 daily rows").arg(monthly).arg(id - monthly));
    if (!transaction.commit()) {
        say(QStringLiteral("commit failed"));
        return false;
    }

    Stakeholder owner;
    owner.name = QStringLiteral("Noor de Vries");
    workspace.repository<Stakeholder>().add(owner);
    for (int k = 0; k < f.kpis; ++k) {
        Kpi kpi;
        kpi.name = QStringLiteral("KPI %1").arg(k + 1);
        const QString a = QStringLiteral("metric_%1").arg(k % f.metrics, 2, 10, QLatin1Char('0'));
        const QString b = QStringLiteral("metric_%1").arg((k + 7) % f.metrics, 2, 10, QLatin1Char('0'));
        kpi.formula = k % 3 == 0 ? a + QStringLiteral(" / headcount * 100") : k % 3 == 1 ? a + QStringLiteral(" / ") + b : a;
        kpi.unit = k % 3 == 0 ? KpiUnit::Percentage : k % 3 == 1 ? KpiUnit::Ratio : KpiUnit::Count;
        kpi.frequency = k % 10 == 9 ? Frequency::Quarterly : Frequency::Monthly;
        workspace.repository<Kpi>().add(kpi);
        KpiTarget target;
        target.kpiId = kpi.id;
        target.period = month(0);
        target.value = 50;
        workspace.repository<KpiTarget>().add(target);
        ThresholdRule rule;
        rule.kpiId = kpi.id;
        rule.status = ThresholdStatus::AtRisk;
        rule.boundary = 40;
        rule.action = QStringLiteral("Bespreken in het stakeholderoverleg");
        rule.actionOwnerId = owner.id;
        rule.actionDays = 14;
        workspace.repository<ThresholdRule>().add(rule);
        kpi.lifecycle = KpiLifecycle::Active;
        if (const Outcome active = workspace.repository<Kpi>().update(kpi); !active) {
            say(QStringLiteral("kpi: ") + active.message());
            return false;
        }
    }
    return true;
}

// Launch to first paint, and to the dashboard's figures painted, timed from outside the
// process.
struct Launch
{
    QList<double> firstPaint;
    QList<double> figuresShown;
};

Launch firstPaint(const QString& workspace, int runs)
{
    Launch launch;
    for (int i = 0; i < runs; ++i) {
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("STUURBOORD_REPORT_FIRST_PAINT"), QStringLiteral("1"));
        app.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        app.start(QStringLiteral(STUURBOORD_EXECUTABLE), {workspace});
        QByteArray said;
        while (app.state() != QProcess::NotRunning || app.bytesAvailable() > 0) {
            app.waitForReadyRead(20);
            const QByteArray more = app.readAllStandardOutput();
            const double now = timer.nsecsElapsed() / 1e6;
            if (more.contains("first-paint") && !said.contains("first-paint"))
                launch.firstPaint << now;
            said += more;
            if (said.contains("figures-shown")) {
                launch.figuresShown << now;
                break;
            }
            if (app.state() == QProcess::NotRunning && app.bytesAvailable() == 0)
                break;
        }
        app.waitForFinished(10000);
    }
    return launch;
}

KpiChartData dailyChart(bool plain)
{
    KpiChartData data;
    data.title = QStringLiteral("3,650 points");
    data.unit = KpiUnit::Count;
    Period period(Period::Kind::Month, 1700, 1);
    for (int i = 0; i < 3650; ++i, period = period.next()) {
        KpiPoint point;
        point.period = period;
        point.value = 100 + (i * 37 % 101) / 10.0;
        point.status = KpiStatus::OnTrack;
        point.version = plain || i < 2000 ? 1 : 2;
        if (!plain)
            point.target = TargetSchedule::Target{TargetKind::AtLeast, 104, {}};
        data.points << point;
    }
    if (!plain) {
        ThresholdRule risk;
        risk.status = ThresholdStatus::AtRisk;
        risk.boundary = 102;
        data.rules << risk;
        data.annotations << KpiChartData::Annotation{data.points.at(1000).period.firstDay(), QStringLiteral("Campagne")};
    }
    return data;
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Figures figures;
    if (app.arguments().contains(QStringLiteral("--quick"))) {
        figures.years = 2;
        figures.dailyMetrics = 2;
    }
    const QDate today = QDate::currentDate();
    base = QDate(today.year(), today.month(), 1).addMonths(-12 * figures.years);
    QTemporaryDir dir;
    // --workspace PATH keeps the generated workspace there (and reuses it), for profiling.
    const qsizetype kept = app.arguments().indexOf(QStringLiteral("--workspace"));
    const QString path = kept > 0 && kept + 1 < app.arguments().size()
        ? app.arguments().at(kept + 1)
        : dir.filePath(QStringLiteral("benchmark.stuurboord"));
    if (!QFileInfo::exists(path)) {
        QElapsedTimer generating;
        generating.start();
        if (!generate(path, figures)) {
            say(QStringLiteral("could not generate the workspace"));
            return 1;
        }
        say(QStringLiteral("generated in %1 s: %2").arg(generating.elapsed() / 1000.0, 0, 'f', 1).arg(path));
    }
    const QDate asOf = today;
    // --only core|chart|start runs one part, e.g. under perf.
    const qsizetype onlyAt = app.arguments().indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 && onlyAt + 1 < app.arguments().size() ? app.arguments().at(onlyAt + 1) : QString();
    const auto part = [&only](const char* name) { return only.isEmpty() || only == QLatin1String(name); };
    if (part("core")) {
        OpenResult opened = Workspace::open(path);
        if (!opened.ok())
            return 1;
        Workspace& workspace = *opened.workspace;
        const QList<double> scan = timed(5, [&] {
            QSqlQuery count(QStringLiteral("SELECT COUNT(*), SUM(value) FROM observation"), workspace.database());
            count.next();
        });
        const QList<double> core = timed(7, [&] { DashboardData::build(workspace, asOf); });
        const DashboardData data = DashboardData::build(workspace, asOf);
        say(QStringLiteral("dashboard data in core (%1 tiles, %2 attention items, %3 trend signals): %4")
                .arg(data.tiles.size()).arg(data.attention.size()).arg(data.trends.size()).arg(spread(core)));
        say(QStringLiteral("  reference, one full scan of the observation table: %1; ratio %2")
                .arg(spread(scan)).arg(median(core) / median(scan), 0, 'f', 2));

        QUndoStack undo;
        WorkspaceContext context(workspace, undo);
        const QList<double> paint = timed(5, [&] {
            DashboardPage page(context);
            page.resize(1400, 900);
            const QPixmap painted = page.grab();
            Q_UNUSED(painted);
        });
        say(QStringLiteral("dashboard built and painted offscreen (1400×900, core included): %1").arg(spread(paint)));
    }
    if (part("chart")) {
        QChartView view;
        view.resize(1600, 900);
        view.setRenderHint(QPainter::Antialiasing);
        KpiChartBuilder::build(view.chart(), dailyChart(false), ChartPalette::light());
        QPixmap canvas(view.size());
        view.QWidget::render(&canvas);
        const QList<double> chart = timed(15, [&] { view.QWidget::render(&canvas); });
        QChartView plainView;
        plainView.resize(1600, 900);
        plainView.setRenderHint(QPainter::Antialiasing);
        auto* line = new QLineSeries;
        for (int i = 0; i < 3650; ++i)
            line->append(i, 100 + (i * 37 % 101) / 10.0);
        plainView.chart()->addSeries(line);
        plainView.chart()->createDefaultAxes();
        plainView.QWidget::render(&canvas);
        const QList<double> plain = timed(15, [&] { plainView.QWidget::render(&canvas); });
        say(QStringLiteral("KPI chart of 3,650 points (target, band, markers) repainted at 1600×900: %1").arg(spread(chart)));
        say(QStringLiteral("  reference, a bare Qt Charts line of the same 3,650 points: %1; ratio %2")
                .arg(spread(plain)).arg(median(chart) / median(plain), 0, 'f', 2));
    }
    if (!part("start"))
        return 0;
    const QString empty = dir.filePath(QStringLiteral("empty.stuurboord"));
    if (!Workspace::create(empty, QStringLiteral("Leeg")).ok())
        return 1;
    const Launch started = firstPaint(path, 7);
    const Launch reference = firstPaint(empty, 7);
    if (started.firstPaint.isEmpty() || reference.firstPaint.isEmpty()) {
        say(QStringLiteral("launch to first paint: the application did not report a paint"));
        return 1;
    }
    say(QStringLiteral("launch to first paint of this workspace: %1").arg(spread(started.firstPaint)));
    say(QStringLiteral("  reference, launch to first paint of an empty workspace: %1; ratio %2")
            .arg(spread(reference.firstPaint)).arg(median(started.firstPaint) / median(reference.firstPaint), 0, 'f', 2));
    if (!started.figuresShown.isEmpty() && !reference.figuresShown.isEmpty()) {
        say(QStringLiteral("launch to the dashboard's figures painted, this workspace: %1").arg(spread(started.figuresShown)));
        say(QStringLiteral("  reference, the same for an empty workspace: %1; ratio %2")
                .arg(spread(reference.figuresShown)).arg(median(started.figuresShown) / median(reference.figuresShown), 0, 'f', 2));
    }
    return 0;
}
