#include "ContactLapse.h"

#include "domain/Stakeholder.h"
#include "i18n/DateWords.h"
#include "model/EnumSpec.h"

#include <algorithm>
#include <QCoreApplication>
#include <limits>

namespace stuurboord {

int ContactLapse::months(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Monthly:
        return 1;
    case Cadence::Quarterly:
        return 3;
    case Cadence::HalfYearly:
        return 6;
    case Cadence::Yearly:
        return 12;
    case Cadence::None:
        break;
    }
    return 0;
}

QDate ContactLapse::nextContactDue(const Stakeholder& stakeholder)
{
    const int interval = months(stakeholder.cadence);
    if (interval == 0 || !stakeholder.lastContact.isValid())
        return {};
    return stakeholder.lastContact.addMonths(interval);
}

bool ContactLapse::isLapsed(const Stakeholder& stakeholder, const QDate& asOf)
{
    if (months(stakeholder.cadence) == 0)
        return false;
    // Contact recorded after the date we judge does not count for that date.
    if (!stakeholder.lastContact.isValid() || stakeholder.lastContact > asOf)
        return true;
    return nextContactDue(stakeholder) < asOf;
}

QList<ContactLapse::Lapse> ContactLapse::find(
    const QList<Stakeholder>& stakeholders, const QDate& asOf)
{
    QList<Lapse> lapses;
    for (const Stakeholder& stakeholder : stakeholders) {
        if (!isLapsed(stakeholder, asOf))
            continue;
        Lapse lapse;
        lapse.stakeholderId = stakeholder.id;
        lapse.name = stakeholder.name;
        lapse.cadenceLabel = enumLabel(stakeholder.cadence);
        if (stakeholder.lastContact.isValid() && stakeholder.lastContact <= asOf) {
            lapse.lastContact = stakeholder.lastContact;
            lapse.due = nextContactDue(stakeholder);
            lapse.daysOverdue = static_cast<int>(lapse.due.daysTo(asOf));
        } else {
            lapse.daysOverdue = std::numeric_limits<int>::max();
        }
        lapses << lapse;
    }
    std::stable_sort(lapses.begin(), lapses.end(),
        [](const Lapse& a, const Lapse& b) { return a.daysOverdue > b.daysOverdue; });
    return lapses;
}

QString ContactLapse::Lapse::sentence() const
{
    const QString& agreed = cadenceLabel;
    if (!lastContact.isValid()) {
        return QCoreApplication::translate("Governance",
            "No contact with %1 recorded yet (%2 agreed).")
            .arg(name, agreed);
    }
    return QCoreApplication::translate("Governance",
        "No contact with %1 since %2 (%3 agreed; due %4).")
        .arg(name, DateWords::day(lastContact),
            agreed, DateWords::day(due));
}

} // namespace stuurboord
