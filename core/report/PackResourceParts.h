#pragma once

#include "PackBlock.h"

namespace stuurboord {

class PackContext;

// The sections about money, work and use: the budget as spent up to the pack's date, the
// top of the phase-two backlog (as it is now: the backlog keeps no history) and the usage
// figures of the last complete month.
class PackResourceParts final
{
public:
    static PackPart budget(const PackContext& context);
    static PackPart backlog(const PackContext& context);
    static PackPart usage(const PackContext& context);
    static constexpr int backlogRows = 8;
};

} // namespace stuurboord
