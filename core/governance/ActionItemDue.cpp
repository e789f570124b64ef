#include "ActionItemDue.h"

#include "domain/ActionItem.h"

namespace stuurboord {

bool ActionItemDue::isOpenOn(const ActionItem& item, const QDate& date)
{
    if (item.created.isValid() && item.created > date)
        return false;
    if (item.closed.isValid())
        return item.closed > date;
    return item.status == ActionStatus::Open || item.status == ActionStatus::InProgress;
}

bool ActionItemDue::isOverdueOn(const ActionItem& item, const QDate& date)
{
    return isOpenOn(item, date) && item.due.isValid() && item.due < date;
}

} // namespace stuurboord
