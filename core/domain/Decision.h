#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QString>

namespace stuurboord {

// One decision of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct Decision
{
    static const Entity<Decision>& entity();

    qint64 id = 0;
    qint64 meetingId = 0;
    QString text;
    QString notes;
};

} // namespace stuurboord
