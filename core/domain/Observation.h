#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDate>
#include <QString>

namespace stuurboord {

// One observation of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct Observation
{
    static const Entity<Observation>& entity();

    qint64 id = 0;
    qint64 metricId = 0;
    QString period;
    QDate windowStart;
    QDate windowEnd;
    QString dimension;
    double value = 0;
    qint64 batchId = 0;
};

} // namespace stuurboord
