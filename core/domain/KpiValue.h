#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDateTime>
#include <QString>

namespace stuurboord {

// One KPI value of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct KpiValue
{
    static const Entity<KpiValue>& entity();

    qint64 id = 0;
    qint64 kpiId = 0;
    QString period;
    double value = 0;
    int version = 1;
    QString note;
    QDateTime enteredAt;
};

} // namespace stuurboord
