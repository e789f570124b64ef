#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QString>

namespace stuurboord {

enum class ThresholdStatus
{
    AtRisk,
    OffTrack
};
template <> const EnumSpec& enumSpec<ThresholdStatus>();

// One threshold rule of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct ThresholdRule
{
    static const Entity<ThresholdRule>& entity();

    qint64 id = 0;
    qint64 kpiId = 0;
    ThresholdStatus status = ThresholdStatus::AtRisk;
    double boundary = 0;
    int consecutive = 1;
    QString action;
    qint64 actionOwnerId = 0;
    int actionDays = 0;
};

} // namespace stuurboord
