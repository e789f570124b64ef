#include "KpiPanel.h"

#include "Clock.h"
#include "commands/AddRecordCommand.h"
#include "dashboard/KpiTile.h"
#include "dialogs/RecordEditDialog.h"
#include "domain/Annotation.h"
#include "kpi/KpiChartData.h"
#include "kpi/KpiFormat.h"
#include "WorkspaceContext.h"
#include "dialogs/KpiEditor.h"
#include "dialogs/KpiReviewDialog.h"
#include "dialogs/ManualValueDialog.h"
#include "domain/Kpi.h"
#include "kpi/KpiEvaluator.h"
#include "models/ValueFormatter.h"
#include "storage/Workspace.h"
#include "widgets/KpiChart.h"
#include "widgets/RecordTableView.h"
#include "widgets/StatusStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QUndoStack>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stuurboord {

namespace {
QString shown(const std::optional<double>& value, KpiUnit unit)
{
    return value ? KpiFormat::value(*value, unit) : QString();
}
} // namespace

KpiPanel::KpiPanel(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    m_list = new RecordTableView(context, Kpi::entity().spec(), tr("No KPIs yet. Add a KPI to a goal to measure it."), this);
    m_list->setEditHandler([this](qint64 id) { KpiEditor::editAndSave(m_context, id, this); });

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_summary = new QLabel(tr("Choose a KPI to see its values, target and status per period."), detail);
    m_summary->setWordWrap(true);
    auto* review = new QPushButton(tr("Review…"), detail);
    review->setToolTip(tr("Keep, change or retire this KPI, with the reason"));
    m_enter = new QPushButton(tr("Enter value…"), detail);
    auto* compare = new QPushButton(tr("Compare…"), detail);
    compare->setToolTip(tr("See this KPI with other KPIs or metrics on one time axis"));
    connect(compare, &QPushButton::clicked, this, [this] { emit compareRequested(m_shown); });
    bar->addWidget(m_summary, 1);
    bar->addWidget(compare);
    bar->addWidget(review);
    bar->addWidget(m_enter);
    detailLayout->addLayout(bar);
    auto* split = new QSplitter(Qt::Horizontal, detail);
    m_periods = new QTreeWidget(split);
    m_periods->setRootIsDecorated(false);
    m_periods->setAlternatingRowColors(true);
    m_periods->setHeaderLabels({tr("Period"), tr("Value"), tr("Target"), tr("Status"), tr("Version"), tr("Note")});
    m_periods->setAccessibleName(tr("Values per period"));
    // Leave the chart most of the width; the table needs only its few short columns.
    m_periods->setMaximumWidth(m_periods->fontMetrics().averageCharWidth() * 72);
    auto* chartBox = new QWidget(split);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto* rangeBar = new QHBoxLayout;
    m_range = new QComboBox(chartBox);
    m_range->addItem(tr("Last 12 months"), 12);
    m_range->addItem(tr("Last 24 months"), 24);
    m_range->addItem(tr("All periods"), 0);
    m_range->setCurrentIndex(1);
    m_range->setAccessibleName(tr("Chart range"));
    auto* rangeLabel = new QLabel(tr("&Show:"), chartBox);
    rangeLabel->setBuddy(m_range);
    rangeBar->addWidget(rangeLabel);
    rangeBar->addWidget(m_range);
    rangeBar->addStretch(1);
    chartLayout->addLayout(rangeBar);
    m_chart = new KpiChart(chartBox);
    chartLayout->addWidget(m_chart, 1);
    split->addWidget(m_periods);
    split->addWidget(chartBox);
    connect(m_range, &QComboBox::currentIndexChanged, this,
        [this] { m_chart->setRangeMonths(m_range->currentData().toInt()); });
    connect(m_chart, &KpiChart::periodClicked, this, &KpiPanel::addEvent);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    detailLayout->addWidget(split, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &RecordTableView::currentChanged, this, &KpiPanel::showKpi);
    connect(review, &QPushButton::clicked, this, &KpiPanel::review);
    connect(m_enter, &QPushButton::clicked, this, &KpiPanel::enterValue);
    connect(&context, &WorkspaceContext::tableChanged, this, [this](const QString& table) {
        static const QStringList relevant{QStringLiteral("kpi"), QStringLiteral("kpi_value"), QStringLiteral("kpi_target"),
                                          QStringLiteral("threshold_rule"), QStringLiteral("observation"),
                                          QStringLiteral("headcount"), QStringLiteral("annotation"),
                                          QStringLiteral("benchmark_value"), QStringLiteral("metric")};
        if (relevant.contains(table))
            showKpi(m_shown);
    });
    m_list->table()->selectRow(0);
}

