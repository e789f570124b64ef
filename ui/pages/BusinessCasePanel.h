#pragma once

#include <QWidget>

class QLabel;

namespace stuurboord {

class RecordTableView;
class WorkspaceContext;

// The business case of a budget year: cost, cost per active user and the estimated
// return, each assumption in a sentence, above the benefit assumptions to edit.
class BusinessCasePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusinessCasePanel)

public:
    explicit BusinessCasePanel(WorkspaceContext& context, QWidget* parent = nullptr);
    void showYear(int year);
    QLabel* summary() const { return m_summary; }
    RecordTableView* assumptions() const { return m_assumptions; }

private:
    WorkspaceContext& m_context;
    int m_year = 0;
    QLabel* m_summary = nullptr;
    RecordTableView* m_assumptions = nullptr;
};

} // namespace stuurboord
