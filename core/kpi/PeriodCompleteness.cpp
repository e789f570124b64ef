#include "PeriodCompleteness.h"

#include "Period.h"

namespace stuurboord {

namespace {
QString entry(const QString& metricKey, const QString& month)
{
    return metricKey + u'|' + month;
}
} // namespace

bool PeriodCompleteness::isComplete(const QString& metricKey, const QString& month) const
{
    // KpiEvaluator marks the months MonthCoverage finds incomplete (figures that do not
    // cover every day of their month).
    return !m_incomplete.contains(entry(metricKey, month));
}

bool PeriodCompleteness::isComplete(const QStringList& metricKeys, const Period& period) const
{
    for (const QString& key : metricKeys) {
        for (const QString& month : period.months()) {
            if (!isComplete(key, month))
                return false;
        }
    }
    return true;
}

void PeriodCompleteness::markIncomplete(const QString& metricKey, const QString& month)
{
    m_incomplete.insert(entry(metricKey, month));
}

} // namespace stuurboord
