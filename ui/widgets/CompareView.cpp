#include "CompareView.h"

#include "ProblemLabel.h"
#include "StatusStyle.h"
#include "WorkspaceContext.h"
#include "charts/ChartExport.h"
#include "charts/ComparisonChartBuilder.h"
#include "kpi/KpiEvaluator.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace stuurboord {

namespace {
constexpr int subjectRole = Qt::UserRole + 1;
} // namespace

CompareView::~CompareView() = default;

CompareView::CompareView(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("Tick two to four KPIs or metrics to see them on one time axis."), side);
    intro->setWordWrap(true);
    m_list = new QListWidget(side);
    m_list->setAccessibleName(tr("KPIs and metrics to compare"));
    m_range = new QComboBox(side);
    m_range->addItem(tr("Last 12 months"), 12);
    m_range->addItem(tr("Last 24 months"), 24);
    m_range->addItem(tr("All periods"), 0);
    m_range->setCurrentIndex(1);
    m_range->setAccessibleName(tr("Chart range"));
    auto* rangeLabel = new QLabel(tr("&Show:"), side);
    rangeLabel->setBuddy(m_range);
    auto* rangeBar = new QHBoxLayout;
    rangeBar->addWidget(rangeLabel);
    rangeBar->addWidget(m_range, 1);
    m_problem = new ProblemLabel(side);
    sideLayout->addWidget(intro);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addLayout(rangeBar);
    sideLayout->addWidget(m_problem);

    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    m_chart->setAccessibleName(tr("Comparison chart"));
    ChartExport::addContextMenu(m_chart);

    // The chart needs the width; the list only the names.
    side->setMaximumWidth(side->fontMetrics().averageCharWidth() * 45);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(side);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling)
            return;
        const QVariant index = item->data(subjectRole);
        if (!index.isValid())
            return;
        const ComparisonData::Subject subject = m_subjects.value(index.toInt());
        m_ticked.removeAll(subject);
        if (item->checkState() == Qt::Checked)
            m_ticked << subject;
        redraw();
    });
    connect(m_range, &QComboBox::currentIndexChanged, this, &CompareView::redraw);
    connect(&context, &WorkspaceContext::tableChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
}

void CompareView::choose(const ComparisonData::Subject& subject)
{
    if (!m_ticked.contains(subject))
        m_ticked << subject;
    reload();
}

void CompareView::setRangeMonths(int months)
{
    const int index = m_range->findData(months);
    if (index >= 0)
        m_range->setCurrentIndex(index);
}

void CompareView::showEvent(QShowEvent* event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void CompareView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        redraw();
    QWidget::changeEvent(event);
}

void CompareView::reload()
{
    m_stale = false;
    m_evaluator = std::make_unique<KpiEvaluator>(m_context.workspace());
    m_subjects = ComparisonData::subjects(m_context.workspace(), *m_evaluator);
    // What no longer exists is no longer compared.
    m_ticked.removeIf([this](const ComparisonData::Subject& subject) { return !m_subjects.contains(subject); });
    m_filling = true;
    m_list->clear();
    // KPIs and metrics often share a name ("Ingevulde profielen"): each under its heading.
    for (int i = 0; i < m_subjects.size(); ++i) {
        const ComparisonData::Subject& subject = m_subjects.at(i);
        if (i == 0 || subject.isKpi() != m_subjects.at(i - 1).isKpi()) {
            auto* heading = new QListWidgetItem(subject.isKpi() ? tr("KPIs") : tr("Metrics"), m_list);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            heading->setFlags(Qt::ItemIsEnabled);
        }
        auto* item = new QListWidgetItem(subject.name, m_list);
        item->setData(subjectRole, i);
        item->setToolTip(subject.isKpi() ? tr("KPI, %1").arg(enumLabel(subject.unit))
                                         : tr("Metric, %1").arg(enumLabel(subject.unit)));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_ticked.contains(subject) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    redraw();
}

void CompareView::redraw()
{
    if (m_filling || !m_evaluator)
        return;
    m_shown = ComparisonData::build(m_context.workspace(), *m_evaluator, m_ticked, m_range->currentData().toInt());
    ComparisonChartBuilder::build(m_chart->chart(), m_shown, ChartPalette::forDark(StatusStyle::isDark(palette())));
    m_chart->chart()->setTitle(m_shown.lines.isEmpty() ? tr("Tick two to four KPIs or metrics") : QString());
    m_problem->showProblem(m_shown.problems.join(u'\n'));
}

} // namespace stuurboord
