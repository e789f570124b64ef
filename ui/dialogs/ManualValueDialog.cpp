#include "ManualValueDialog.h"

#include "WorkspaceContext.h"
#include "commands/SnapshotCommand.h"
#include "domain/Kpi.h"
#include "domain/KpiValue.h"
#include "kpi/KpiOperations.h"
#include "storage/Workspace.h"
#include "widgets/ProblemLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace stuurboord {

ManualValueDialog::ManualValueDialog(WorkspaceContext& context, qint64 kpiId, const QString& period, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Enter a measured value"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kpi = new QComboBox(this);
    for (const Kpi& kpi : context.workspace().repository<Kpi>().all()) {
        if (kpi.source == KpiSource::Manual && kpi.lifecycle != KpiLifecycle::Retired)
            m_kpi->addItem(kpi.name, kpi.id);
    }
    m_kpi->setCurrentIndex(qMax(0, m_kpi->findData(kpiId)));
    m_period = new QLineEdit(period, this);
    m_period->setPlaceholderText(QStringLiteral("2026-Q3"));
    m_value = new QDoubleSpinBox(this);
    m_value->setRange(-1e9, 1e9);
    m_value->setDecimals(2);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("For example: survey of March, 412 respondents"));
    form->addRow(tr("KPI"), m_kpi);
    form->addRow(tr("Period"), m_period);
    form->addRow(tr("Value"), m_value);
    form->addRow(tr("Note"), m_note);
    m_kpi->setAccessibleName(tr("KPI"));
    m_period->setAccessibleName(tr("Period"));
    m_value->setAccessibleName(tr("Value"));
    m_note->setAccessibleName(tr("Note"));
    layout->addLayout(form);
    m_problem = new ProblemLabel(this);
    if (m_kpi->count() == 0)
        m_problem->showProblem(tr("There are no KPIs measured by hand. Add a KPI with source “manual entry” first."));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ManualValueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ManualValueDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

bool ManualValueDialog::hasManualKpis() const
{
    return m_kpi->count() > 0;
}

void ManualValueDialog::fill(const QString& period, double value, const QString& note)
{
    m_period->setText(period);
    m_value->setValue(value);
    m_note->setText(note);
}

bool ManualValueDialog::confirm(const QString& question)
{
    if (m_answer >= 0)
        return m_answer == 1;
    return QMessageBox::question(this, tr("Unusual value"), question) == QMessageBox::Yes;
}

void ManualValueDialog::accept()
{
    const qint64 kpiId = m_kpi->currentData().toLongLong();
    if (kpiId == 0)
        return;
    const double value = m_value->value();
    const QString period = m_period->text().trimmed();
    auto confirmation = KpiOperations::Confirmation::NotAsked;
    const std::optional<Kpi> kpi = m_context.workspace().repository<Kpi>().get(kpiId);
    if (kpi && KpiOperations::needsConfirmation(*kpi, value)) {
        if (!confirm(tr("%1% is outside 0–100% for a percentage. Save it anyway?").arg(value)))
            return;
        confirmation = KpiOperations::Confirmation::Confirmed;
    }
    const Outcome saved = SnapshotCommand::run(
        m_context, tr("Enter value for “%1”").arg(m_kpi->currentText()),
        {{&KpiValue::entity().spec(), QStringLiteral("kpi_id"), kpiId}},
        [&] { return KpiOperations(m_context.workspace()).enterValue(kpiId, period, value, m_note->text(), confirmation); });
    if (!saved) {
        m_problem->showProblem(saved.message());
        return;
    }
    QDialog::accept();
}

} // namespace stuurboord
