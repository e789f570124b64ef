#include "MeasurementsPage.h"

#include "PageHeader.h"
#include "WorkspaceContext.h"
#include "dialogs/ManualValueDialog.h"
#include "domain/Annotation.h"
#include "domain/HeadcountEntry.h"
#include "domain/KpiValue.h"
#include "kpi/KpiEvaluator.h"
#include "kpi/KpiFormat.h"
#include "kpi/MeasurementCalendar.h"
#include "models/ValueFormatter.h"
#include "storage/Workspace.h"
#include "widgets/RecordTableView.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stuurboord {

namespace {
constexpr int periodKeyRole = Qt::UserRole + 1;

QTreeWidget* list(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->setAccessibleName(name);
    tree->header()->setStretchLastSection(true);
    return tree;
}
} // namespace

MeasurementsPage::MeasurementsPage(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Measurements"),
                                     tr("When each KPI is measured next, which measurement moments are overdue and "
                                        "what is missing, and the values entered by hand such as survey scores."),
                                     this));
    auto* calendar = new QWidget(this);
    auto* calendarLayout = new QHBoxLayout(calendar);
    calendarLayout->setContentsMargins(0, 0, 0, 0);
    auto* nextBox = new QGroupBox(tr("Next measurement moments"), calendar);
    m_upcoming = list({tr("Date"), tr("Period"), tr("KPI")}, tr("Next measurement moments"), nextBox);
    (new QVBoxLayout(nextBox))->addWidget(m_upcoming);
    auto* overdueBox = new QGroupBox(tr("Overdue"), calendar);
    auto* overdueLayout = new QVBoxLayout(overdueBox);
    m_overdue = list({tr("Period"), tr("KPI"), tr("What is missing")}, tr("Overdue measurement moments"), overdueBox);
    auto* enter = new QPushButton(tr("Enter value…"), overdueBox);
    enter->setToolTip(tr("Enter a value measured by hand, such as a survey score"));
    overdueLayout->addWidget(m_overdue);
    overdueLayout->addWidget(enter, 0, Qt::AlignRight);
    calendarLayout->addWidget(nextBox, 2);
    calendarLayout->addWidget(overdueBox, 3);

    auto* tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    auto* values = new RecordTableView(context, KpiValue::entity().spec(),
                                       tr("No values entered yet. Enter survey scores and other manual KPI values here."), tabs);
    values->sortBy(QStringLiteral("period"), Qt::DescendingOrder);
    auto* headcount = new RecordTableView(context, HeadcountEntry::entity().spec(),
                                          tr("No headcount yet. Enter the number of employees per month."), tabs);
    headcount->sortBy(QStringLiteral("month"), Qt::DescendingOrder);
    auto* events = new RecordTableView(context, Annotation::entity().spec(),
                                       tr("No events yet. Note launches, campaigns and platform changes here."), tabs);
    events->sortBy(QStringLiteral("date"), Qt::DescendingOrder);
    tabs->addTab(values, tr("KPI values"));
    tabs->addTab(headcount, tr("Headcount"));
    tabs->addTab(events, tr("Events"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(calendar);
    splitter->addWidget(tabs);
    layout->addWidget(splitter, 1);

    connect(enter, &QPushButton::clicked, this, &MeasurementsPage::enterValue);
    connect(m_overdue, &QTreeWidget::itemActivated, this, &MeasurementsPage::enterValue);
    connect(&context, &WorkspaceContext::tableChanged, this, [this](const QString& table) {
        static const QStringList relevant{QStringLiteral("kpi"), QStringLiteral("kpi_value"), QStringLiteral("observation"),
                                          QStringLiteral("headcount")};
        if (relevant.contains(table))
            reload();
    });
    reload();
}

void MeasurementsPage::reload()
{
    m_upcoming->clear();
    m_overdue->clear();
    Workspace& workspace = m_context.workspace();
    for (const MeasurementCalendar::Moment& moment : MeasurementCalendar::upcoming(workspace))
        new QTreeWidgetItem(m_upcoming, {ValueFormatter::date(moment.date), KpiFormat::period(moment.period), moment.kpiName});
    const KpiEvaluator evaluator(workspace);
    const QList<MeasurementCalendar::Moment> overdue = MeasurementCalendar::overdue(workspace, evaluator);
    for (auto it = overdue.crbegin(); it != overdue.crend(); ++it) {
        auto* item = new QTreeWidgetItem(m_overdue, {KpiFormat::period(it->period), it->kpiName, it->missing});
        item->setData(0, Qt::UserRole, it->kpiId);
        // The column shows "2026 K3"; the value is entered for the period's key.
        item->setData(0, periodKeyRole, it->period.toString());
    }
    if (overdue.isEmpty())
        new QTreeWidgetItem(m_overdue, {QString(), tr("Nothing overdue: every measurement moment has its value.")});
    m_upcoming->resizeColumnToContents(0);
    m_upcoming->resizeColumnToContents(1);
    m_overdue->resizeColumnToContents(0);
    m_overdue->resizeColumnToContents(1);
}

void MeasurementsPage::enterValue()
{
    QTreeWidgetItem* item = m_overdue->currentItem();
    const qint64 kpiId = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    ManualValueDialog dialog(m_context, kpiId, item ? item->data(0, periodKeyRole).toString() : QString(), this);
    dialog.exec();
}

} // namespace stuurboord