void KpiPanel::showKpi(qint64 id)
{
    m_shown = id;
    m_periods->clear();
    const std::optional<Kpi> kpi = id ? m_context.workspace().repository<Kpi>().get(id) : std::nullopt;
    m_enter->setEnabled(kpi && kpi->source == KpiSource::Manual);
    if (!kpi) {
        m_chart->setData(KpiChartData{});
        return;
    }
    const KpiEvaluator evaluator(m_context.workspace());
    const KpiChartData data = KpiChartData::build(m_context.workspace(), evaluator, *kpi);
    const QList<KpiPoint>& points = data.points;
    for (auto it = points.crbegin(); it != points.crend(); ++it) {
        auto* item = new QTreeWidgetItem(m_periods, {KpiFormat::period(it->period), shown(it->value, kpi->unit),
                                                     shown(it->target ? std::optional<double>(it->target->value) : std::nullopt, kpi->unit),
                                                     StatusStyle::label(it->status), QString::number(it->version),
                                                     it->value && it->status != KpiStatus::Incomplete ? QString() : it->reason});
        item->setForeground(3, StatusStyle::colour(it->status, palette()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < 5; ++column)
        m_periods->resizeColumnToContents(column);
    // The same latest period and status as the dashboard tile.
    const KpiTile tile = KpiTile::from(*kpi, points);
    QString summary = QStringLiteral("<b>%1</b> — %2, %3").arg(kpi->name.toHtmlEscaped(), enumLabel(kpi->lifecycle),
                                                              tr("version %1").arg(kpi->version));
    if (tile.latest) {
        summary += QStringLiteral("<br>") + tr("Latest: %1 in %2 (%3)").arg(shown(tile.latest->value, kpi->unit),
                                                                             KpiFormat::period(tile.latest->period),
                                                                             StatusStyle::label(tile.latest->status));
    }
    if (tile.missing)
        summary += QStringLiteral("<br>") + tr("%1: %2").arg(KpiFormat::period(*tile.missing), tile.missingReason.toHtmlEscaped());
    if (kpi->lifecycle == KpiLifecycle::Retired)
        summary += QStringLiteral("<br>") + tr("Retired: %1").arg(kpi->retiredReason.toHtmlEscaped());
    m_summary->setText(summary);
    m_chart->setData(data);
}

void KpiPanel::addEvent(const Period& period)
{
    Annotation annotation;
    annotation.date = period.firstDay();
    annotation.kind = AnnotationKind::Other;
    annotation.kpiId = m_shown;
    RecordEditDialog dialog(Annotation::entity().spec(), m_context.records(), Annotation::entity().toRecord(annotation), this);
    dialog.setWindowTitle(tr("New event in %1").arg(KpiFormat::period(period)));
    if (dialog.exec() == QDialog::Accepted)
        m_context.undoStack().push(new AddRecordCommand(m_context, Annotation::entity().spec(), dialog.record()));
}

void KpiPanel::review()
{
    const std::optional<Kpi> kpi = m_context.workspace().repository<Kpi>().get(m_shown);
    if (!kpi)
        return;
    KpiReviewDialog dialog(m_context, *kpi, this);
    dialog.exec();
}

void KpiPanel::enterValue()
{
    const std::optional<Kpi> kpi = m_context.workspace().repository<Kpi>().get(m_shown);
    const QString period = kpi ? Period::containing(Clock::today(), Period::kindFor(kpi->frequency)).previous().toString()
                               : QString();
    ManualValueDialog dialog(m_context, m_shown, period, this);
    dialog.exec();
}

} // namespace stuurboord
