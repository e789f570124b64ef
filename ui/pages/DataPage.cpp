#include "DataPage.h"

#include "BenchmarksPanel.h"
#include "commands/ImportBatchCommand.h"
#include "commands/SnapshotCommand.h"
#include "kpi/MetricOperations.h"
#include "domain/BenchmarkValue.h"
#include "domain/ImportBatch.h"
#include "domain/ImportProfile.h"
#include "domain/Metric.h"
#include "import/ImportHistory.h"
#include "models/ValueFormatter.h"
#include "PageHeader.h"
#include "storage/queries/UsageQueries.h"
#include "storage/Workspace.h"
#include "widgets/MetricChart.h"
#include "widgets/MetricExplorer.h"
#include "widgets/RecordTableView.h"
#include "WorkspaceContext.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace stuurboord {

DataPage::DataPage(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Data"),
        tr("The usage figures imported from the intranet platform, per month. "
           "Choose a metric to see its course over time."),
        this));
    auto* tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);

    auto* splitter = new QSplitter(Qt::Vertical, tabs);
    m_model = new QStandardItemModel(this);
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Metrics per month"));
    m_chart = new MetricChart(splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    tabs->addTab(splitter, tr("Metrics per month"));
    tabs->addTab(new MetricExplorer(context, tabs), tr("By site or department"));

    auto* history = new RecordTableView(context, ImportBatch::entity().spec(),
        tr("Nothing imported yet. Drop a usage export on the window to import it."), tabs);
    history->setAddVisible(false);
    history->setDeleteHandler(
        [this](qint64 batchId) { removeImport(batchId); }, tr("Remove Import…"));
    tabs->addTab(history, tr("Import history"));
    tabs->addTab(new RecordTableView(context, Metric::entity().spec(),
                     tr("No metrics yet. Metrics are created when you import usage data."), tabs),
        tr("Metric definitions"));
    tabs->addTab(new RecordTableView(context, ImportProfile::entity().spec(),
                     tr("No saved import profiles yet."), tabs),
        tr("Import profiles"));
    tabs->addTab(new BenchmarksPanel(context, tabs), tr("Benchmarks"));
    layout->addWidget(tabs, 1);

    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &DataPage::showMetric);
    // A metric's name is what every view shows; the coordinator can make it their own.
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint& at) {
        const int column = m_table->horizontalHeader()->logicalIndexAt(at);
        if (column < 0 || column >= m_series.size())
            return;
        QMenu menu(this);
        menu.addAction(tr("Rename “%1”…").arg(m_series.at(column).metric.name), this, [this, column] { renameMetric(column); });
        menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
    });
    connect(m_table, &QTableView::clicked, this,
        [this](const QModelIndex& index) { showMetric(index.column()); });
    connect(&context, &WorkspaceContext::tableChanged, this, [this](const QString& table) {
        if (table == u"observation" || table == u"metric" || table == u"import_batch")
            reload();
    });
    reload();
}

void DataPage::reload()
{
    const UsageQueries queries(m_context.workspace().database());
    m_series = queries.monthlyTotals();
    const QList<UsageQueries::Series>& series = m_series;
    QStringList months = queries.months();
    std::reverse(months.begin(), months.end());
    m_model->clear();
    QStringList headers;
    for (const UsageQueries::Series& metric : series)
        headers << metric.metric.name;
    m_model->setHorizontalHeaderLabels(headers);
    for (const QString& month : std::as_const(months)) {
        QList<QStandardItem*> row;
        for (const UsageQueries::Series& metric : series) {
            auto* item = new QStandardItem(metric.byMonth.contains(month)
                    ? ValueFormatter::number(metric.byMonth.value(month))
                    : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row << item;
        }
        m_model->appendRow(row);
        m_model->setVerticalHeaderItem(
            m_model->rowCount() - 1, new QStandardItem(ValueFormatter::month(month)));
    }
    m_table->resizeColumnsToContents();
    if (!series.isEmpty())
        showMetric(0);
    else
        m_chart->show(tr("No usage data yet: import a usage export to see it here."), {});
}

void DataPage::removeImport(qint64 batchId)
{
    const std::optional<ImportBatch> batch
        = m_context.workspace().repository<ImportBatch>().get(batchId);
    if (!batch)
        return;
    const qint64 figures = ImportHistory::figureCount(m_context.workspace(), batchId);
    const qint64 replaced = ImportHistory::replacedCount(m_context.workspace(), batchId);
    QString text
        = tr("Remove “%1”, imported on %2, from the workspace? Its %n figure(s) will "
             "be removed with it.",
            nullptr, int(figures))
              .arg(batch->fileName,
                  QLocale().toString(batch->importedAt.toLocalTime(), QLocale::ShortFormat));
    if (replaced > 0) {
        text += QLatin1Char(' ')
            + tr("The %n figure(s) of earlier imports that it replaced come back.", nullptr,
                int(replaced));
    }
    text += QLatin1Char(' ') + tr("Edit > Undo puts the import back.");
    QMessageBox question(
        QMessageBox::Question, tr("Remove import"), text, QMessageBox::Cancel, this);
    const QPushButton* remove
        = question.addButton(tr("Remove Import"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != remove)
        return;
    if (const Outcome removed
        = ImportBatchCommand::removeFromHistory(m_context, batchId, batch->fileName);
        !removed)
        QMessageBox::warning(this, tr("Remove import"), removed.message());
}

void DataPage::renameMetric(int column)
{
    if (column < 0 || column >= m_series.size())
        return;
    const UsageQueries::MetricInfo metric = m_series.at(column).metric;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename metric"),
        tr("Name of the metric (its key %1 stays the same for formulas):").arg(metric.key), QLineEdit::Normal,
        metric.name, &ok);
    if (!ok || name == metric.name)
        return;
    const Outcome renamed = SnapshotCommand::run(m_context, tr("Rename metric “%1”").arg(metric.name),
        {{&Metric::entity().spec(), QStringLiteral("id"), metric.id}},
        [&] { return MetricOperations(m_context.workspace()).rename(metric.id, name); });
    if (!renamed)
        QMessageBox::warning(this, tr("Metric not renamed"), renamed.message());
}

void DataPage::showMetric(int column)
{
    const QList<UsageQueries::Series> series
        = UsageQueries(m_context.workspace().database()).monthlyTotals();
    if (column < 0 || column >= series.size())
        return;
    m_chart->show(series.at(column).metric.name, series.at(column).byMonth);
}

} // namespace stuurboord
