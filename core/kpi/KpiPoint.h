#pragma once

#include "KpiStatus.h"
#include "Period.h"
#include "TargetSchedule.h"

#include <QList>
#include <QString>
#include <optional>

namespace stuurboord {

// A KPI in one period: its value (or why there is none), the target, the status its
// threshold rules give, which rules it crosses and which definition version produced it.
struct KpiPoint
{
    Period period;
    std::optional<double> value;
    QString reason; // why there is no value
    std::optional<TargetSchedule::Target> target;
    KpiStatus status = KpiStatus::NoData;
    QList<qint64> crossedRules;
    int version = 1;
    bool recorded = false; // a stored value (manual entry or frozen by a definition change)
    bool manual = false;   // entered by hand (a survey score), not computed from imports
};

} // namespace stuurboord
