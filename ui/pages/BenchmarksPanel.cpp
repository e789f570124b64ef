#include "BenchmarksPanel.h"

#include "WorkspaceContext.h"
#include "commands/SnapshotCommand.h"
#include "domain/BenchmarkValue.h"
#include "kpi/BenchmarkExchange.h"
#include "widgets/RecordTableView.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace stuurboord {

BenchmarksPanel::BenchmarksPanel(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* explain = new QLabel(tr("Compare with organisations like yours: exchange anonymised KPI figures (no names, "
                                  "counts per employee) with peers."),
                               this);
    explain->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("Export for peers…"), this);
    auto* importButton = new QPushButton(tr("Import from a peer…"), this);
    bar->addWidget(explain, 1);
    bar->addWidget(exportButton);
    bar->addWidget(importButton);
    layout->addLayout(bar);
    layout->addWidget(new RecordTableView(
        context, BenchmarkValue::entity().spec(),
        tr("No benchmark values yet. Add figures from a supplier's benchmark or a peer network, or import a peer's file."),
        this));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export benchmark file"), QString(),
                                                          tr("Benchmark files (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import benchmark file"), QString(),
                                                          tr("Benchmark files (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
}

void BenchmarksPanel::exportFile(const QString& path)
{
    const Outcome outcome = BenchmarkExchange::exportTo(m_context.workspace(), path);
    if (!outcome)
        QMessageBox::warning(this, tr("Export benchmark file"), outcome.message());
}

void BenchmarksPanel::importFile(const QString& path)
{
    BenchmarkExchange::ImportResult result;
    const Outcome outcome = SnapshotCommand::run(m_context, tr("Import benchmark file"),
                                                 {{&BenchmarkValue::entity().spec(), {}, {}}}, [&] {
                                                     result = BenchmarkExchange::importFrom(m_context.workspace(), path);
                                                     return result.outcome;
                                                 });
    if (!outcome)
        QMessageBox::warning(this, tr("Import benchmark file"), outcome.message());
}

} // namespace stuurboord
