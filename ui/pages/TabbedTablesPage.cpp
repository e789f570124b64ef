#include "TabbedTablesPage.h"

#include "model/TableSpec.h"
#include "PageHeader.h"
#include "widgets/RecordTableView.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace stuurboord {

TabbedTablesPage::TabbedTablesPage(WorkspaceContext& context, const QString& title,
    const QString& intro, const QList<Tab>& tabs, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title, intro, this));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    for (const Tab& tab : tabs) {
        auto* view = new RecordTableView(context, *tab.spec, tab.emptyText, m_tabs);
        if (!tab.sortColumn.isEmpty())
            view->sortBy(tab.sortColumn, tab.order);
        m_tabs->addTab(view, tab.spec->plural().left(1).toUpper() + tab.spec->plural().mid(1));
        m_views << view;
    }
    layout->addWidget(m_tabs, 1);
}

} // namespace stuurboord
