#pragma once

#include "model/Outcome.h"

namespace stuurboord {

class DemoContext;

// Writes who backs the intranet and what was agreed with them: stakeholders (ids under
// "stakeholder:<key>"), goals ("goal:<key>") and usage agreements.
class DemoPeopleWriter final
{
public:
    static Outcome writeStakeholders(DemoContext& context);
    static Outcome writeGoals(DemoContext& context);
    static Outcome writeAgreements(DemoContext& context);
};

} // namespace stuurboord
