#pragma once

#include "PackBlock.h"

#include <QList>

namespace stuurboord {

class PackContext;
struct KpiChartData;

// The sections about the KPIs, as of the pack's date: the written summary, the KPI table,
// one chart per KPI, the goals and the trend signals.
class PackKpiParts final
{
public:
    static PackPart summary(const PackContext& context);
    static PackPart table(const PackContext& context);
    static PackPart charts(const PackContext& context, QList<KpiChartData>& charts);
    static PackPart goals(const PackContext& context);
    static PackPart trends(const PackContext& context);
    // "October 2026": the latest period the KPI figures are from; empty when none.
    static QString latestPeriod(const PackContext& context);
};

} // namespace stuurboord
