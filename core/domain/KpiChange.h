#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDateTime>
#include <QString>

namespace stuurboord {

// One KPI change of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct KpiChange
{
    static const Entity<KpiChange>& entity();

    qint64 id = 0;
    qint64 kpiId = 0;
    int version = 1;
    QDateTime changedAt;
    QString author;
    QString what;
    QString why;
};

} // namespace stuurboord
