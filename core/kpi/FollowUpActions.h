#pragma once

#include "model/Outcome.h"

namespace stuurboord {

class KpiEvaluator;
class Workspace;

// Turns fired threshold rules into action items: one open action per breach episode,
// owned and timed as agreed in the rule, closed automatically once the KPI has been back
// on track for the rule's number of moments.
class FollowUpActions final
{
public:
    struct Result
    {
        int created = 0;
        int closed = 0;
        Outcome outcome;
    };

    static Result synchronise(Workspace& workspace, const KpiEvaluator& evaluator);
};

} // namespace stuurboord
