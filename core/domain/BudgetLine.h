#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QString>

namespace stuurboord {

enum class BudgetCategory
{
    Licences,
    PhaseTwo,
    Workshops,
    Inspiration,
    Communication,
    Consultancy,
    Other
};
template <> const EnumSpec& enumSpec<BudgetCategory>();

// One budget line of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct BudgetLine
{
    static const Entity<BudgetLine>& entity();

    qint64 id = 0;
    qint64 yearId = 0;
    BudgetCategory category = BudgetCategory::Licences;
    QString description;
    qint64 plannedCents = 0;
};

} // namespace stuurboord
