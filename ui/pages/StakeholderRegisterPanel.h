#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace stuurboord {

class RecordTableView;
class StakeholderGrid;
class WorkspaceContext;

// The stakeholder register beside the influence/interest grid: who needs attention
// (no sponsor, lapsed contacts), where everyone stands, and the register filtered by
// quadrant, category or lapsed contact.
class StakeholderRegisterPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StakeholderRegisterPanel)

public:
    explicit StakeholderRegisterPanel(WorkspaceContext& context, QWidget* parent = nullptr);
    StakeholderGrid* grid() const { return m_grid; }
    RecordTableView* register_() const { return m_register; }
    QComboBox* quadrantFilter() const { return m_quadrant; }
    QComboBox* categoryFilter() const { return m_category; }
    QLabel* warnings() const { return m_warnings; }

private:
    void reload();
    void applyFilters();
    void openStakeholder(qint64 id);

    WorkspaceContext& m_context;
    StakeholderGrid* m_grid = nullptr;
    RecordTableView* m_register = nullptr;
    QComboBox* m_quadrant = nullptr;
    QComboBox* m_category = nullptr;
    QCheckBox* m_lapsedOnly = nullptr;
    QLabel* m_warnings = nullptr;
};

} // namespace stuurboord
