#pragma once

#include <QList>
#include <QStringList>

namespace stuurboord {

struct Stakeholder;

// "No sponsor": an intranet without a sponsor at board or management level drifts. Warns
// when nobody is marked sponsor, and when every sponsor lacks the influence of that level.
class SponsorCheck final
{
public:
    // Influence from which a sponsor counts as board or management level.
    static constexpr int boardLevelInfluence = 4;

    // One sentence per problem; empty when a sponsor at board or management level exists.
    static QStringList warnings(const QList<Stakeholder>& stakeholders);
};

} // namespace stuurboord
