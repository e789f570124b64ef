#pragma once

#include "kpi/ComparisonData.h"

#include <QWidget>
#include <memory>

class QChartView;
class QComboBox;
class QListWidget;
class QListWidgetItem;

namespace stuurboord {

class KpiEvaluator;
class ProblemLabel;
class WorkspaceContext;

// Two to four KPIs or metrics on one time axis: tick them in the list, and the chart shows
// them together (a second axis when units differ). The chart exports like every chart.
class CompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    explicit CompareView(WorkspaceContext& context, QWidget* parent = nullptr);
    ~CompareView() override;

    // Ticks a KPI (or metric) so it is compared; it stays ticked until unticked.
    void choose(const ComparisonData::Subject& subject);
    void setRangeMonths(int months);
    QListWidget* choices() const { return m_list; }
    QChartView* chartView() const { return m_chart; }
    const ComparisonData& shown() const { return m_shown; }
    // Reads the workspace again (done when shown after a change).
    void reload();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void redraw();

    WorkspaceContext& m_context;
    QListWidget* m_list = nullptr;
    QComboBox* m_range = nullptr;
    ProblemLabel* m_problem = nullptr;
    QChartView* m_chart = nullptr;
    QList<ComparisonData::Subject> m_subjects; // in the list's order
    QList<ComparisonData::Subject> m_ticked;   // in the order they were ticked
    std::unique_ptr<KpiEvaluator> m_evaluator; // read once per reload, for every redraw
    ComparisonData m_shown;
    bool m_stale = true;
    bool m_filling = false;
};

} // namespace stuurboord
