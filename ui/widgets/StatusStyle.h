#pragma once

#include "kpi/KpiStatus.h"

#include <QColor>
#include <QString>

namespace stuurboord {

// How a KPI status looks everywhere: the same words and colours on every page.
class StatusStyle final
{
public:
    static QString text(KpiStatus status);
    static QColor colour(KpiStatus status);
};

} // namespace stuurboord
