#include "ImportDialog.h"

#include "commands/ImportBatchCommand.h"
#include "domain/Metric.h"
#include "import/ImportJob.h"
#include "import/ImportRunner.h"
#include "import/StandardMetricNames.h"
#include "import/TextEncoding.h"
#include "models/ValueFormatter.h"
#include "storage/Workspace.h"
#include "widgets/ProblemLabel.h"
#include "WorkspaceContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stuurboord {

ImportDialog::ImportDialog(WorkspaceContext& context, const QString& path,
    const QHash<QString, QString>& options, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_job(new ImportJob(context.workspace(), this))
    , m_path(path)
    , m_readOptions(options)
{
    const QString fileName = QFileInfo(path).fileName();
    setWindowTitle(tr("Import %1").arg(fileName));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Reading <b>%1</b>…").arg(fileName.toHtmlEscaped()), this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_problem = new ProblemLabel(this);
    layout->addWidget(m_problem);

    m_progress = new QWidget(this);
    auto* progressLayout = new QVBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progressStage = new QLabel(m_progress);
    m_progressBar = new QProgressBar(m_progress);
    m_progressBar->setTextVisible(false);
    m_progressBar->setAccessibleName(tr("Import progress"));
    m_progressText = new QLabel(m_progress);
    progressLayout->addWidget(m_progressStage);
    progressLayout->addWidget(m_progressBar);
    progressLayout->addWidget(m_progressText);
    layout->addWidget(m_progress);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    // Keeps the text and the bar together at the top while there is no preview yet.
    m_filler = new QWidget(this);
    m_filler->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    layout->addWidget(m_filler, 1);

    buildReadWith(layout);
    m_options = new QWidget(this);
    auto* form = new QFormLayout(m_options);
    form->setContentsMargins(0, 0, 0, 0);
    m_overlap = new QComboBox(m_options);
    m_overlap->addItem(tr("Ask me"), int(BatchWriter::Overlap::Ask));
    m_overlap->addItem(
        tr("Replace them with the figures of this file"), int(BatchWriter::Overlap::Replace));
    m_overlap->addItem(tr("Keep them and skip those rows"), int(BatchWriter::Overlap::Skip));
    form->addRow(tr("Figures already in the workspace:"), m_overlap);
    layout->addWidget(m_options);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_stop = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_stop->setToolTip(tr("Stop importing; the workspace stays as it was"));
    // Enter imports and Escape cancels, wherever the focus is: only Import may be the
    // default button, so a focused Cancel or Read Again never takes Enter over.
    for (QPushButton* button : {m_cancel, m_import, m_stop})
        button->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_stop, &QPushButton::clicked, this, &ImportDialog::stop);
    layout->addWidget(buttons);

    connect(m_job, &ImportJob::progress, this, &ImportDialog::showProgress);
    connect(m_job, &ImportJob::finished, this, &ImportDialog::jobFinished);
    setStage(Stage::Reading);
    m_job->prepare(path, m_readOptions);
    resize(760, 560);
}

ImportDialog::~ImportDialog()
{
    // Stops a running job and waits for it while the dialog is still whole.
    delete m_job;
}

bool ImportDialog::isBusy() const
{
    return m_job->isRunning();
}

void ImportDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool busy = stage != Stage::Ready;
    m_progress->setVisible(busy);
    const bool previewed = m_preview.ok() && m_tabs->count() > 0;
    m_tabs->setVisible(previewed);
    m_filler->setVisible(!previewed);
    m_options->setVisible(m_preview.ok() && stage != Stage::Reading);
    m_readWith->setVisible(stage == Stage::Ready);
    m_options->setEnabled(!busy);
    m_import->setEnabled(!busy && m_preview.ok());
    m_import->setDefault(!busy && m_preview.ok());
    m_cancel->setVisible(stage != Stage::Writing);
    m_stop->setVisible(stage == Stage::Writing);
    m_stop->setEnabled(true);
    if (busy) {
        m_progressStage->setText(stage == Stage::Reading
                ? tr("Reading the file to show what it holds…")
                : tr("Importing the figures into the workspace…"));
        m_progressText->setText(tr("Starting…"));
        m_progressBar->setRange(0, 0); // busy until the first rows tell how far
    }
}

