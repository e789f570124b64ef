#include "RowAttention.h"

#include "ActionItemDue.h"
#include "ContactLapse.h"
#include "domain/ActionItem.h"
#include "domain/Stakeholder.h"

#include <QCoreApplication>

namespace stuurboord {

bool RowAttention::applies(const TableSpec& spec)
{
    return &spec == &ActionItem::entity().spec() || &spec == &Stakeholder::entity().spec();
}

QString RowAttention::of(const TableSpec& spec, const Record& record, const QDate& asOf)
{
    if (&spec == &ActionItem::entity().spec()) {
        if (ActionItemDue::isOverdueOn(ActionItem::entity().fromRecord(record), asOf))
            return QCoreApplication::translate("Governance", "Overdue");
    } else if (&spec == &Stakeholder::entity().spec()) {
        if (ContactLapse::isLapsed(Stakeholder::entity().fromRecord(record), asOf))
            return QCoreApplication::translate("Governance", "Contact lapsed");
    }
    return {};
}

QString RowAttention::columnTitle()
{
    return QCoreApplication::translate("Governance", "Attention");
}

} // namespace stuurboord
