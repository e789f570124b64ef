#pragma once

#include "domain/BudgetLine.h"
#include "model/Outcome.h"

namespace stuurboord {

class DemoContext;

// Writes two budget years (lastMonth's year and the one before) with their lines
// ("line:<year offset>:<category>") and the expenses booked so far: last year mostly
// spent, this year up to lastMonth.
class DemoBudgetWriter final
{
public:
    static Outcome write(DemoContext& context);
    // The context key of a budget line, for rows that are booked on it.
    static QString lineKey(int yearOffset, BudgetCategory category);

private:
    // The business case's benefit assumptions.
    static Outcome writeBenefits(DemoContext& context);
};

} // namespace stuurboord