void ImportDialog::showProgress(qint64 rowsRead, double rowsPerSecond, double fraction)
{
    m_progressText->setText(
        tr("%L1 rows read, %L2 rows/s").arg(rowsRead).arg(qRound64(rowsPerSecond)));
    if (fraction > 0) {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(qRound(fraction * 1000));
    }
}

void ImportDialog::reject()
{
    if (isBusy()) {
        // Closing waits for the job to stop, so nothing is left half done.
        m_closeWhenDone = true;
        m_job->stop();
        m_cancel->setEnabled(false);
        m_stop->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void ImportDialog::stop()
{
    if (m_stage != Stage::Writing)
        return;
    m_job->stop();
    m_stop->setEnabled(false);
    m_progressStage->setText(tr("Stopping…"));
}

void ImportDialog::setOverlapChoice(int index)
{
    m_overlap->setCurrentIndex(index);
}

void ImportDialog::accept()
{
    if (isBusy() || !m_preview.ok())
        return;
    m_problem->showProblem(QString());
    const auto overlap = static_cast<BatchWriter::Overlap>(m_overlap->currentData().toInt());
    setStage(Stage::Writing);
    m_job->commit(m_preview, overlap, m_force);
}

void ImportDialog::jobFinished()
{
    if (m_stage == Stage::Writing) {
        showImportResult();
        return;
    }
    m_preview = m_job->preview();
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    showPreview();
}

void ImportDialog::buildReadWith(QLayout* layout)
{
    // The profile Stuurboord recognised and the decisions it took can be overruled: another
    // profile, another sheet or table, the month a single-period export covers, the text
    // encoding. The file is then read again.
    m_readWith = new QWidget(this);
    auto* form = new QFormLayout(m_readWith);
    form->setContentsMargins(0, 0, 0, 0);
    m_profile = new QComboBox(m_readWith);
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->addItem(tr("As recognised"), QString());
    for (const QString& name : ImportRunner::profileNames(m_context.workspace()))
        m_profile->addItem(name, name);
    form->addRow(tr("Read as:"), m_profile);
    m_sheet = new QComboBox(m_readWith);
    m_sheet->setObjectName(QStringLiteral("sheet"));
    form->addRow(tr("Sheet:"), m_sheet);
    m_table = new QComboBox(m_readWith);
    m_table->setObjectName(QStringLiteral("table"));
    form->addRow(tr("Table:"), m_table);
    m_month = new QLineEdit(m_readWith);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setPlaceholderText(tr("for example 2026-03"));
    form->addRow(tr("Month of the whole file:"), m_month);
    m_encoding = new QComboBox(m_readWith);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("As detected"), QString());
    for (const TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Windows1252,
             TextEncoding::Utf16LE, TextEncoding::Utf16BE})
        m_encoding->addItem(encodingName(encoding), encodingName(encoding));
    form->addRow(tr("Text encoding:"), m_encoding);
    auto* again = new QPushButton(tr("Read Again"), m_readWith);
    again->setAutoDefault(false);
    connect(again, &QPushButton::clicked, this, [this] { readAgain(chosenOptions()); });
    form->addRow(QString(), again);
    layout->addWidget(m_readWith);
}

void ImportDialog::showReadWith()
{
    const auto show = [this](QWidget* field, bool visible) {
        static_cast<QFormLayout*>(m_readWith->layout())->setRowVisible(field, visible);
    };
    const QStringList sheets = m_preview.choices.value(QStringLiteral("sheet"));
    m_sheet->clear();
    m_sheet->addItems(sheets);
    m_sheet->setCurrentText(m_readOptions.value(
        QStringLiteral("sheet"), m_preview.chosen.value(QStringLiteral("sheet"))));
    show(m_sheet, !sheets.isEmpty());
    const QStringList tables = m_preview.choices.value(QStringLiteral("table"));
    m_table->clear();
    for (qsizetype i = 0; i < tables.size(); ++i)
        m_table->addItem(
            QStringLiteral("%1. %2").arg(i + 1).arg(tables.at(i)), QString::number(i + 1));
    m_table->setCurrentIndex(
        std::max(0, m_table->findData(m_readOptions.value(QStringLiteral("table")))));
    show(m_table, !tables.isEmpty());
    m_month->setText(m_readOptions.value(QStringLiteral("period")));
    show(m_month,
        m_preview.choices.contains(QStringLiteral("period")) || !m_month->text().isEmpty());
    m_profile->setCurrentIndex(
        std::max(0, m_profile->findData(m_readOptions.value(QStringLiteral("profile")))));
    m_encoding->setCurrentIndex(
        std::max(0, m_encoding->findData(m_readOptions.value(QStringLiteral("encoding")))));
}

