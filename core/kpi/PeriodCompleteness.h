#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace stuurboord {

class Period;

// The one place that decides whether a metric's month may be used for a status or a
// comparison. A month whose export was made before the month was over (its end date or
// refresh date falls inside the month) is incomplete: comparing it with a whole month, or
// judging a KPI on it, would mislead.
//
// Every month counts as complete unless marked here; KpiEvaluator marks the months the
// import coverage (MonthCoverage: which days of a month the figures cover) finds partial,
// so every status, tile delta and trend signal follows it.
class PeriodCompleteness final
{
public:
    bool isComplete(const QString& metricKey, const QString& month) const;
    // Every month of the period complete for every metric.
    bool isComplete(const QStringList& metricKeys, const Period& period) const;
    // Marks a metric's month as incomplete (from the import coverage, and in tests).
    void markIncomplete(const QString& metricKey, const QString& month);

private:
    QSet<QString> m_incomplete; // "key|yyyy-MM"
};

} // namespace stuurboord
