#include "BacklogPage.h"

#include "BacklogPanel.h"
#include "PageHeader.h"
#include "WishesPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace stuurboord {

BacklogPage::BacklogPage(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Backlog & wishes"),
        tr("Deferred custom work and employee wishes form the phase-two backlog. Weigh value "
           "against effort, answer every wish, and reserve budget for what you plan."),
        this));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_backlog = new BacklogPanel(context, m_tabs);
    m_wishes = new WishesPanel(context, m_tabs);
    m_tabs->addTab(m_backlog, tr("Backlog"));
    m_tabs->addTab(m_wishes, tr("Wishes"));
    layout->addWidget(m_tabs, 1);
}

} // namespace stuurboord
