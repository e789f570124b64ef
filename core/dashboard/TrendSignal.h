#pragma once

#include "kpi/Period.h"

#include <QString>

namespace stuurboord {

// A trend the coordinator should spot before the sponsor does: a KPI or metric falling or
// rising for several periods in a row, a period far outside its usual range, or a metric that
// stopped arriving. The rules are in TrendDetector (and the README).
struct TrendSignal
{
    enum class Kind
    {
        Falling,
        Rising,
        Outlier,
        Stopped
    };

    Kind kind = Kind::Falling;
    qint64 kpiId = 0;   // the KPI it is about, or 0 for a metric
    qint64 metricId = 0; // the metric it is about, or 0 for a KPI
    QString metricKey;
    QString subject;    // the KPI's or metric's name
    Period period;      // the period it is about (the latest one of a streak)
    int length = 0;     // periods in a row, for a streak
    QString text;       // one sentence in the user's language
    bool worrying = true; // moving the wrong way (falling usage, a KPI leaving its target)

    // Stable over reloads, different for a later period: what a dismissal remembers.
    QString key() const;
};

} // namespace stuurboord
