#include "ComparisonData.h"

#include "KpiEvaluator.h"
#include "KpiUnitGuess.h"
#include "domain/Metric.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace stuurboord {

namespace {
int monthIndex(const QDate& date)
{
    return date.year() * 12 + date.month() - 1;
}

bool measured(const Kpi& kpi)
{
    return kpi.lifecycle == KpiLifecycle::Active || kpi.lifecycle == KpiLifecycle::UnderReview;
}

QList<ComparisonData::Value> kpiValues(const KpiEvaluator& evaluator, const Kpi& kpi)
{
    QList<ComparisonData::Value> values;
    for (const KpiPoint& point : evaluator.series(kpi))
        values << ComparisonData::Value{point.period,
            point.status == KpiStatus::Incomplete ? std::nullopt : point.value};
    return values;
}

QList<ComparisonData::Value> metricValues(const KpiEvaluator& evaluator, const QString& key)
{
    QList<ComparisonData::Value> values;
    const QMap<QString, double> months = evaluator.inputs().months(key);
    if (months.isEmpty())
        return values;
    const Period last = Period::containing(evaluator.asOf(), Period::Kind::Month).previous();
    for (Period month = Period::parse(months.firstKey()); !(last < month); month = month.next()) {
        const QString text = month.toString();
        const bool usable = months.contains(text) && evaluator.completeness().isComplete(key, text);
        values << ComparisonData::Value{month, usable ? std::optional<double>(months.value(text)) : std::nullopt};
    }
    return values;
}
} // namespace

double ComparisonData::xOf(const Period& period) const
{
    const QDate first = QDate::fromString(firstMonth + QStringLiteral("-01"), Qt::ISODate);
    return monthIndex(period.firstDay()) - monthIndex(first) + (period.monthCount() - 1) / 2.0;
}

QList<ComparisonData::Subject> ComparisonData::subjects(Workspace& workspace, const KpiEvaluator& evaluator)
{
    QList<Subject> result;
    for (const Kpi& kpi : workspace.repository<Kpi>().all()) {
        if (measured(kpi))
            result << Subject{kpi.id, {}, kpi.name, kpi.unit};
    }
    for (const Metric& metric : workspace.repository<Metric>().all()) {
        if (!evaluator.inputs().months(metric.key).isEmpty())
            result << Subject{0, metric.key, evaluator.inputs().name(metric.key), KpiUnitGuess::fromMetric(metric.unit)};
    }
    return result;
}

ComparisonData ComparisonData::build(Workspace& workspace, const KpiEvaluator& evaluator,
    const QList<Subject>& chosen, int rangeMonths)
{
    ComparisonData data;
    std::optional<KpiUnit> left;
    std::optional<KpiUnit> right;
    for (const Subject& subject : chosen) {
        if (data.lines.size() == maximum) {
            data.problems << QCoreApplication::translate("ComparisonData",
                "“%1” is left out: one chart compares at most %2.").arg(subject.name).arg(maximum);
            continue;
        }
        Line line;
        line.subject = subject;
        if (subject.isKpi()) {
            const std::optional<Kpi> kpi = workspace.repository<Kpi>().get(subject.kpiId);
            if (!kpi)
                continue;
            line.subject.unit = kpi->unit;
            line.subject.name = kpi->name;
            line.values = kpiValues(evaluator, *kpi);
        } else {
            line.subject.name = evaluator.inputs().name(subject.metricKey);
            line.values = metricValues(evaluator, subject.metricKey);
        }
        if (!left || *left == line.subject.unit) {
            left = line.subject.unit;
        } else if (!right || *right == line.subject.unit) {
            right = line.subject.unit;
            line.rightAxis = true;
        } else {
            data.problems << QCoreApplication::translate("ComparisonData",
                "“%1” is left out: its unit (%2) would need a third axis. A chart has two, left and right.")
                                 .arg(line.subject.name, enumLabel(line.subject.unit));
            continue;
        }
        data.lines << line;
    }
    // One time axis for all: from the earliest value to the last period that has ended.
    int first = -1;
    int last = -1;
    for (const Line& line : std::as_const(data.lines)) {
        for (const Value& value : line.values) {
            if (!value.value)
                continue;
            const int from = monthIndex(value.period.firstDay());
            const int to = monthIndex(value.period.lastDay());
            first = first < 0 ? from : qMin(first, from);
            last = qMax(last, to);
        }
    }
    if (first < 0) {
        if (!data.lines.isEmpty())
            data.problems << QCoreApplication::translate("ComparisonData", "None of these has values yet.");
        return data;
    }
    if (rangeMonths > 0)
        first = qMax(first, last - rangeMonths + 1);
    data.firstMonth = QDate(first / 12, first % 12 + 1, 1).toString(QStringLiteral("yyyy-MM"));
    data.months = last - first + 1;
    for (Line& line : data.lines) {
        line.values.removeIf([&](const Value& value) {
            return monthIndex(value.period.firstDay()) < first || monthIndex(value.period.lastDay()) > last;
        });
    }
    return data;
}

} // namespace stuurboord
