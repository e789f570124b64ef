#pragma once

#include "PackBlock.h"

#include <QDate>
#include <QStringList>

namespace stuurboord {

class PackContext;
struct ActionItem;

// The sections about meetings and actions as they stood on the pack's date: the fired
// follow-up actions, the previous meeting's decisions and action items, the other open
// action items, what comes next; and the participants for the cover.
class PackMeetingParts final
{
public:
    static PackPart followUps(const PackContext& context);
    static PackPart previousMeeting(const PackContext& context);
    static PackPart upcoming(const PackContext& context);
    // "Name, role" of everyone invited to the meeting's series.
    static QStringList participants(const PackContext& context);
    // The first meeting after the pack's date (of the same series for a meeting).
    static QDate nextMeeting(const PackContext& context);
    // How an action item stood on a date: "open", "overdue since …", "done on …".
    static QString stateOn(const ActionItem& action, const QDate& date);
};

} // namespace stuurboord
