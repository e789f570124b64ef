#pragma once

#include "kpi/KpiChartData.h"

#include <QChartView>

namespace stuurboord {

// A KPI over time on screen (drawn by KpiChartBuilder): hovering a point tells its value,
// period and status; clicking one asks to add an event there; the range is the last 12 or
// 24 months or everything; the context menu exports or copies the chart.
class KpiChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiChart)

public:
    explicit KpiChart(QWidget* parent = nullptr);
    void setData(const KpiChartData& data);
    // Months to show (12, 24), or 0 for all; quarters and years count by their months.
    void setRangeMonths(int months);
    // One sentence for screen readers: span, latest value, status and target.
    QString summary() const;
    int rangeMonths() const { return m_months; }
    const KpiChartData& shown() const { return m_shown; }
    // What hovering the point of a period says.
    QString describe(int index) const;

signals:
    void periodClicked(const Period& period);

protected:
    void changeEvent(QEvent* event) override;

private:
    void redraw();
    void connectPoints();

    KpiChartData m_data;
    KpiChartData m_shown;
    int m_months = 24;
};

} // namespace stuurboord
