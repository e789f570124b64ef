#pragma once

#include "AttentionItem.h"

#include <QList>

namespace stuurboord {

class KpiEvaluator;
class Workspace;

// Everything that asks for the coordinator's attention as of a date, most urgent first: the
// dashboard's "Action needed", and the source for a meeting's proposed agenda. Each kind is
// one small function in the .cpp, listed in one table; nothing here looks at today's date.
class AttentionCollector final
{
public:
    static QList<AttentionItem> collect(Workspace& workspace, const QDate& asOf);
    // The same with an evaluator the caller already built (for the same asOf).
    static QList<AttentionItem> collect(Workspace& workspace, const KpiEvaluator& evaluator);
};

} // namespace stuurboord
