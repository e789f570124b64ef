#include "WorkspaceView.h"

#include "domain/Annotation.h"
#include "domain/Goal.h"
#include "domain/HeadcountEntry.h"
#include "domain/Kpi.h"
#include "domain/KpiChange.h"
#include "domain/KpiTarget.h"
#include "domain/KpiValue.h"
#include "domain/ThresholdRule.h"
#include "pages/BacklogPage.h"
#include "pages/BudgetPage.h"
#include "pages/DashboardPage.h"
#include "pages/DataPage.h"
#include "pages/GoalsKpisPage.h"
#include "pages/MeasurementsPage.h"
#include "pages/ReportsPage.h"
#include "pages/StakeholdersPage.h"
#include "pages/TabbedTablesPage.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

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

    addPage(tr("Dashboard"), new DashboardPage(context, this));
    addPage(tr("Goals & KPIs"), new GoalsKpisPage(context, this));
    addPage(tr("Measurements"), new MeasurementsPage(context, this));
    addPage(tr("Data"), new DataPage(context, this));
    addPage(tr("Stakeholders"), new StakeholdersPage(context, this));
    addPage(tr("Budget"), new BudgetPage(context, this));
    addPage(tr("Backlog & wishes"), new BacklogPage(context, this));
    addPage(tr("Reports"), new ReportsPage(context, this));

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);
}

void WorkspaceView::addPage(const QString& title, QWidget* page)
{
    auto* item = new QListWidgetItem(title, m_sidebar);
    item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() * 2));
    m_pages->addWidget(page);
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

QString WorkspaceView::pageTitle(int index) const
{
    return m_sidebar->item(index) ? m_sidebar->item(index)->text() : QString();
}

} // namespace stuurboord
