#pragma once

#include "kpi/MetricBreakdown.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QTreeWidget;

namespace stuurboord {

class WorkspaceContext;

// A metric by dimension: choose a metric with figures per site or department and a span
// of months, and see the largest few plus "other" as bars and in a table with their shares.
class MetricExplorer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricExplorer)

public:
    explicit MetricExplorer(WorkspaceContext& context, QWidget* parent = nullptr);

    // Months to cover (1, 3, 12), or 0 for all; how many to name before "other".
    void showMetric(const QString& metricKey, int months, int topN);
    const MetricBreakdown& shown() const { return m_shown; }
    QChartView* chartView() const { return m_chart; }
    QTreeWidget* table() const { return m_table; }
    QComboBox* metrics() const { return m_metric; }
    void reload();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void redraw();

    WorkspaceContext& m_context;
    QComboBox* m_metric = nullptr;
    QComboBox* m_span = nullptr;
    QSpinBox* m_top = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_chart = nullptr;
    QTreeWidget* m_table = nullptr;
    MetricBreakdown m_shown;
    bool m_stale = true;
    bool m_filling = false;
};

} // namespace stuurboord
