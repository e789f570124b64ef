#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <optional>
#include <QString>

namespace stuurboord {

enum class TargetKind
{
    AtLeast,
    AtMost,
    IncreaseTo,
    DecreaseTo,
    Band
};
template <> const EnumSpec& enumSpec<TargetKind>();

enum class TargetPath
{
    Step,
    Linear
};
template <> const EnumSpec& enumSpec<TargetPath>();

// One target of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct KpiTarget
{
    static const Entity<KpiTarget>& entity();

    qint64 id = 0;
    qint64 kpiId = 0;
    QString period;
    TargetKind kind = TargetKind::AtLeast;
    TargetPath path = TargetPath::Step;
    double value = 0;
    std::optional<double> upperValue;
};

} // namespace stuurboord
