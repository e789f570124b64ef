#include "WorkspaceView.h"

#include "attention/AttentionItem.h"
#include "domain/Annotation.h"
#include "domain/Goal.h"
#include "domain/HeadcountEntry.h"
#include "domain/Kpi.h"
#include "domain/KpiChange.h"
#include "domain/KpiTarget.h"
#include "domain/KpiValue.h"
#include "domain/ThresholdRule.h"
#include "pages/BudgetPage.h"
#include "pages/DashboardPage.h"
#include "pages/DataPage.h"
#include "pages/GoalsKpisPage.h"
#include "pages/MeasurementsPage.h"
#include "pages/ReportsPage.h"
#include "pages/BacklogPage.h"
#include "pages/StakeholdersPage.h"
#include "models/RecordTableModel.h"
#include "widgets/RecordTableView.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include "model/TableSpec.h"
#include "widgets/RecordTableView.h"

namespace stuurboord {

WorkspaceView::WorkspaceView(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFixedWidth(200);
    m_sidebar->setSpacing(2);
    m_pages = new QStackedWidget(this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);

    // The window paints before the figures are read: on a large workspace they take a
    // moment, and the sidebar and menus are usable meanwhile.
    auto* dashboard = new DashboardPage(context, this, DashboardPage::FirstLoad::AfterFirstPaint);
    addPage(tr("Dashboard"), [dashboard] { return dashboard; });
    // The other pages are made when first shown: the dashboard paints first, and nobody waits
    // for pages they do not open.
    addPage(tr("Goals & KPIs"), [this, &context] {
        m_goalsKpis = new GoalsKpisPage(context, this);
        return m_goalsKpis;
    }, AttentionPlace::goalsKpis());
    addPage(tr("Measurements"), [this, &context] { return new MeasurementsPage(context, this); },
        AttentionPlace::measurements());
    addPage(tr("Data"), [this, &context] { return new DataPage(context, this); }, AttentionPlace::data());
    addPage(tr("Stakeholders"), [this, &context] { return new StakeholdersPage(context, this); },
        AttentionPlace::stakeholders());
    addPage(tr("Budget"), [this, &context] { return new BudgetPage(context, this); }, AttentionPlace::budget());
    addPage(tr("Backlog & wishes"), [this, &context] { return new BacklogPage(context, this); },
        AttentionPlace::backlog());
    addPage(tr("Reports"), [this, &context] { return new ReportsPage(context, this); });

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int index) {
        if (QWidget* page = made(index))
            m_pages->setCurrentWidget(page);
    });
    connect(dashboard, &DashboardPage::kpiRequested, this, &WorkspaceView::openKpi);
    connect(dashboard, &DashboardPage::placeRequested, this, &WorkspaceView::openPlace);
    m_sidebar->setCurrentRow(0);
}

void WorkspaceView::addPage(const QString& title, std::function<QWidget*()> make, const QString& key)
{
    auto* item = new QListWidgetItem(title, m_sidebar);
    item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() * 2));
    m_pages->addWidget(new QWidget(m_pages)); // stands in until the page is first shown
    m_factories << std::move(make);
    if (!key.isEmpty())
        m_byKey.insert(key, static_cast<int>(m_factories.size()) - 1);
}

QWidget* WorkspaceView::made(int index)
{
    if (index < 0 || index >= m_factories.size())
        return nullptr;
    if (m_factories.at(index)) {
        QWidget* placeholder = m_pages->widget(index);
        QWidget* page = m_factories.at(index)();
        m_factories[index] = nullptr;
        m_pages->insertWidget(index, page);
        m_pages->removeWidget(placeholder);
        delete placeholder;
    }
    return m_pages->widget(index);
}

int WorkspaceView::pageCount() const
{
    return m_pages->count();
}

void WorkspaceView::showPage(int index)
{
    m_sidebar->setCurrentRow(index);
}

QWidget* WorkspaceView::currentPage() const
{
    return m_pages->currentWidget();
}

void WorkspaceView::openKpi(qint64 kpiId)
{
    openPlace(AttentionPlace::goalsKpis(), QStringLiteral("kpi"), kpiId);
}

void WorkspaceView::openPlace(const QString& page, const QString& table, qint64 id)
{
    if (!m_byKey.contains(page))
        return;
    const int index = m_byKey.value(page);
    QWidget* target = made(index);
    showPage(index);
    if (target == m_goalsKpis) {
        m_goalsKpis->showRecord(table, id);
        return;
    }
    if (page == AttentionPlace::data() && table == u"import") {
        emit importRequested();
        return;
    }
    // Any other page: the first table on it that holds the record shows it, on its tab.
    for (RecordTableView* view : target->findChildren<RecordTableView*>()) {
        if (view->spec().table() != table || view->model()->rowOf(id) < 0)
            continue;
        for (QWidget* widget = view; widget && widget != target; widget = widget->parentWidget()) {
            QWidget* stack = widget->parentWidget();
            if (auto* tabs = stack ? qobject_cast<QTabWidget*>(stack->parentWidget()) : nullptr)
                tabs->setCurrentWidget(widget);
        }
        view->selectId(id);
        return;
    }
}

QString WorkspaceView::pageTitle(int index) const
{
    return m_sidebar->item(index) ? m_sidebar->item(index)->text() : QString();
}

} // namespace stuurboord
