#pragma once

#include "kpi/KpiPoint.h"

#include <QChartView>

namespace stuurboord {

// A KPI over time: its values, the target line, and a dashed mark where the definition
// changed (a new version), so nobody compares figures across a definition change unaware.
class KpiChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiChart)

public:
    explicit KpiChart(QWidget* parent = nullptr);
    void show(const QString& title, const QList<KpiPoint>& points);
};

} // namespace stuurboord
