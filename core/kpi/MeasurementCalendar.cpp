#include "MeasurementCalendar.h"

#include "Clock.h"
#include "KpiEvaluator.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace stuurboord {

namespace {
bool isMeasured(const Kpi& kpi)
{
    return kpi.lifecycle == KpiLifecycle::Active || kpi.lifecycle == KpiLifecycle::UnderReview;
}

void sortByDate(QList<MeasurementCalendar::Moment>& moments)
{
    std::stable_sort(moments.begin(), moments.end(),
        [](const auto& a, const auto& b) { return a.date < b.date; });
}
} // namespace

QList<MeasurementCalendar::Moment> MeasurementCalendar::upcoming(Workspace& workspace, const QDate& asOf)
{
    const QDate day = asOf.isValid() ? asOf : Clock::today();
    QList<Moment> moments;
    for (const Kpi& kpi : workspace.repository<Kpi>().all()) {
        if (!isMeasured(kpi))
            continue;
        const Period current = Period::containing(day, Period::kindFor(kpi.frequency));
        moments << Moment{kpi.id, kpi.name, current, current.lastDay().addDays(1), {}};
    }
    sortByDate(moments);
    return moments;
}

QList<MeasurementCalendar::Moment> MeasurementCalendar::overdue(
    Workspace& workspace, const KpiEvaluator& evaluator)
{
    QList<Moment> moments;
    for (const Kpi& kpi : workspace.repository<Kpi>().all()) {
        if (!isMeasured(kpi))
            continue;
        const QList<KpiPoint> points = evaluator.series(kpi);
        // Moments before the first measured one are not overdue: the KPI did not exist yet.
        // A manual KPI never entered is overdue for its last moment.
        auto first = std::find_if(
            points.cbegin(), points.cend(), [](const KpiPoint& p) { return p.value.has_value(); });
        if (first == points.cend() && !points.isEmpty())
            first = points.cend() - 1;
        for (auto it = first; it != points.cend(); ++it) {
            if (!it->value)
                moments << Moment{
                    kpi.id, kpi.name, it->period, it->period.lastDay().addDays(1), it->reason};
        }
    }
    sortByDate(moments);
    return moments;
}

} // namespace stuurboord
