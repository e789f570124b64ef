#pragma once

#include <QWidget>

class QTabWidget;

namespace stuurboord {

class MeetingsPanel;
class StakeholderRegisterPanel;
class WorkspaceContext;

// Keeping sponsors and stakeholders on board: the register beside the influence/interest
// grid, the meetings, and the decisions, action items, agreements and series.
class StakeholdersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StakeholdersPage)

public:
    explicit StakeholdersPage(WorkspaceContext& context, QWidget* parent = nullptr);
    QTabWidget* tabs() const { return m_tabs; }
    StakeholderRegisterPanel* registerPanel() const { return m_register; }
    MeetingsPanel* meetings() const { return m_meetings; }

private:
    QTabWidget* m_tabs = nullptr;
    StakeholderRegisterPanel* m_register = nullptr;
    MeetingsPanel* m_meetings = nullptr;
};

} // namespace stuurboord
