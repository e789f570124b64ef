#pragma once

#include "KpiPoint.h"
#include "PeriodCompleteness.h"
#include "TargetSchedule.h"
#include "domain/Kpi.h"
#include "domain/KpiTarget.h"
#include "domain/KpiValue.h"
#include "domain/ThresholdRule.h"
#include "storage/queries/KpiInputs.h"

#include <QHash>
#include <QMap>
#include <map>
#include <memory>

namespace stuurboord {

class CompiledFormula;
class Workspace;

// Computes KPIs per period: values from formulas over the imported metrics and the
// headcount (or from manual entries), the target of the period and the status the
// threshold rules give. Reads the workspace once; create a new one after changes.
class KpiEvaluator final
{
public:
    // As of a date: periods that ended on or before it count (the clock's today by default).
    explicit KpiEvaluator(Workspace& workspace, const QDate& asOf = {});

    QDate asOf() const { return m_asOf; }
    // Which months may be judged; the import coverage decides this once it is wired in.
    void setCompleteness(const PeriodCompleteness& completeness)
    {
        m_completeness = completeness;
        m_series.clear();
    }
    const PeriodCompleteness& completeness() const { return m_completeness; }

    // Every period from the first data up to the last one that has ended by asOf().
    QList<Period> periods(const Kpi& kpi) const;
    QList<KpiPoint> series(const Kpi& kpi) const;
    KpiPoint evaluate(const Kpi& kpi, const Period& period) const;
    // The value the current definition gives, ignoring stored values.
    std::optional<double> liveValue(const Kpi& kpi, const Period& period, QString* reason = nullptr) const;
    QList<ThresholdRule> rules(qint64 kpiId) const { return m_rules.value(kpiId); }
    const KpiInputs& inputs() const { return m_inputs; }

    // Whether a value crosses the rule's threshold: below it when higher is better, above
    // it when lower is better, more than the threshold outside the target band for a band.
    // A value exactly on the threshold does not cross it.
    static bool crosses(const ThresholdRule& rule, Direction direction, double value,
                        const std::optional<TargetSchedule::Target>& target);

private:
    KpiStatus judge(const Kpi& kpi, KpiPoint& point) const;
    // Parsed once per formula text: a ten-year series evaluates it hundreds of times.
    const CompiledFormula& compiled(const QString& formula) const;

    QDate m_asOf;
    PeriodCompleteness m_completeness;
    KpiInputs m_inputs;
    QMap<qint64, QList<KpiTarget>> m_targets;
    QMap<qint64, QList<ThresholdRule>> m_rules;
    std::map<qint64, TargetSchedule> m_schedules; // built once per KPI from m_targets
    QMap<qint64, QMap<QString, KpiValue>> m_values; // kpi -> period -> newest stored value
    // The dashboard asks for the same series for tiles, attention and trends.
    struct Cached
    {
        QString definition;
        QList<KpiPoint> points;
    };
    mutable QHash<qint64, Cached> m_series;
    mutable QHash<QString, std::shared_ptr<const CompiledFormula>> m_formulas;
};

} // namespace stuurboord
