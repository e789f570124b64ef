#pragma once

#include "model/Outcome.h"

#include <QDate>

namespace stuurboord {

class DemoContext;

// Writes the KPI set of the demo: KPIs ("kpi:<key>"), targets, threshold rules
// ("rule:<kpi>:<status>"), survey scores, the change log and the action items that fired
// rules created. Needs stakeholders, goals and metrics.
class DemoKpiWriter final
{
public:
    static Outcome write(DemoContext& context);

private:
    static Outcome writeKpis(DemoContext& context);
    static Outcome writeTargets(DemoContext& context);
    static Outcome writeRules(DemoContext& context);
    static Outcome activateKpis(DemoContext& context);
    static Outcome writeSurveyScores(DemoContext& context);
    static Outcome writeChanges(DemoContext& context);
    static Outcome writeFiredActions(DemoContext& context);
    static Outcome freezeFirstVersion(DemoContext& context, const QDate& changedOn);
};

} // namespace stuurboord
