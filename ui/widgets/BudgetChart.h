#pragma once

#include "storage/queries/BudgetQueries.h"

#include <QChartView>

namespace stuurboord {

// Planned, committed and spent per budget line as horizontal bars, in thousands of euros,
// so a line whose committed and spent bars together outrun its planned bar stands out.
class BudgetChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetChart)

public:
    explicit BudgetChart(QWidget* parent = nullptr);
    void show(int year, const QList<BudgetQueries::Line>& lines);
};

} // namespace stuurboord
