#pragma once

#include "TrendSignal.h"

#include <QList>
#include <optional>

namespace stuurboord {

// The trend rules, on plain series so they can be tested on constructed figures.
//
// - Streak: the last three or more changes all went the same way (each period lower than the
//   one before, or each higher), counted back from the latest value without a gap.
// - Outlier: the latest value lies more than two standard deviations from the mean of the up
//   to twelve periods before it (at least six needed). When a year of history exists and the
//   same period a year earlier stood out the same way from the periods around it (more than
//   1.5 standard deviations: the summer or Christmas dip), it is the usual season, not a signal.
// - Stopped: a metric that arrived for at least three months has no figures for the month
//   before the last one ended (as of 15 November: nothing since August); older than a year
//   is history, not a signal.
class TrendDetector final
{
public:
    using Values = QList<std::optional<double>>; // one per period, oldest first; none = no value

    // +n when the last n changes all rose, −n when they all fell (n ≥ 1), 0 otherwise.
    static int streak(const Values& values);
    // How many standard deviations the latest value lies from the trailing twelve, when that
    // can be said and is not the usual season.
    static std::optional<double> outlier(const Values& values);
    // Whether a metric whose last figures are for lastMonth has stopped arriving by asOf.
    static bool stopped(const Period& lastMonth, int monthsWithData, const QDate& asOf);

    static constexpr int minimumStreak = 3;
    static constexpr double outlierDeviations = 2.0;
    static constexpr double seasonalDeviations = 1.5;
};

} // namespace stuurboord
