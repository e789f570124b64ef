#pragma once

#include <QList>
#include <optional>

namespace stuurboord {

enum class Aggregation;

// How several values of one metric become one: within a month (several export windows)
// and over the months of a quarter or year. Flows add up; stocks take the last, the
// average or the highest value.
class MetricAggregation final
{
public:
    // Values in time order; no value for an empty list.
    static std::optional<double> combine(Aggregation rule, const QList<double>& values);
};

} // namespace stuurboord
