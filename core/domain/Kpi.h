#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDate>
#include <QString>

namespace stuurboord {

enum class KpiUnit
{
    Percentage,
    Count,
    Score,
    Ratio,
    Euro,
    Seconds
};
template <> const EnumSpec& enumSpec<KpiUnit>();

enum class Direction
{
    HigherIsBetter,
    LowerIsBetter,
    WithinBand
};
template <> const EnumSpec& enumSpec<Direction>();

enum class KpiSource
{
    Formula,
    Manual
};
template <> const EnumSpec& enumSpec<KpiSource>();

enum class Frequency
{
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly
};
template <> const EnumSpec& enumSpec<Frequency>();

enum class KpiLifecycle
{
    Draft,
    Active,
    UnderReview,
    Retired
};
template <> const EnumSpec& enumSpec<KpiLifecycle>();

// One KPI of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct Kpi
{
    static const Entity<Kpi>& entity();

    qint64 id = 0;
    QString name;
    QString description;
    qint64 goalId = 0;
    qint64 ownerId = 0;
    KpiUnit unit = KpiUnit::Count; // the KPI editor derives it from the formula
    Direction direction = Direction::HigherIsBetter;
    KpiSource source = KpiSource::Formula;
    QString formula;
    Frequency frequency = Frequency::Monthly;
    KpiLifecycle lifecycle = KpiLifecycle::Draft;
    QString retiredReason;
    QDate nextReview;
    int version = 1;
};

} // namespace stuurboord