QHash<QString, QString> ImportDialog::chosenOptions() const
{
    QHash<QString, QString> options;
    const auto keep = [&options](const QString& key, const QString& value) {
        if (!value.trimmed().isEmpty())
            options.insert(key, value.trimmed());
    };
    keep(QStringLiteral("profile"), m_profile->currentData().toString());
    keep(QStringLiteral("sheet"), m_sheet->currentText());
    keep(QStringLiteral("table"), m_table->currentData().toString());
    keep(QStringLiteral("period"), m_month->text());
    keep(QStringLiteral("encoding"), m_encoding->currentData().toString());
    return options;
}

void ImportDialog::readAgain(const QHash<QString, QString>& options)
{
    if (isBusy())
        return;
    m_readOptions = options;
    m_force = false;
    m_problem->showProblem(QString());
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_preview = ImportPreview();
    m_summary->setText(tr("Reading <b>%1</b>…").arg(QFileInfo(m_path).fileName().toHtmlEscaped()));
    setStage(Stage::Reading);
    m_job->prepare(m_path, m_readOptions);
}

void ImportDialog::showPreview()
{
    showReadWith();
    if (!m_preview.ok()) {
        m_summary->setText(
            tr("<b>%1</b> cannot be imported.").arg(m_preview.fileName.toHtmlEscaped()));
        m_problem->showProblem(m_preview.error);
        setStage(Stage::Ready);
        return;
    }
    // Metrics by the names they have or will get in the workspace, not by their keys.
    QHash<QString, QString> names;
    for (const Metric& metric : m_context.workspace().repository<Metric>().all())
        names.insert(metric.key, metric.name);
    for (const ObservationDraft& draft : std::as_const(m_preview.sample)) {
        if (!names.contains(draft.metricKey))
            names.insert(draft.metricKey, draft.nameForNewMetric());
    }
    const auto nameOf = [&names](const QString& key) {
        return names.value(key, StandardMetricNames::nameOr(key, key));
    };
    QStringList metricNames;
    for (const QString& key : m_preview.metrics())
        metricNames << nameOf(key);
    const QStringList months = m_preview.months();
    const QString first = ValueFormatter::month(months.value(0));
    const QString last = ValueFormatter::month(months.value(months.size() - 1));
    const QLocale locale;
    QString summary
        = tr("<b>%1</b> will be read as <b>%2</b>: %3.")
              .arg(m_preview.fileName.toHtmlEscaped(), m_preview.profileName.toHtmlEscaped(),
                  m_preview.profileReason.toHtmlEscaped())
        + QStringLiteral("<br>")
        + tr("%Ln figure(s) for %1 in %2.", nullptr, int(m_preview.figureCount))
              .arg(metricNames.join(u", ").toHtmlEscaped(),
                  first == last ? first : tr("%1 to %2", "months").arg(first, last));
    if (m_preview.rejectedCount > 0)
        summary += u' ' + tr("%Ln row(s) rejected.", nullptr, int(m_preview.rejectedCount));
    if (m_preview.leftOutCount > 0)
        summary += u' ' + tr("%Ln totals row(s) left out.", nullptr, int(m_preview.leftOutCount));
    if (m_preview.noteCount > 0) {
        summary += u' '
            + tr("%Ln note(s) become events on their month.", nullptr, int(m_preview.noteCount));
    }
    // A month the file covers in part must not be taken for a whole one.
    for (const QString& incomplete : m_preview.incompleteMonths())
        summary += QStringLiteral("<br>") + incomplete.toHtmlEscaped();
    m_summary->setText(summary);

    auto* figures = new QTreeWidget(m_tabs);
    figures->setRootIsDecorated(false);
    figures->setAccessibleName(tr("Figures"));
    figures->setHeaderLabels({tr("Line"), tr("Metric"), tr("Month"), tr("Dimension"), tr("Value")});
    for (const ObservationDraft& draft : std::as_const(m_preview.sample)) {
        auto* item = new QTreeWidgetItem(figures,
            {QString::number(draft.line), nameOf(draft.metricKey), draft.month, draft.dimension,
                QLocale().toString(draft.value, 'f', QLocale::FloatingPointShortest)});
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < 4; ++column)
        figures->resizeColumnToContents(column);
    m_tabs->addTab(figures, tr("Figures (%1)").arg(locale.toString(m_preview.figureCount)));
    m_tabs->addTab(rowsAsRead(), tr("Rows as read"));
    auto* rejected = new QTreeWidget(m_tabs);
    rejected->setRootIsDecorated(false);
    rejected->setAccessibleName(tr("Rejected rows"));
    rejected->setHeaderLabels({tr("Line"), tr("Why it is not imported")});
    for (const RejectedRow& row : std::as_const(m_preview.rejected))
        new QTreeWidgetItem(rejected, {QString::number(row.line), row.reason});
    rejected->resizeColumnToContents(0);
    m_tabs->addTab(
        rejected, tr("Rejected rows (%1)").arg(locale.toString(m_preview.rejectedCount)));
    auto* decisions = new QTreeWidget(m_tabs);
    decisions->setRootIsDecorated(false);
    decisions->setAccessibleName(tr("How it was read"));
    decisions->setHeaderLabels({tr("How the file was read")});
    for (const QString& decision : std::as_const(m_preview.decisions))
        new QTreeWidgetItem(decisions, {decision});
    for (const QString& incomplete : m_preview.incompleteMonths())
        new QTreeWidgetItem(decisions,
            {tr("%1: the figures cover only those days and are marked incomplete until a file "
                "covering the whole month replaces them")
                    .arg(incomplete)});
    for (const RejectedRow& row : std::as_const(m_preview.leftOut))
        new QTreeWidgetItem(decisions, {tr("line %1 left out: %2").arg(row.line).arg(row.reason)});
    m_tabs->addTab(decisions, tr("How it was read"));
    setStage(Stage::Ready);
}

