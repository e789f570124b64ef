#pragma once

#include "TrendSignal.h"

#include <QList>

namespace stuurboord {

class KpiEvaluator;
class Workspace;

// The trend signals of a workspace as of the evaluator's date, with one sentence each: every
// measured KPI and every metric's organisation total, by the rules of TrendDetector. Signals
// the coordinator dismissed are left out.
class TrendSignals final
{
public:
    static QList<TrendSignal> collect(Workspace& workspace, const KpiEvaluator& evaluator);
};

} // namespace stuurboord
