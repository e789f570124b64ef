#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"
#include "Stakeholder.h"

#include <QString>

namespace stuurboord {

// One meeting series of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct MeetingSeries
{
    static const Entity<MeetingSeries>& entity();

    qint64 id = 0;
    QString title;
    Cadence cadence = Cadence::None;
    qint64 chairId = 0;
    QString purpose;
};

} // namespace stuurboord
