#include "MetricExplorer.h"

#include "StatusStyle.h"
#include "WorkspaceContext.h"
#include "charts/BreakdownChartBuilder.h"
#include "charts/ChartExport.h"
#include "domain/Metric.h"
#include "kpi/KpiFormat.h"
#include "kpi/Period.h"
#include "models/ValueFormatter.h"
#include "storage/Workspace.h"
#include "storage/queries/DimensionQueries.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stuurboord {

MetricExplorer::MetricExplorer(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    m_metric = new QComboBox(this);
    m_metric->setAccessibleName(tr("Metric"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_span = new QComboBox(this);
    m_span->addItem(tr("Last month"), 1);
    m_span->addItem(tr("Last 3 months"), 3);
    m_span->addItem(tr("Last 12 months"), 12);
    m_span->addItem(tr("All months"), 0);
    m_span->setCurrentIndex(2);
    m_span->setAccessibleName(tr("Months"));
    m_top = new QSpinBox(this);
    m_top->setRange(1, 50);
    m_top->setValue(10);
    m_top->setAccessibleName(tr("How many to name"));
    auto* metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metric);
    auto* spanLabel = new QLabel(tr("&Over:"), this);
    spanLabel->setBuddy(m_span);
    auto* topLabel = new QLabel(tr("&Largest:"), this);
    topLabel->setBuddy(m_top);
    auto* bar = new QHBoxLayout;
    bar->addWidget(metricLabel);
    bar->addWidget(m_metric);
    bar->addSpacing(12);
    bar->addWidget(spanLabel);
    bar->addWidget(m_span);
    bar->addSpacing(12);
    bar->addWidget(topLabel);
    bar->addWidget(m_top);
    bar->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_chart = new QChartView(split);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    m_chart->setAccessibleName(tr("Metric by dimension"));
    ChartExport::addContextMenu(m_chart);
    m_table = new QTreeWidget(split);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({tr("Site or department"), tr("Value"), tr("Share")});
    m_table->setAccessibleName(tr("Metric by dimension"));
    split->addWidget(m_chart);
    split->addWidget(m_table);
    // The bars need the width; the table only its three short columns.
    m_table->setMaximumWidth(m_table->fontMetrics().averageCharWidth() * 60);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &MetricExplorer::redraw);
    connect(m_span, &QComboBox::currentIndexChanged, this, &MetricExplorer::redraw);
    connect(m_top, &QSpinBox::valueChanged, this, &MetricExplorer::redraw);
    connect(&context, &WorkspaceContext::tableChanged, this, [this](const QString& table) {
        if (table != u"observation" && table != u"metric" && table != u"import_batch")
            return;
        m_stale = true;
        if (isVisible())
            reload();
    });
}

void MetricExplorer::showMetric(const QString& metricKey, int months, int topN)
{
    if (m_stale)
        reload();
    m_filling = true;
    m_metric->setCurrentIndex(qMax(0, m_metric->findData(metricKey)));
    m_span->setCurrentIndex(qMax(0, m_span->findData(months)));
    m_top->setValue(topN);
    m_filling = false;
    redraw();
}

void MetricExplorer::showEvent(QShowEvent* event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void MetricExplorer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_stale)
        redraw();
    QWidget::changeEvent(event);
}

void MetricExplorer::reload()
{
    m_stale = false;
    const QString current = m_metric->currentData().toString();
    m_filling = true;
    m_metric->clear();
    Workspace& workspace = m_context.workspace();
    for (const QString& key : DimensionQueries(workspace.database()).metricsWithDimensions()) {
        const QList<Metric> metric = workspace.repository<Metric>().where(QStringLiteral("key"), key);
        m_metric->addItem(metric.isEmpty() || metric.first().name.isEmpty() ? key : metric.first().name, key);
    }
    m_metric->setCurrentIndex(qMax(0, m_metric->findData(current)));
    m_filling = false;
    redraw();
}

void MetricExplorer::redraw()
{
    if (m_filling)
        return;
    m_table->clear();
    const QString key = m_metric->currentData().toString();
    m_shown = key.isEmpty() ? MetricBreakdown{} : MetricBreakdown::build(m_context.workspace(), key, m_span->currentData().toInt(), m_top->value());
    BreakdownChartBuilder::build(m_chart->chart(), m_shown, ChartPalette::forDark(StatusStyle::isDark(palette())));
    if (key.isEmpty()) {
        m_chart->chart()->setTitle(QString());
        m_summary->setText(tr("No figures per site or department yet. Import an export that has a site, "
                              "department or other dimension column to see a metric broken down here."));
        return;
    }
    const Period first = Period::parse(m_shown.firstMonth);
    const Period last = Period::parse(m_shown.lastMonth);
    const QString span = first == last ? KpiFormat::period(last)
                                       : tr("%1 to %2").arg(KpiFormat::period(first), KpiFormat::period(last));
    m_summary->setText(tr("%1 over %2: %3 in total, from %n site(s) or department(s).", nullptr, m_shown.dimensions)
                           .arg(m_shown.metricName, span, KpiFormat::value(m_shown.total, m_shown.unit)));
    m_chart->chart()->setTitle(tr("%1, %2").arg(m_shown.metricName, span));
    for (const MetricBreakdown::Share& part : std::as_const(m_shown.shares)) {
        auto* item = new QTreeWidgetItem(m_table, {BreakdownChartBuilder::label(part),
            KpiFormat::value(part.value, m_shown.unit),
            KpiFormat::value(m_shown.share(part) * 100, KpiUnit::Percentage)});
        if (!part.isOther())
            item->setToolTip(0, part.dimension);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < 3; ++column)
        m_table->resizeColumnToContents(column);
}

} // namespace stuurboord
