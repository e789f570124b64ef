#pragma once

#include "Period.h"
#include "domain/KpiTarget.h"

#include <QList>
#include <optional>

namespace stuurboord {

// The target that applies to a KPI in a period. Each target applies from its period
// onwards (a step); a target with a linear path is reached gradually, month by month,
// from the previous target's value.
class TargetSchedule final
{
public:
    struct Target
    {
        TargetKind kind = TargetKind::AtLeast;
        double value = 0;
        std::optional<double> upper;
    };

    explicit TargetSchedule(QList<KpiTarget> targets);
    std::optional<Target> at(const Period& period) const;
    static bool isMet(const Target& target, double value);

private:
    QList<KpiTarget> m_targets; // sorted by period
    QList<Period> m_periods;    // each target's period, parsed once (at() runs per point)
};

} // namespace stuurboord
