#pragma once

#include "domain/Kpi.h"

#include <QList>
#include <QString>

namespace stuurboord {

class Workspace;

// An imported metric by dimension (page views per site or department) over a span of
// months: the largest few by name, and the rest together as "other", so the coordinator
// sees where the use is without scrolling through two hundred sites.
struct MetricBreakdown
{
    struct Share
    {
        QString dimension; // empty for "other"
        double value = 0;
        int members = 1;   // how many dimensions "other" holds
        bool isOther() const { return dimension.isEmpty(); }
    };

    QString metricKey;
    QString metricName;
    KpiUnit unit = KpiUnit::Count;
    QString firstMonth; // yyyy-MM, the span shown
    QString lastMonth;
    QList<Share> shares; // the largest first, then "other" when there are more than topN
    double total = 0;    // all dimensions together
    int dimensions = 0;

    double share(const Share& part) const { return total != 0 ? part.value / total : 0; }

    // The metric over its last `months` months with figures per dimension (0: all), each
    // dimension's months combined by the metric's own rule (page views add up, a count of
    // people takes its last or highest month).
    static MetricBreakdown build(Workspace& workspace, const QString& metricKey, int months, int topN);
};

} // namespace stuurboord
