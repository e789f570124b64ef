#pragma once

#include "model/Outcome.h"

namespace stuurboord {

class Workspace;

// Preparing next year's budget: the lines of a year copied, with their planned amounts, as
// a draft of the year after, for the steering group to adjust and approve.
class BudgetPlanning final
{
public:
    // Creates year fromYear + 1 as a draft with a copy of every line of fromYear (no
    // expenses). Refuses when that year exists already or fromYear has no lines.
    static Outcome prepareNextYear(Workspace& workspace, int fromYear, qint64* newYearId = nullptr);
};

} // namespace stuurboord
