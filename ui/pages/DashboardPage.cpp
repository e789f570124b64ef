#include "DashboardPage.h"

#include "AfterFirstPaint.h"
#include "Clock.h"
#include "DashboardGuide.h"
#include "PageHeader.h"
#include "WorkspaceContext.h"
#include "commands/AddRecordCommand.h"
#include "dialogs/RecordEditDialog.h"
#include "domain/Annotation.h"
#include "domain/DismissedSignal.h"
#include "domain/Meeting.h"
#include "kpi/KpiFormat.h"
#include "kpi/MeasurementCalendar.h"
#include "models/ValueFormatter.h"
#include "storage/Workspace.h"
#include "storage/queries/BudgetQueries.h"
#include "widgets/FigureTile.h"
#include "widgets/StatusStyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stuurboord {

namespace {
constexpr int tileColumns = 4;

QTreeWidget* makeList(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setHeaderLabels(headers);
    list->setHeaderHidden(headers.size() == 1);
    list->setAccessibleName(name);
    list->setWordWrap(true);
    list->setUniformRowHeights(false);
    list->header()->setStretchLastSection(true);
    return list;
}

// A list of whole sentences: they wrap instead of being cut off.
QListWidget* makeSentences(const QString& name, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setAccessibleName(name);
    list->setWordWrap(true);
    list->setResizeMode(QListView::Adjust);
    list->setUniformItemSizes(false);
    list->setTextElideMode(Qt::ElideNone);
    list->setSpacing(2);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return list;
}

QGroupBox* box(const QString& title, QWidget* content, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

QString severitySymbol(AttentionSeverity severity)
{
    switch (severity) {
    case AttentionSeverity::Urgent:
        return QStringLiteral("✕");
    case AttentionSeverity::Warning:
        return QStringLiteral("▲");
    case AttentionSeverity::Notice:
        break;
    }
    return QStringLiteral("○");
}

QString trendSymbol(TrendSignal::Kind kind)
{
    switch (kind) {
    case TrendSignal::Kind::Falling:
        return QStringLiteral("↘");
    case TrendSignal::Kind::Rising:
        return QStringLiteral("↗");
    case TrendSignal::Kind::Outlier:
        return QStringLiteral("⚡");
    case TrendSignal::Kind::Stopped:
        break;
    }
    return QStringLiteral("⏸");
}

constexpr int signalRole = Qt::UserRole + 1;
} // namespace

DashboardPage::DashboardPage(WorkspaceContext& context, QWidget* parent, FirstLoad firstLoad)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Dashboard"), tr("How the intranet is doing, and what needs your attention."), this));
    m_reading = new QLabel(tr("Reading the figures…"), this);
    m_reading->setAlignment(Qt::AlignCenter);
    m_reading->hide();
    layout->addWidget(m_reading);
    m_guide = new DashboardGuide(this);
    layout->addWidget(m_guide);
    connect(m_guide, &DashboardGuide::stepRequested, this,
        [this](DashboardGuide::Step step) { guideStep(static_cast<int>(step)); });

    auto* tools = new QHBoxLayout;
    tools->addStretch(1);
    m_compare = new QPushButton(tr("Compare KPIs…"), this);
    m_compare->setToolTip(tr("See two to four KPIs or metrics on one time axis"));
    connect(m_compare, &QPushButton::clicked, this,
        [this] { emit placeRequested(AttentionPlace::goalsKpis(), QStringLiteral("compare"), 0); });
    tools->addWidget(m_compare);
    layout->addLayout(tools);

    m_tileArea = new QScrollArea(this);
    m_tileArea->setWidgetResizable(true);
    m_tileArea->setFrameShape(QFrame::NoFrame);
    auto* tileHost = new QWidget(m_tileArea);
    m_tileGrid = new QGridLayout(tileHost);
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    for (int column = 0; column < tileColumns; ++column)
        m_tileGrid->setColumnStretch(column, 1);
    m_tileArea->setWidget(tileHost);
    m_tileArea->setAccessibleName(tr("KPIs"));
    layout->addWidget(m_tileArea, 3);

