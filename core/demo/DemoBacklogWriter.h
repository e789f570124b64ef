#pragma once

#include "model/Outcome.h"

namespace stuurboord {

class DemoContext;

// Writes the phase-two backlog and the wishes colleagues left, some of which became
// backlog items. Needs goals and budget lines.
class DemoBacklogWriter final
{
public:
    static Outcome write(DemoContext& context);

private:
    static Outcome writeBacklog(DemoContext& context);
    static Outcome writeWishes(DemoContext& context);
};

} // namespace stuurboord
