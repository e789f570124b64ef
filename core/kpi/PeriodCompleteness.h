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
// Today every month counts as complete unless marked here; the import's coverage API (which
// days of a month each imported figure covers) plugs in at isComplete(), so that every
// status, tile delta and trend signal follows it without further changes.
class PeriodCompleteness final
{
public:
    bool isComplete(const QString& metricKey, const QString& month) const;
    // Every month of the period complete for every metric.
    bool isComplete(const QStringList& metricKeys, const Period& period) const;
    // Marks a metric's month as incomplete: for the import coverage until it is wired in,
    // and for tests.
    void markIncomplete(const QString& metricKey, const QString& month);

private:
    QSet<QString> m_incomplete; // "key|yyyy-MM"
};

} // namespace stuurboord
