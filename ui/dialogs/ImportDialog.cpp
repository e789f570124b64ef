#include "ImportDialog.h"

#include "commands/SnapshotCommand.h"
#include "domain/ImportBatch.h"
#include "domain/Metric.h"
#include "domain/Observation.h"
#include "import/ImportRunner.h"
#include "models/ValueFormatter.h"
#include "storage/Workspace.h"
#include "widgets/ProblemLabel.h"
#include "WorkspaceContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stuurboord {

ImportDialog::ImportDialog(WorkspaceContext& context, const QString& path,
    const QHash<QString, QString>& options, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_preview(ImportRunner::prepare(context.workspace(), path, options))
{
    setWindowTitle(tr("Import %1").arg(m_preview.fileName));
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::RichText);
    layout->addWidget(summary);
    m_problem = new ProblemLabel(this);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    if (!m_preview.ok()) {
        m_problem->showProblem(m_preview.error);
        import->setEnabled(false);
        layout->addWidget(buttons);
        return;
    }
    const QStringList months = m_preview.months();
    summary->setText(
        tr("<b>%1</b> will be read as <b>%2</b>: %3.<br>%4 figures for %5 from %6 to %7; %8 rows "
           "rejected.")
            .arg(m_preview.fileName.toHtmlEscaped(), m_preview.profileName.toHtmlEscaped(),
                m_preview.profileReason.toHtmlEscaped())
            .arg(m_preview.figureCount)
            .arg(m_preview.metrics().join(u", ").toHtmlEscaped(), months.value(0),
                months.value(months.size() - 1))
            .arg(m_preview.rejectedCount));

    auto* tabs = new QTabWidget(this);
    auto* figures = new QTreeWidget(tabs);
    figures->setRootIsDecorated(false);
    figures->setHeaderLabels({tr("Line"), tr("Metric"), tr("Month"), tr("Dimension"), tr("Value")});
    for (const ObservationDraft& draft : m_preview.sample) {
        auto* item = new QTreeWidgetItem(figures,
            {QString::number(draft.line),
                draft.metricLabel.isEmpty() ? draft.metricKey : draft.metricLabel, draft.month,
                draft.dimension, ValueFormatter::number(draft.value, 1)});
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < 4; ++column)
        figures->resizeColumnToContents(column);
    tabs->addTab(figures, tr("Figures (%1)").arg(m_preview.figureCount));
    auto* rejected = new QTreeWidget(tabs);
    rejected->setRootIsDecorated(false);
    rejected->setHeaderLabels({tr("Line"), tr("Why it is not imported")});
    for (const RejectedRow& row : m_preview.rejected)
        new QTreeWidgetItem(rejected, {QString::number(row.line), row.reason});
    rejected->resizeColumnToContents(0);
    tabs->addTab(rejected, tr("Rejected rows (%1)").arg(m_preview.rejectedCount));
    auto* decisions = new QTreeWidget(tabs);
    decisions->setRootIsDecorated(false);
    decisions->setHeaderLabels({tr("How the file was read")});
    for (const QString& decision : m_preview.decisions)
        new QTreeWidgetItem(decisions, {decision});
    tabs->addTab(decisions, tr("How it was read"));
    layout->addWidget(tabs, 1);

    auto* form = new QFormLayout;
    m_overlap = new QComboBox(this);
    m_overlap->addItem(tr("Ask me"), int(BatchWriter::Overlap::Ask));
    m_overlap->addItem(
        tr("Replace them with the figures of this file"), int(BatchWriter::Overlap::Replace));
    m_overlap->addItem(tr("Keep them and skip those rows"), int(BatchWriter::Overlap::Skip));
    form->addRow(tr("Figures already in the workspace:"), m_overlap);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(760, 560);
}

void ImportDialog::setOverlapChoice(int index)
{
    if (m_overlap)
        m_overlap->setCurrentIndex(index);
}

void ImportDialog::accept()
{
    if (!m_preview.ok())
        return;
    const auto overlap = static_cast<BatchWriter::Overlap>(m_overlap->currentData().toInt());
    BatchWriter::Result result;
    // Undo removes the batch and puts back any figures it replaced.
    const Outcome outcome = SnapshotCommand::run(m_context, tr("Import %1").arg(m_preview.fileName),
        {{&Metric::entity().spec(), {}, {}}, {&ImportBatch::entity().spec(), {}, {}},
            {&Observation::entity().spec(), {}, {}}},
        [&] {
            result = ImportRunner::commit(m_context.workspace(), m_preview, overlap, m_force);
            return result.outcome;
        });
    if (outcome) {
        QDialog::accept();
        return;
    }
    if (result.alreadyImported) {
        m_force = true;
        m_problem->showProblem(outcome.message() + QStringLiteral("\n")
            + tr("Press Import again to import it anyway."));
        return;
    }
    if (!result.overlaps.isEmpty()) {
        m_overlap->setCurrentIndex(1);
        m_problem->showProblem(outcome.message() + QStringLiteral("\n")
            + tr("Choose what to do with them below and press Import again."));
        return;
    }
    m_problem->showProblem(outcome.message());
}

} // namespace stuurboord
