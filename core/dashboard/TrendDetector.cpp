#include "TrendDetector.h"

#include <cmath>

namespace stuurboord {

namespace {
struct Spread
{
    int count = 0;
    double mean = 0;
    double deviation = 0;
};

Spread spread(const TrendDetector::Values& values, qsizetype from, qsizetype to, qsizetype skip = -1)
{
    Spread result;
    double sum = 0;
    double squares = 0;
    for (qsizetype i = qMax<qsizetype>(0, from); i < to && i < values.size(); ++i) {
        if (i == skip || !values.at(i))
            continue;
        sum += *values.at(i);
        squares += *values.at(i) * *values.at(i);
        ++result.count;
    }
    if (result.count < 2)
        return result;
    result.mean = sum / result.count;
    const double variance = (squares - result.count * result.mean * result.mean) / (result.count - 1);
    result.deviation = std::sqrt(qMax(0.0, variance));
    return result;
}

std::optional<double> deviations(const TrendDetector::Values& values, qsizetype at, const Spread& around)
{
    if (around.count < 6 || around.deviation <= 0 || !values.value(at))
        return std::nullopt;
    return (*values.at(at) - around.mean) / around.deviation;
}
} // namespace

int TrendDetector::streak(const Values& values)
{
    int run = 0;
    for (qsizetype i = values.size() - 1; i > 0; --i) {
        if (!values.at(i) || !values.at(i - 1))
            break;
        const double change = *values.at(i) - *values.at(i - 1);
        const int step = change > 0 ? 1 : change < 0 ? -1 : 0;
        if (step == 0 || (run != 0 && (run > 0) != (step > 0)))
            break;
        run += step;
    }
    return run;
}

std::optional<double> TrendDetector::outlier(const Values& values)
{
    const qsizetype last = values.size() - 1;
    if (last < 1)
        return std::nullopt;
    const std::optional<double> z = deviations(values, last, spread(values, last - 12, last));
    if (!z || std::abs(*z) <= outlierDeviations)
        return std::nullopt;
    // A year earlier: against the periods around it (up to a year either side that exist).
    const qsizetype yearBefore = last - 12;
    if (yearBefore >= 0) {
        const std::optional<double> then
            = deviations(values, yearBefore, spread(values, yearBefore - 12, last, yearBefore));
        if (then && (*then > 0) == (*z > 0) && std::abs(*then) > seasonalDeviations)
            return std::nullopt;
    }
    return z;
}

bool TrendDetector::stopped(const Period& lastMonth, int monthsWithData, const QDate& asOf)
{
    const Period expected = Period::containing(asOf, Period::Kind::Month).previous().previous();
    return monthsWithData >= minimumStreak && lastMonth < expected
        && !(lastMonth < Period::containing(asOf.addYears(-1), Period::Kind::Month));
}

} // namespace stuurboord
