// The meeting pack of the demo workspace: the full pack for the next meeting (all
// sections, a chart per KPI) built and rendered to PDF bytes, repeated; printed as medians
// with the spread, split into the core model and the painting, next to the same pack
// without its charts (the text-only pack the issue started from) measured in the same run.
// The target is a full pack in under 1 s. Not a test: nothing here passes or fails.
// Usage: pack_benchmark [RUNS] (default 9).
#include "Clock.h"
#include "demo/DemoWorkspace.h"
#include "domain/Meeting.h"
#include "pack/PackPdf.h"
#include "report/MeetingPack.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace stuurboord;

namespace {
void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

QString spread(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return QStringLiteral("median %1 ms (min %2, max %3, n=%4)")
        .arg(median(times), 0, 'f', 1)
        .arg(times.first(), 0, 'f', 1)
        .arg(times.last(), 0, 'f', 1)
        .arg(times.size());
}

struct Run
{
    QList<double> model;
    QList<double> paint;
    QList<double> total;
    int pages = 0;
    int charts = 0;
    qsizetype bytes = 0;
};

Run measure(Workspace& workspace, const PackRequest& request, int runs)
{
    Run run;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<MeetingPack> pack = MeetingPack::build(workspace, request);
        const double model = double(timer.nsecsElapsed()) / 1e6;
        const QByteArray pdf = PackPdf::bytes(*pack, &run.pages);
        const double total = double(timer.nsecsElapsed()) / 1e6;
        run.model << model;
        run.paint << total - model;
        run.total << total;
        run.charts = int(pack->charts.size());
        run.bytes = pdf.size();
    }
    return run;
}
} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("STUURBOORD_QM_DIR", STUURBOORD_QM_DIR);
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 9;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.stuurboord"));
    Clock::setToday(QDate(2026, 11, 10)); // the demo's story "today"
    if (!DemoWorkspace::write(path, QDate(2026, 10, 1))) {
        say(QStringLiteral("could not write the demo workspace"));
        return 1;
    }
    OpenResult opened = Workspace::open(path);
    if (!opened.ok()) {
        say(opened.message);
        return 1;
    }
    PackRequest full;
    for (const Meeting& meeting : opened.workspace->repository<Meeting>().all()) {
        if (meeting.date > Clock::today())
            full.meetingId = meeting.id;
    }
    full.language = QStringLiteral("nl");
    PackRequest textOnly = full;
    textOnly.sections.removeAll(PackSection::Charts);

    // The first pack of a process also pays for loading fonts (fontconfig) and chart
    // classes: what `stuurboord report` pays once on top of the figures below.
    const Run first = measure(*opened.workspace, full, 1);
    const Run withCharts = measure(*opened.workspace, full, runs);
    const Run withoutCharts = measure(*opened.workspace, textOnly, runs);
    say(QStringLiteral("Meeting pack of the demo (meeting %1 of %2, Dutch), %3 runs each")
            .arg(full.meetingId)
            .arg(opened.workspace->repository<Meeting>().get(full.meetingId)->date.toString(Qt::ISODate))
            .arg(runs));
    say(QStringLiteral("  full pack: %1 pages, %2 KPI charts, %3 KB").arg(withCharts.pages).arg(withCharts.charts).arg(withCharts.bytes / 1024));
    say(QStringLiteral("    model (core):        %1").arg(spread(withCharts.model)));
    say(QStringLiteral("    painting to PDF:     %1").arg(spread(withCharts.paint)));
    say(QStringLiteral("    total:               %1").arg(spread(withCharts.total)));
    say(QStringLiteral("  first pack of the process (fonts and charts loaded): %1 ms").arg(first.total.constFirst(), 0, 'f', 1));
    say(QStringLiteral("  reference, same pack without charts (%1 pages): %2").arg(withoutCharts.pages).arg(spread(withoutCharts.total)));
    say(QStringLiteral("  full pack / text-only pack: %1x; full pack / 1 s target: %2")
            .arg(median(withCharts.total) / median(withoutCharts.total), 0, 'f', 2)
            .arg(median(withCharts.total) / 1000.0, 0, 'f', 2));
    Clock::setToday({});
    return 0;
}
