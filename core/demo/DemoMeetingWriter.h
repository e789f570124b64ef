#pragma once

#include "model/Outcome.h"

namespace stuurboord {

class DemoContext;

// Writes the quarterly steering group: the series, its participants, eight past meetings
// with minutes, decisions and action items, and the upcoming meeting. Needs stakeholders.
class DemoMeetingWriter final
{
public:
    static Outcome write(DemoContext& context);
};

} // namespace stuurboord