    auto* grid = new QGridLayout;
    m_attention = makeSentences(tr("Action needed"), this);
    m_attention->setToolTip(tr("Double-click an item to go where it is dealt with"));
    grid->addWidget(box(tr("Action needed"), m_attention, this), 0, 0, 2, 1);

    auto* trendBox = new QWidget(this);
    auto* trendLayout = new QVBoxLayout(trendBox);
    trendLayout->setContentsMargins(0, 0, 0, 0);
    m_trends = makeSentences(tr("Trend signals"), trendBox);
    m_trends->setToolTip(tr("Double-click a signal to see its chart"));
    auto* buttons = new QHBoxLayout;
    m_showChart = new QPushButton(tr("Show chart"), trendBox);
    m_annotate = new QPushButton(tr("Keep as event…"), trendBox);
    m_annotate->setToolTip(tr("Record this as an event that charts and reports show"));
    m_dismiss = new QPushButton(tr("Dismiss"), trendBox);
    m_dismiss->setToolTip(tr("Seen, nothing to do: hide this signal (Edit › Undo brings it back)"));
    buttons->addWidget(m_showChart);
    buttons->addWidget(m_annotate);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    trendLayout->addWidget(m_trends, 1);
    trendLayout->addLayout(buttons);
    grid->addWidget(box(tr("Trend signals"), trendBox, this), 0, 1, 2, 1);

    m_meetings = makeList({tr("Date"), tr("Coming up")}, tr("Coming up"), this);
    m_meetings->setHeaderHidden(false);
    grid->addWidget(box(tr("Meetings and measurement moments"), m_meetings, this), 0, 2);
    auto* budgetBox = new QWidget(this);
    auto* budgetLayout = new QVBoxLayout(budgetBox);
    m_budget = new QProgressBar(budgetBox);
    m_budget->setAccessibleName(tr("Budget used"));
    m_budgetText = new QLabel(budgetBox);
    m_budgetText->setWordWrap(true);
    budgetLayout->addWidget(m_budget);
    budgetLayout->addWidget(m_budgetText);
    budgetLayout->addStretch(1);
    grid->addWidget(box(tr("Budget this year"), budgetBox, this), 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    layout->addLayout(grid, 2);

    connect(m_attention, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int index = m_attention->row(item);
        if (index < 0 || index >= m_data.attention.size())
            return;
        const AttentionPlace& place = m_data.attention.at(index).place;
        emit placeRequested(place.page, place.table, place.id);
    });
    connect(m_trends, &QListWidget::itemActivated, this, &DashboardPage::openTrend);
    connect(m_trends, &QListWidget::currentItemChanged, this, [this] {
        const bool chosen = currentSignal() != nullptr;
        m_showChart->setEnabled(chosen);
        m_annotate->setEnabled(chosen);
        m_dismiss->setEnabled(chosen);
    });
    connect(m_showChart, &QPushButton::clicked, this, &DashboardPage::openTrend);
    connect(m_dismiss, &QPushButton::clicked, this, &DashboardPage::dismissSignal);
    connect(m_annotate, &QPushButton::clicked, this, &DashboardPage::annotateSignal);
    connect(&context, &WorkspaceContext::tableChanged, this, &DashboardPage::scheduleReload);
    if (firstLoad == FirstLoad::Now) {
        reload();
        return;
    }
    // Until then the page says what it is doing; the empty-workspace guide would mislead.
    m_guide->hide();
    m_compare->hide();
    m_tileArea->hide();
    m_reading->show();
    AfterFirstPaint::run(this, [this] { ensureLoaded(); });
}

DashboardPage& DashboardPage::ensureLoaded()
{
    if (!m_loaded)
        reload();
    return *this;
}

