#pragma once

#include <QWidget>

class QTabWidget;

namespace stuurboord {

class CompareView;
class GoalsPanel;
class KpiPanel;
class WorkspaceContext;

// Goals & KPIs: goals with what measures and serves them, the KPIs with their values per
// period, and the targets, threshold rules and change log behind them.
class GoalsKpisPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalsKpisPage)

public:
    explicit GoalsKpisPage(WorkspaceContext& context, QWidget* parent = nullptr);
    QTabWidget* tabs() const { return m_tabs; }
    GoalsPanel* goals() const { return m_goals; }
    KpiPanel* kpis() const { return m_kpis; }
    CompareView* compare() const { return m_compare; }
    // Shows a record of this page: a goal or KPI (selected), or a target or threshold rule;
    // "compare" opens the comparison, with the KPI of that id ticked when there is one.
    void showRecord(const QString& table, qint64 id);

private:
    QTabWidget* m_tabs = nullptr;
    GoalsPanel* m_goals = nullptr;
    KpiPanel* m_kpis = nullptr;
    CompareView* m_compare = nullptr;
};

} // namespace stuurboord
