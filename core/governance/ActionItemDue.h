#pragma once

#include <QDate>

namespace stuurboord {

struct ActionItem;

// Whether an action item was open, and overdue, on a date. Items carry the dates they
// were created and closed, so "open on 1 September" is answered as it was then.
class ActionItemDue final
{
public:
    static bool isOpenOn(const ActionItem& item, const QDate& date);
    static bool isOverdueOn(const ActionItem& item, const QDate& date);
};

} // namespace stuurboord
