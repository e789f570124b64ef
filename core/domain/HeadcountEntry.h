#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QString>

namespace stuurboord {

// One headcount month of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct HeadcountEntry
{
    static const Entity<HeadcountEntry>& entity();

    qint64 id = 0;
    QString month;
    int employees = 1;
};

} // namespace stuurboord
