#pragma once

#include <QWidget>

class QTabWidget;

namespace stuurboord {

class BacklogPanel;
class WishesPanel;
class WorkspaceContext;

// Backlog & wishes: the phase-two backlog (matrix and list) and the wishes inbox.
class BacklogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BacklogPage)

public:
    explicit BacklogPage(WorkspaceContext& context, QWidget* parent = nullptr);
    QTabWidget* tabs() const { return m_tabs; }
    BacklogPanel* backlog() const { return m_backlog; }
    WishesPanel* wishes() const { return m_wishes; }

private:
    QTabWidget* m_tabs = nullptr;
    BacklogPanel* m_backlog = nullptr;
    WishesPanel* m_wishes = nullptr;
};

} // namespace stuurboord