// The file's first rows split into columns as Stuurboord read them, the header in bold,
// each with its line number: to compare with the figures and with the file itself.
QWidget* ImportDialog::rowsAsRead()
{
    auto* table = new QTableWidget(m_tabs);
    table->setObjectName(QStringLiteral("rowsAsRead"));
    table->setAccessibleName(tr("Rows as read"));
    table->setTabKeyNavigation(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    qsizetype columns = 0;
    for (const CsvRecord& record : std::as_const(m_preview.headRecords))
        columns = std::max(columns, record.fields.size());
    table->setRowCount(int(m_preview.headRecords.size()));
    table->setColumnCount(int(columns));
    for (int row = 0; row < table->rowCount(); ++row) {
        const CsvRecord& record = m_preview.headRecords.at(row);
        table->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(record.line)));
        for (int column = 0; column < record.fields.size(); ++column) {
            auto* item = new QTableWidgetItem(record.fields.at(column));
            if (row == m_preview.headerIndex) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(row, column, item);
        }
    }
    table->horizontalHeader()->setMaximumSectionSize(fontMetrics().averageCharWidth() * 40);
    table->resizeColumnsToContents();
    return table;
}

void ImportDialog::showImportResult()
{
    const ImportHistory::Imported& imported = m_job->imported();
    const BatchWriter::Result& result = imported.result;
    setStage(Stage::Ready);
    if (result.outcome) {
        // Written even if the user asked to stop at the last moment: it is undoable.
        ImportBatchCommand::pushImported(m_context, m_preview.fileName, imported);
        QDialog::accept();
        return;
    }
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    if (result.alreadyImported) {
        m_force = true;
        m_problem->showProblem(result.outcome.message() + QStringLiteral("\n")
            + tr("Press Import again to import it anyway."));
        return;
    }
    if (!result.overlaps.isEmpty()) {
        m_overlap->setCurrentIndex(1);
        m_problem->showProblem(result.outcome.message() + QStringLiteral("\n")
            + tr("Choose what to do with them below and press Import again."));
        return;
    }
    m_problem->showProblem(result.outcome.message());
}

} // namespace stuurboord