void DashboardPage::scheduleReload()
{
    // An import or an undo touches several tables at once: compute once afterwards.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

void DashboardPage::reload()
{
    m_data = DashboardData::build(m_context.workspace(), Clock::today());
    m_guide->setVisible(m_data.needsGuide());
    m_guide->setSteps(m_data.steps);
    m_compare->setVisible(!m_data.needsGuide());
    reloadTiles();
    reloadAttention();
    reloadTrends();
    reloadMeetings();
    reloadBudget();
    m_reading->hide();
    m_loaded = true;
    emit loaded();
}

void DashboardPage::changeEvent(QEvent* event)
{
    // Status colours are picked for the palette: a dark one needs lighter tones. Only the
    // coloured parts are drawn again; the chosen trend signal and its buttons stay as they are.
    if (event->type() == QEvent::PaletteChange && m_tileArea) {
        reloadTiles();
        reloadAttention();
    }
    QWidget::changeEvent(event);
}

void DashboardPage::reloadTiles()
{
    while (m_tiles.size() > m_data.tiles.size())
        delete m_tiles.takeLast();
    while (m_tiles.size() < m_data.tiles.size()) {
        auto* tile = new FigureTile(m_tileArea->widget());
        const int index = static_cast<int>(m_tiles.size());
        m_tileGrid->addWidget(tile, index / tileColumns, index % tileColumns);
        connect(tile, &FigureTile::activated, this, &DashboardPage::kpiRequested);
        m_tiles << tile;
    }
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles.at(i)->setTile(m_data.tiles.at(i));
    m_tileArea->setVisible(!m_tiles.isEmpty());
}

void DashboardPage::reloadAttention()
{
    m_attention->clear();
    for (const AttentionItem& entry : std::as_const(m_data.attention)) {
        auto* item = new QListWidgetItem(severitySymbol(entry.severity) + u' ' + entry.text, m_attention);
        item->setToolTip(tr("Double-click to go where this is dealt with"));
        if (entry.severity == AttentionSeverity::Urgent)
            item->setForeground(StatusStyle::colour(KpiStatus::OffTrack, palette()));
    }
    if (m_data.attention.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Nothing needs action now."), m_attention);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

void DashboardPage::reloadTrends()
{
    m_trends->clear();
    for (int i = 0; i < m_data.trends.size(); ++i) {
        const TrendSignal& signal = m_data.trends.at(i);
        auto* item = new QListWidgetItem(trendSymbol(signal.kind) + u' ' + signal.text, m_trends);
        item->setData(signalRole, i);
    }
    if (m_data.trends.isEmpty()) {
        auto* item = new QListWidgetItem(
            m_data.needsGuide() ? tr("Trend signals appear once figures come in.")
                                 : tr("No trends stand out: nothing fell or rose three periods in a "
                                      "row, nothing is far out of range."),
            m_trends);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_showChart->setEnabled(false);
    m_annotate->setEnabled(false);
    m_dismiss->setEnabled(false);
}

const TrendSignal* DashboardPage::currentSignal() const
{
    const QListWidgetItem* item = m_trends->currentItem();
    if (!item || !item->data(signalRole).isValid())
        return nullptr;
    const int index = item->data(signalRole).toInt();
    return index >= 0 && index < m_data.trends.size() ? &m_data.trends.at(index) : nullptr;
}

void DashboardPage::openTrend()
{
    const TrendSignal* signal = currentSignal();
    if (!signal)
        return;
    if (signal->kpiId)
        emit kpiRequested(signal->kpiId);
    else
        emit placeRequested(AttentionPlace::data(), QStringLiteral("metric"), signal->metricId);
}

void DashboardPage::dismissSignal()
{
    const TrendSignal* signal = currentSignal();
    if (!signal)
        return;
    DismissedSignal dismissed;
    dismissed.signalKey = signal->key();
    dismissed.dismissedOn = Clock::today();
    auto* command = new AddRecordCommand(m_context, DismissedSignal::entity().spec(),
        DismissedSignal::entity().toRecord(dismissed));
    command->setText(tr("Dismiss signal"));
    m_context.undoStack().push(command);
}

void DashboardPage::annotateSignal()
{
    const TrendSignal* signal = currentSignal();
    if (!signal)
        return;
    Annotation annotation;
    annotation.date = signal->period.firstDay();
    annotation.kind = AnnotationKind::Other;
    annotation.title = signal->text.left(120);
    annotation.kpiId = signal->kpiId;
    annotation.metricId = signal->metricId;
    RecordEditDialog dialog(Annotation::entity().spec(), m_context.records(),
        Annotation::entity().toRecord(annotation), this);
    dialog.setWindowTitle(tr("Keep as event"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // One undo step: the event is added and the signal it answers goes away.
    DismissedSignal dismissed;
    dismissed.signalKey = signal->key();
    dismissed.dismissedOn = Clock::today();
    const Record event = dialog.record();
    const Record done = DismissedSignal::entity().toRecord(dismissed);
    m_context.undoStack().beginMacro(tr("Keep signal as event"));
    m_context.undoStack().push(new AddRecordCommand(m_context, Annotation::entity().spec(), event));
    m_context.undoStack().push(new AddRecordCommand(m_context, DismissedSignal::entity().spec(), done));
    m_context.undoStack().endMacro();
}

void DashboardPage::guideStep(int step)
{
    switch (static_cast<DashboardGuide::Step>(step)) {
    case DashboardGuide::Step::Goals:
        emit placeRequested(AttentionPlace::goalsKpis(), QStringLiteral("goal"), -1);
        break;
    case DashboardGuide::Step::Kpis:
        emit placeRequested(AttentionPlace::goalsKpis(), QStringLiteral("kpi"), -1);
        break;
    case DashboardGuide::Step::Measurements:
        emit placeRequested(AttentionPlace::data(), QStringLiteral("import"), -1);
        break;
    case DashboardGuide::Step::Review:
        emit placeRequested(AttentionPlace::goalsKpis(), QStringLiteral("kpi_review"), -1);
        break;
    }
}

void DashboardPage::reloadMeetings()
{
    m_meetings->clear();
    const QDate today = m_data.asOf;
    QList<std::pair<QDate, QString>> entries;
    for (const Meeting& meeting : m_context.workspace().repository<Meeting>().all()) {
        if (meeting.date >= today)
            entries.append({meeting.date, meeting.title});
    }
    if (entries.isEmpty())
        entries.append({QDate(), tr("No meetings planned. Plan the next stakeholder meeting.")});
    for (const MeasurementCalendar::Moment& moment :
        MeasurementCalendar::upcoming(m_context.workspace(), today))
        entries.append({moment.date,
            tr("Measure %1 (%2)").arg(moment.kpiName, KpiFormat::period(moment.period))});
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        return a.first.isValid() && (!b.first.isValid() || a.first < b.first);
    });
    for (const auto& [date, what] : std::as_const(entries)) {
        auto* item = new QTreeWidgetItem(m_meetings, {ValueFormatter::date(date), what});
        item->setToolTip(1, what);
    }
    m_meetings->resizeColumnToContents(0);
}

void DashboardPage::reloadBudget()
{
    const BudgetQueries queries(m_context.workspace().database());
    const QList<int> years = queries.years();
    const int thisYear = m_data.asOf.year();
    const int year = years.contains(thisYear) ? thisYear : years.value(0);
    qint64 planned = 0;
    qint64 spent = 0;
    for (const BudgetQueries::Line& line : queries.lines(year)) {
        planned += line.plannedCents;
        spent += line.spentCents;
    }
    m_budget->setRange(0, 100);
    if (planned <= 0) {
        m_budget->setValue(0);
        m_budgetText->setText(
            tr("No budget planned yet. Reserve money for phase two on the Budget page."));
        return;
    }
    m_budget->setValue(static_cast<int>(qMin<qint64>(100, spent * 100 / planned)));
    m_budgetText->setText(
        tr("%1: %2 spent of %3 planned; %4 left.")
            .arg(QString::number(year), ValueFormatter::money(spent),
                ValueFormatter::money(planned), ValueFormatter::money(planned - spent)));
}

} // namespace stuurboord
