#pragma once

#include "model/ValidationIssue.h"

#include <QList>

namespace stuurboord {

struct Record;
class RecordStore;

// "Only measure what you plan to act on": a KPI may only be active when at least one of
// its threshold rules carries a follow-up action with an owner.
class KpiActivationRule final
{
public:
    static QList<ValidationIssue> check(const Record& kpi, const RecordStore& store);
};

} // namespace stuurboord
