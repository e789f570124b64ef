#include "MetricAggregation.h"

#include "domain/Metric.h"

#include <algorithm>
#include <numeric>

namespace stuurboord {

std::optional<double> MetricAggregation::combine(Aggregation rule, const QList<double>& values)
{
    if (values.isEmpty())
        return std::nullopt;
    switch (rule) {
    case Aggregation::Sum:
        return std::accumulate(values.cbegin(), values.cend(), 0.0);
    case Aggregation::Last:
        return values.last();
    case Aggregation::Average:
        return std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
    case Aggregation::Max:
        return *std::max_element(values.cbegin(), values.cend());
    }
    return std::nullopt;
}

} // namespace stuurboord
