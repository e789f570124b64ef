#pragma once

#include "Period.h"
#include "domain/Kpi.h"

#include <QList>
#include <QString>
#include <optional>

namespace stuurboord {

class KpiEvaluator;
class Workspace;

// Two to four KPIs or metrics on one time axis, as plain data: each line's values per
// period (a gap where a period has no usable value), and which of at most two value axes it
// belongs to, so a percentage and a count can share a chart without one flattening the other.
struct ComparisonData
{
    // What can be compared: a measured KPI, or an imported metric (its organisation total).
    struct Subject
    {
        qint64 kpiId = 0;  // a KPI, or
        QString metricKey; // a metric
        QString name;      // in the user's words
        KpiUnit unit = KpiUnit::Count;

        bool isKpi() const { return kpiId != 0; }
        friend bool operator==(const Subject& a, const Subject& b)
        {
            return a.kpiId == b.kpiId && a.metricKey == b.metricKey;
        }
    };
    struct Value
    {
        Period period;
        std::optional<double> value;
    };
    struct Line
    {
        Subject subject;
        bool rightAxis = false; // its unit differs from the first line's
        QList<Value> values;
    };

    static constexpr int maximum = 4;

    QString firstMonth; // yyyy-MM: where the time axis starts
    int months = 0;     // how many months it spans
    QList<Line> lines;
    // Why a chosen subject is not drawn (a third unit), or why nothing can be drawn.
    QStringList problems;

    // The axis position of a period: months from the first, its middle for a quarter or year.
    double xOf(const Period& period) const;

    // Every KPI being measured and every metric with figures, KPIs first.
    static QList<Subject> subjects(Workspace& workspace, const KpiEvaluator& evaluator);
    // The chosen subjects over the last `rangeMonths` months that have ended (0: all).
    static ComparisonData build(Workspace& workspace, const KpiEvaluator& evaluator,
        const QList<Subject>& chosen, int rangeMonths);
};

} // namespace stuurboord
