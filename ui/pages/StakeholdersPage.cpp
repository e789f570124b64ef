#include "StakeholdersPage.h"

#include "MeetingsPanel.h"
#include "PageHeader.h"
#include "StakeholderRegisterPanel.h"
#include "domain/ActionItem.h"
#include "domain/Agreement.h"
#include "domain/Decision.h"
#include "domain/MeetingParticipant.h"
#include "domain/MeetingSeries.h"
#include "widgets/RecordTableView.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace stuurboord {

StakeholdersPage::StakeholdersPage(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Stakeholders"),
        tr("Keep sponsors and stakeholders on board: who they are, how much influence and interest they have, "
           "the meetings with them, what was decided and agreed, and what is still to be done."),
        this));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_register = new StakeholderRegisterPanel(context, m_tabs);
    m_meetings = new MeetingsPanel(context, m_tabs);
    m_tabs->addTab(m_register, tr("Register && Grid"));
    m_tabs->addTab(m_meetings, tr("Meetings"));
    auto* actions = new RecordTableView(context, ActionItem::entity().spec(), tr("No action items yet."), m_tabs);
    actions->sortBy(QStringLiteral("due"), Qt::AscendingOrder);
    m_tabs->addTab(actions, tr("Action Items"));
    m_tabs->addTab(new RecordTableView(context, Decision::entity().spec(), tr("No decisions recorded yet."), m_tabs),
        tr("Decisions"));
    m_tabs->addTab(new RecordTableView(context, Agreement::entity().spec(), tr("No agreements recorded yet."), m_tabs),
        tr("Agreements"));
    m_tabs->addTab(new RecordTableView(context, MeetingSeries::entity().spec(),
                       tr("No recurring meetings yet. Plan a quarterly stakeholder meeting."), m_tabs),
        tr("Meeting Series"));
    m_tabs->addTab(new RecordTableView(context, MeetingParticipant::entity().spec(),
                       tr("Nobody is invited to a meeting series yet."), m_tabs),
        tr("Invitations"));
    layout->addWidget(m_tabs, 1);
}

} // namespace stuurboord
