#pragma once

#include <QWidget>

class QComboBox;
class QTreeWidget;

namespace stuurboord {

class WorkspaceContext;

// Budget: planned against spent per line for the chosen year, and the years, lines and
// expenses themselves to edit.
class BudgetPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetPage)

public:
    explicit BudgetPage(WorkspaceContext& context, QWidget* parent = nullptr);
    void reload();

private:
    void showYear();

    WorkspaceContext& m_context;
    QComboBox* m_year = nullptr;
    QTreeWidget* m_summary = nullptr;
};

} // namespace stuurboord
