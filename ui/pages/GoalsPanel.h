#pragma once

#include <QWidget>

class QTreeWidget;

namespace stuurboord {

class RecordTableView;
class WorkspaceContext;

// The goals, and for the chosen goal the KPIs that measure it (with their current status),
// its sub-goals and the backlog items that serve it.
class GoalsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalsPanel)

public:
    explicit GoalsPanel(WorkspaceContext& context, QWidget* parent = nullptr);
    RecordTableView* list() const { return m_list; }
    QTreeWidget* detail() const { return m_detail; }
    void showGoal(qint64 id);

private:
    WorkspaceContext& m_context;
    RecordTableView* m_list = nullptr;
    QTreeWidget* m_detail = nullptr;
    qint64 m_shown = 0;
};

} // namespace stuurboord
