#include "SponsorCheck.h"

#include "domain/Stakeholder.h"

#include <QCoreApplication>

namespace stuurboord {

QStringList SponsorCheck::warnings(const QList<Stakeholder>& stakeholders)
{
    QStringList weakSponsors;
    for (const Stakeholder& stakeholder : stakeholders) {
        if (stakeholder.category != StakeholderCategory::Sponsor)
            continue;
        if (stakeholder.influence >= boardLevelInfluence)
            return {};
        weakSponsors << stakeholder.name;
    }
    if (weakSponsors.isEmpty()) {
        return {QCoreApplication::translate("Governance",
            "No sponsor: nobody at board or management level is marked as the intranet's "
            "sponsor. Without one, the intranet drifts once the project ends.")};
    }
    return {QCoreApplication::translate("Governance",
        "The sponsor (%1) has influence below board or management level (%2 of 5 or more "
        "needed). Look for a sponsor who can decide on budget and priorities.")
                .arg(weakSponsors.join(QStringLiteral(", ")))
                .arg(boardLevelInfluence)};
}

} // namespace stuurboord
