#include "TrendSignals.h"

#include "TrendDetector.h"
#include "domain/DismissedSignal.h"
#include "domain/Kpi.h"
#include "domain/Metric.h"
#include "kpi/KpiEvaluator.h"
#include "kpi/KpiFormat.h"
#include "kpi/KpiUnitGuess.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace stuurboord {

namespace {
struct Course
{
    QList<Period> periods;
    TrendDetector::Values values;
};

QString sentence(const TrendSignal& signal, const QString& value, const QString& usual)
{
    const QString when = KpiFormat::period(signal.period);
    switch (signal.kind) {
    case TrendSignal::Kind::Falling:
        return QCoreApplication::translate("TrendSignals", "“%1” has fallen %n period(s) in a row, to %2 in %3.",
            nullptr, signal.length)
            .arg(signal.subject, value, when);
    case TrendSignal::Kind::Rising:
        return QCoreApplication::translate("TrendSignals", "“%1” has risen %n period(s) in a row, to %2 in %3.",
            nullptr, signal.length)
            .arg(signal.subject, value, when);
    case TrendSignal::Kind::Outlier:
        return QCoreApplication::translate("TrendSignals",
            "“%1” is far outside its usual range in %2: %3, against %4 on average before.")
            .arg(signal.subject, when, value, usual);
    case TrendSignal::Kind::Stopped:
        return QCoreApplication::translate("TrendSignals",
            "No figures for “%1” have arrived since %2: import the latest export.")
            .arg(signal.subject, when);
    }
    return {};
}

double meanOfTrailing(const TrendDetector::Values& values)
{
    double sum = 0;
    int count = 0;
    for (qsizetype i = qMax<qsizetype>(0, values.size() - 13); i < values.size() - 1; ++i) {
        if (values.at(i)) {
            sum += *values.at(i);
            ++count;
        }
    }
    return count ? sum / count : 0;
}

// Streak and outlier on one course; the latest period must be the newest that could be known.
void judge(TrendSignal base, const Course& course, KpiUnit unit, Direction direction, QList<TrendSignal>& out)
{
    if (course.values.isEmpty() || !course.values.constLast())
        return;
    base.period = course.periods.constLast();
    const QString value = KpiFormat::value(*course.values.constLast(), unit);
    const int run = TrendDetector::streak(course.values);
    if (qAbs(run) >= TrendDetector::minimumStreak) {
        TrendSignal signal = base;
        signal.kind = run > 0 ? TrendSignal::Kind::Rising : TrendSignal::Kind::Falling;
        signal.length = qAbs(run);
        signal.worrying = direction == Direction::WithinBand || (run > 0) == (direction == Direction::LowerIsBetter);
        signal.text = sentence(signal, value, {});
        out << signal;
    }
    if (TrendDetector::outlier(course.values)) {
        TrendSignal signal = base;
        signal.kind = TrendSignal::Kind::Outlier;
        signal.text = sentence(signal, value, KpiFormat::value(meanOfTrailing(course.values), unit));
        out << signal;
    }
}
} // namespace

QString TrendSignal::key() const
{
    static const char* kinds[] = {"falling", "rising", "outlier", "stopped"};
    const QString subjectKey = kpiId ? QStringLiteral("kpi:%1").arg(kpiId) : QStringLiteral("metric:") + metricKey;
    return QStringLiteral("%1|%2|%3").arg(QLatin1String(kinds[static_cast<int>(kind)]), subjectKey, period.toString());
}

QList<TrendSignal> TrendSignals::collect(Workspace& workspace, const KpiEvaluator& evaluator)
{
    QList<TrendSignal> found;
    const QDate asOf = evaluator.asOf();
    for (const Kpi& kpi : workspace.repository<Kpi>().all()) {
        if (kpi.lifecycle != KpiLifecycle::Active && kpi.lifecycle != KpiLifecycle::UnderReview)
            continue;
        Course course;
        for (const KpiPoint& point : evaluator.series(kpi)) {
            course.periods << point.period;
            course.values << (point.status == KpiStatus::Incomplete ? std::nullopt : point.value);
        }
        TrendSignal base;
        base.kpiId = kpi.id;
        base.subject = kpi.name;
        judge(base, course, kpi.unit, kpi.direction, found);
    }
    const Period lastEnded = Period::containing(asOf, Period::Kind::Month).previous();
    const KpiInputs& inputs = evaluator.inputs();
    for (const Metric& metric : workspace.repository<Metric>().all()) {
        const QMap<QString, double> months = inputs.months(metric.key);
        if (months.isEmpty())
            continue;
        TrendSignal base;
        base.metricId = metric.id;
        base.metricKey = metric.key;
        base.subject = inputs.name(metric.key);
        const Period last = Period::parse(months.lastKey());
        if (TrendDetector::stopped(last, static_cast<int>(months.size()), asOf)) {
            TrendSignal signal = base;
            signal.kind = TrendSignal::Kind::Stopped;
            signal.period = last;
            signal.text = sentence(signal, {}, {});
            found << signal;
            continue;
        }
        // Only a course that reaches the latest months says something about now.
        if (last < lastEnded.previous())
            continue;
        Course course;
        for (Period month = Period::parse(months.firstKey()); !(last < month); month = month.next()) {
            if (lastEnded < month)
                break;
            const bool usable = months.contains(month.toString())
                && evaluator.completeness().isComplete(metric.key, month.toString());
            course.periods << month;
            course.values << (usable ? std::optional<double>(months.value(month.toString())) : std::nullopt);
        }
        judge(base, course, KpiUnitGuess::fromMetric(metric.unit), Direction::HigherIsBetter, found);
    }
    QSet<QString> dismissed;
    for (const DismissedSignal& entry : workspace.repository<DismissedSignal>().all())
        dismissed.insert(entry.signalKey);
    found.removeIf([&](const TrendSignal& signal) { return dismissed.contains(signal.key()); });
    // What moves the wrong way first, KPIs before the metrics behind them.
    std::stable_sort(found.begin(), found.end(), [](const TrendSignal& a, const TrendSignal& b) {
        if (a.worrying != b.worrying)
            return a.worrying;
        return (a.kpiId != 0) > (b.kpiId != 0);
    });
    return found;
}

} // namespace stuurboord
