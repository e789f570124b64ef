#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QProgressBar;
class QLabel;
class QTreeWidget;

namespace stuurboord {

class FigureTile;
class MetricChart;
class WorkspaceContext;

// The first page after opening: the latest usage figures and how they moved, what needs
// action, upcoming meetings and how much of this year's budget is used.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(WorkspaceContext& context, QWidget* parent = nullptr);
    void reload();
    QTreeWidget* kpiList() const { return m_kpis; }

private:
    void reloadFigures();
    void reloadKpis();
    void reloadActions();
    void reloadMeetings();
    void reloadBudget();

    WorkspaceContext& m_context;
    QList<FigureTile*> m_tiles;
    MetricChart* m_chart = nullptr;
    QTreeWidget* m_kpis = nullptr;
    QTreeWidget* m_actions = nullptr;
    QTreeWidget* m_meetings = nullptr;
    QProgressBar* m_budget = nullptr;
    QLabel* m_budgetText = nullptr;
};

} // namespace stuurboord
