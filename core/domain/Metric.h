#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QString>

namespace stuurboord {

enum class MetricUnit
{
    Count,
    Percentage,
    Seconds,
    Bytes,
    Euro,
    Score
};
template <> const EnumSpec& enumSpec<MetricUnit>();

enum class Aggregation
{
    Sum,
    Last,
    Average,
    Max
};
template <> const EnumSpec& enumSpec<Aggregation>();

// One metric of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct Metric
{
    static const Entity<Metric>& entity();

    qint64 id = 0;
    QString key;
    QString name;
    MetricUnit unit = MetricUnit::Count;
    Aggregation aggregation = Aggregation::Sum;
    QString description;
};

} // namespace stuurboord
