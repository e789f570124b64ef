#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QString>

namespace stuurboord {

// One budget year of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct BudgetYear
{
    static const Entity<BudgetYear>& entity();

    qint64 id = 0;
    int year = 2000;
    QString notes;
    // Prepared from the year before and not yet approved.
    bool draft = false;
};

} // namespace stuurboord
