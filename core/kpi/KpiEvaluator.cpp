#include "KpiEvaluator.h"

#include "Clock.h"
#include "CompiledFormula.h"
#include "Formula.h"
#include "storage/Workspace.h"
#include "storage/queries/MonthCoverage.h"

#include <QCoreApplication>

namespace stuurboord {

KpiEvaluator::KpiEvaluator(Workspace& workspace, const QDate& asOf)
    : m_asOf(asOf.isValid() ? asOf : Clock::today())
    , m_inputs(workspace.database())
{
    for (const KpiTarget& target : workspace.repository<KpiTarget>().all())
        m_targets[target.kpiId] << target;
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it)
        m_schedules.emplace(it.key(), TargetSchedule(it.value()));
    for (const ThresholdRule& rule : workspace.repository<ThresholdRule>().all())
        m_rules[rule.kpiId] << rule;
    for (const KpiValue& value : workspace.repository<KpiValue>().all()) {
        QMap<QString, KpiValue>& values = m_values[value.kpiId];
        if (!values.contains(value.period) || values.value(value.period).version < value.version)
            values.insert(value.period, value);
    }
    // Months an export did not cover whole (issue 12) are kept out of status and comparison.
    const QHash<MonthCoverage::MetricMonth, quint32> partial = MonthCoverage(workspace.database()).incompleteMonths();
    for (auto it = partial.cbegin(); it != partial.cend(); ++it)
        m_completeness.markIncomplete(it.key().first, it.key().second);
}

QList<Period> KpiEvaluator::periods(const Kpi& kpi) const
{
    const Period::Kind kind = Period::kindFor(kpi.frequency);
    QString firstMonth = m_inputs.firstMonth();
    const QMap<QString, KpiValue> stored = m_values.value(kpi.id);
    if (!stored.isEmpty()) {
        const QString firstStored = Period::parse(stored.firstKey()).months().value(0);
        if (firstMonth.isEmpty() || firstStored < firstMonth)
            firstMonth = firstStored;
    }
    QList<Period> result;
    const Period first = Period::parse(firstMonth);
    if (!first.isValid())
        return result;
    const Period last = Period::containing(m_asOf, kind).previous();
    for (Period period = Period::containing(first.firstDay(), kind); !(last < period);
         period = period.next())
        result << period;
    return result;
}

std::optional<double> KpiEvaluator::liveValue(
    const Kpi& kpi, const Period& period, QString* reason) const
{
    if (kpi.source == KpiSource::Manual) {
        if (reason)
            *reason = QCoreApplication::translate("KpiEvaluator", "not entered yet");
        return std::nullopt;
    }
    const CompiledFormula& formula = compiled(kpi.formula);
    QMap<QString, double> values;
    for (const QString& name : formula.variables()) {
        const std::optional<double> value = name == Formula::headcountVariable()
            ? m_inputs.headcount(period)
            : m_inputs.metric(name, period, reason);
        if (!value) {
            if (reason && name == Formula::headcountVariable())
                *reason = QCoreApplication::translate("KpiEvaluator", "no headcount for %1")
                              .arg(period.toString());
            return std::nullopt;
        }
        values.insert(name, *value);
    }
    return formula.evaluate(values, reason);
}

const CompiledFormula& KpiEvaluator::compiled(const QString& formula) const
{
    auto found = m_formulas.constFind(formula);
    if (found == m_formulas.cend())
        found = m_formulas.insert(formula, std::make_shared<const CompiledFormula>(formula));
    return **found;
}

KpiPoint KpiEvaluator::evaluate(const Kpi& kpi, const Period& period) const
{
    KpiPoint point;
    point.period = period;
    point.version = kpi.version;
    const QMap<QString, KpiValue> stored = m_values.value(kpi.id);
    if (stored.contains(period.toString())) {
        const KpiValue& value = stored.value(period.toString());
        point.value = value.value;
        point.version = value.version;
        point.recorded = true;
    } else {
        point.value = liveValue(kpi, period, &point.reason);
    }
    point.manual = kpi.source == KpiSource::Manual;
    const auto schedule = m_schedules.find(kpi.id);
    if (schedule != m_schedules.cend())
        point.target = schedule->second.at(period);
    if (point.value)
        point.status = judge(kpi, point);
    return point;
}

KpiStatus KpiEvaluator::judge(const Kpi& kpi, KpiPoint& point) const
{
    if (kpi.source == KpiSource::Formula && !point.recorded) {
        QStringList metrics = compiled(kpi.formula).variables();
        metrics.removeAll(Formula::headcountVariable());
        if (!m_completeness.isComplete(metrics, point.period)) {
            point.reason = QCoreApplication::translate("KpiEvaluator",
                "%1 is not complete yet: its export was made before the period was over")
                               .arg(point.period.toString());
            return KpiStatus::Incomplete;
        }
    }
    const QList<ThresholdRule> rules = m_rules.value(kpi.id);
    KpiStatus status = KpiStatus::NoData;
    for (const ThresholdRule& rule : rules) {
        if (!crosses(rule, kpi.direction, *point.value, point.target))
            continue;
        point.crossedRules << rule.id;
        if (rule.status == ThresholdStatus::OffTrack)
            status = KpiStatus::OffTrack;
        else if (status != KpiStatus::OffTrack)
            status = KpiStatus::AtRisk;
    }
    // A crossed rule speaks for itself; otherwise only a target and rules together can
    // say "on track", and a missed target within tolerance is said as such.
    if (status != KpiStatus::NoData)
        return status;
    if (!point.target)
        return KpiStatus::NoTarget;
    if (rules.isEmpty())
        return KpiStatus::NoThresholds;
    return TargetSchedule::isMet(*point.target, *point.value) ? KpiStatus::OnTrack
                                                             : KpiStatus::ShortOfTarget;
}

QList<KpiPoint> KpiEvaluator::series(const Kpi& kpi) const
{
    const QString definition = QStringLiteral("%1|%2|%3|%4|%5|%6")
                                   .arg(kpi.formula, enumKey(kpi.source), enumKey(kpi.frequency),
                                       enumKey(kpi.direction))
                                   .arg(kpi.version)
                                   .arg(kpi.id);
    const auto cached = m_series.constFind(kpi.id);
    if (cached != m_series.cend() && cached->definition == definition)
        return cached->points;
    QList<KpiPoint> points;
    for (const Period& period : periods(kpi))
        points << evaluate(kpi, period);
    m_series.insert(kpi.id, Cached{definition, points});
    return points;
}

bool KpiEvaluator::crosses(const ThresholdRule& rule, Direction direction, double value,
    const std::optional<TargetSchedule::Target>& target)
{
    switch (direction) {
    case Direction::HigherIsBetter:
        return value < rule.boundary;
    case Direction::LowerIsBetter:
        return value > rule.boundary;
    case Direction::WithinBand:
        if (!target)
            return false;
        return value < target->value - rule.boundary
            || value > target->upper.value_or(target->value) + rule.boundary;
    }
    return false;
}

} // namespace stuurboord
