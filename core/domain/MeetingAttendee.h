#pragma once

#include "model/Entity.h"

namespace stuurboord {

// A stakeholder who attended one meeting (the series' participants are those invited).
struct MeetingAttendee
{
    static const Entity<MeetingAttendee>& entity();

    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 stakeholderId = 0;
};

} // namespace stuurboord
