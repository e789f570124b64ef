#pragma once

#include "domain/BacklogItem.h"
#include "model/Outcome.h"

namespace stuurboord {

class Workspace;
struct Wish;

// What the coordinator does with a wish: consider it, move it to the phase-two backlog
// (a new backlog item that keeps where it came from) or decline it with a reason.
class WishInbox final
{
public:
    // The backlog item a wish would become, to be reviewed before it is created: the
    // wish's first sentence as title, the wish and its sender in the description.
    static BacklogItem draftFrom(const Wish& wish);
    // Creates `item` (origin: employee wish) and marks the wish moved to it, in one
    // transaction; `item.id` is set on success.
    static Outcome moveToBacklog(Workspace& workspace, qint64 wishId, BacklogItem& item);
    static Outcome decline(Workspace& workspace, qint64 wishId, const QString& reason);
    static Outcome markConsidered(Workspace& workspace, qint64 wishId);
};

} // namespace stuurboord
