#pragma once

#include <QWidget>

class QComboBox;

namespace stuurboord {

class BacklogMatrixWidget;
class RecordTableView;
class WorkspaceContext;

// The phase-two backlog: the value/effort matrix beside the list, both filtered by status,
// priority and goal. Clicking an item in the matrix opens it.
class BacklogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BacklogPanel)

public:
    explicit BacklogPanel(WorkspaceContext& context, QWidget* parent = nullptr);
    BacklogMatrixWidget* matrix() const { return m_matrix; }
    RecordTableView* list() const { return m_list; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* priorityFilter() const { return m_priority; }
    QComboBox* goalFilter() const { return m_goal; }
    // Selects the item in the list and opens its form.
    void openItem(qint64 id);

private:
    void reloadGoals();
    void applyFilters();

    WorkspaceContext& m_context;
    BacklogMatrixWidget* m_matrix = nullptr;
    RecordTableView* m_list = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_goal = nullptr;
};

} // namespace stuurboord
