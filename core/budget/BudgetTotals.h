#pragma once

#include "storage/queries/BudgetQueries.h"

namespace stuurboord {

// The lines of one budget year and their sum: planned, committed, spent and left.
struct BudgetTotals
{
    int year = 0;
    bool draft = false;
    QList<BudgetQueries::Line> lines;
    BudgetQueries::Line total;

    static BudgetTotals forYear(const BudgetQueries& queries, int year);
};

} // namespace stuurboord
