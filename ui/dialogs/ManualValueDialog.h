#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace stuurboord {

class ProblemLabel;
class WorkspaceContext;

// Enters a value measured by hand (a survey score) for a KPI and period, with a note.
// A percentage outside 0–100 asks for confirmation first. Saved as one undoable step.
class ManualValueDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualValueDialog)

public:
    ManualValueDialog(WorkspaceContext& context, qint64 kpiId, const QString& period, QWidget* parent = nullptr);
    void accept() override;
    bool hasManualKpis() const;
    // For tests: fill in the form without typing.
    void fill(const QString& period, double value, const QString& note);
    // For tests: how to answer the confirmation question instead of asking.
    void setConfirmationAnswer(bool confirm) { m_answer = confirm ? 1 : 0; }

private:
    bool confirm(const QString& question);

    WorkspaceContext& m_context;
    QComboBox* m_kpi = nullptr;
    QLineEdit* m_period = nullptr;
    QDoubleSpinBox* m_value = nullptr;
    QLineEdit* m_note = nullptr;
    ProblemLabel* m_problem = nullptr;
    int m_answer = -1; // -1: ask the user
};

} // namespace stuurboord
