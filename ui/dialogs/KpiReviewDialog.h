#pragma once

#include "domain/Kpi.h"
#include "kpi/KpiOperations.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace stuurboord {

class ProblemLabel;
class WorkspaceContext;

// The periodic KPI review: keep the KPI, change it (a new version) or retire it, always
// with a reason, and set the next review date. Saved as one undoable step.
class KpiReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiReviewDialog)

public:
    KpiReviewDialog(WorkspaceContext& context, const Kpi& kpi, QWidget* parent = nullptr);
    void accept() override;
    // For tests: choose the outcome and reason without clicking.
    void setOutcome(KpiOperations::ReviewOutcome outcome, const QString& reason);

private:
    WorkspaceContext& m_context;
    Kpi m_kpi;
    QComboBox* m_outcome = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QDateEdit* m_nextReview = nullptr;
    ProblemLabel* m_problem = nullptr;
};

} // namespace stuurboord
