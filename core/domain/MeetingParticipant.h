#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

namespace stuurboord {

// One participant of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct MeetingParticipant
{
    static const Entity<MeetingParticipant>& entity();

    qint64 id = 0;
    qint64 seriesId = 0;
    qint64 stakeholderId = 0;
};

} // namespace stuurboord
