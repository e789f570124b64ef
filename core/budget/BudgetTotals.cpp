#include "BudgetTotals.h"

namespace stuurboord {

BudgetTotals BudgetTotals::forYear(const BudgetQueries& queries, int year)
{
    BudgetTotals totals;
    totals.year = year;
    totals.draft = queries.isDraft(year);
    totals.lines = queries.lines(year);
    for (const BudgetQueries::Line& line : std::as_const(totals.lines)) {
        totals.total.plannedCents += line.plannedCents;
        totals.total.committedCents += line.committedCents;
        totals.total.spentCents += line.spentCents;
    }
    return totals;
}

} // namespace stuurboord
