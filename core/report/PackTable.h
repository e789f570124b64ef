#pragma once

#include "kpi/KpiStatus.h"

#include <QList>
#include <QStringList>

namespace stuurboord {

// A table of a meeting pack as ready-made texts: the header row (repeated on every page the
// table spans), the rows, which columns hold figures (right-aligned) and, for a KPI table,
// the status of each row so the renderer can colour it.
struct PackTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> numericColumns;
    int statusColumn = -1;
    QList<KpiStatus> rowStatus; // per row, when statusColumn >= 0
    bool lastRowIsTotal = false;
    // Relative column widths (percent of the text width); empty for equal widths.
    QList<int> widths;
};

} // namespace stuurboord
