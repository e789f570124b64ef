#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QString>

namespace stuurboord {

enum class BenefitKind
{
    TimeSaved, // minutes per active user per month at an hourly cost
    FixedAmount // a yearly amount, e.g. a replaced system's licence
};
template <> const EnumSpec& enumSpec<BenefitKind>();

// One assumption behind the business case's estimated return, entered by the coordinator.
struct BenefitAssumption
{
    static const Entity<BenefitAssumption>& entity();

    qint64 id = 0;
    QString description;
    BenefitKind kind = BenefitKind::TimeSaved;
    double minutesPerUserMonth = 0;
    qint64 hourlyCostCents = 0;
    double sharePercent = 100; // of the active users that gain the time
    qint64 amountPerYearCents = 0;
};

} // namespace stuurboord
