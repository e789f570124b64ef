#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace stuurboord {

class BudgetChart;
class BusinessCasePanel;
class WorkspaceContext;

// Budget: planned, committed, spent and left per line for the chosen year, with a chart,
// the warnings that keep phase two alive, the business case, next year's draft, and the
// years, lines and expenses themselves to edit.
class BudgetPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetPage)

public:
    explicit BudgetPage(WorkspaceContext& context, QWidget* parent = nullptr);
    void reload();
    // Copies the chosen year's lines into a draft of the next year (undoable).
    bool prepareNextYear();

    QComboBox* yearChoice() const { return m_year; }
    QTreeWidget* summary() const { return m_summary; }
    QLabel* warnings() const { return m_warnings; }
    BudgetChart* chart() const { return m_chart; }
    QTabWidget* tabs() const { return m_tabs; }
    BusinessCasePanel* businessCase() const { return m_businessCase; }

private:
    void showYear();
    void showWarnings(int year);

    WorkspaceContext& m_context;
    QComboBox* m_year = nullptr;
    QPushButton* m_nextYear = nullptr;
    QLabel* m_warnings = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_summary = nullptr;
    BudgetChart* m_chart = nullptr;
    BusinessCasePanel* m_businessCase = nullptr;
};

} // namespace stuurboord
