#include "MeetingDetail.h"

#include "Clock.h"
#include "WorkspaceContext.h"
#include "commands/EditRecordCommand.h"
#include "dialogs/ConflictDialog.h"
#include "commands/SnapshotCommand.h"
#include "dialogs/AgendaDialog.h"
#include "dialogs/RecordEditDialog.h"
#include "domain/ActionItem.h"
#include "domain/Decision.h"
#include "domain/Meeting.h"
#include "domain/MeetingAttendee.h"
#include "domain/MeetingParticipant.h"
#include "domain/Stakeholder.h"
#include "governance/AgendaProposal.h"
#include "governance/MeetingRecorder.h"
#include "i18n/DateWords.h"
#include "storage/Workspace.h"
#include "models/RecordTableModel.h"
#include "widgets/RecordTableView.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stuurboord {

namespace {

QPlainTextEdit* readOnlyText(const QString& name, QWidget* parent)
{
    auto* text = new QPlainTextEdit(parent);
    text->setReadOnly(true);
    text->setAccessibleName(name);
    return text;
}

} // namespace

MeetingDetail::MeetingDetail(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    m_empty = new QLabel(tr("Choose a meeting to see who attended, its agenda, minutes, "
                            "decisions and action items."), this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_body = new QWidget(this);
    m_title = new QLabel(m_body);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_facts = new QLabel(m_body);
    m_facts->setWordWrap(true);
    m_edit = new QPushButton(tr("Edit Meeting…"), m_body);
    m_propose = new QPushButton(tr("Propose Agenda…"), m_body);
    m_propose->setToolTip(tr("Propose an agenda from what needs attention on the meeting's date"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_propose);
    buttons->addStretch(1);

    m_attendees = new QListWidget(m_body);
    m_attendees->setAccessibleName(tr("Attendees"));
    m_agenda = readOnlyText(tr("Agenda"), m_body);
    m_minutes = readOnlyText(tr("Minutes"), m_body);
    auto* overview = new QWidget(m_body);
    auto* overviewLayout = new QHBoxLayout(overview);
    auto* attendeesBox = new QVBoxLayout;
    auto* attendeesLabel = new QLabel(tr("Attendees (tick who was there)"), overview);
    attendeesBox->addWidget(attendeesLabel);
    attendeesBox->addWidget(m_attendees, 1);
    auto* texts = new QVBoxLayout;
    texts->addWidget(new QLabel(tr("Agenda"), overview));
    texts->addWidget(m_agenda, 1);
    texts->addWidget(new QLabel(tr("Minutes"), overview));
    texts->addWidget(m_minutes, 1);
    overviewLayout->addLayout(attendeesBox, 2);
    overviewLayout->addLayout(texts, 3);

    m_decisions = new RecordTableView(context, Decision::entity().spec(),
        tr("No decisions recorded for this meeting."), m_body);
    m_actions = new RecordTableView(context, ActionItem::entity().spec(),
        tr("No action items raised at this meeting."), m_body);
    m_tabs = new QTabWidget(m_body);
    m_tabs->addTab(overview, tr("Attendees, Agenda && Minutes"));
    m_tabs->addTab(m_decisions, tr("Decisions"));
    m_tabs->addTab(m_actions, tr("Action Items"));

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_facts);
    bodyLayout->addLayout(buttons);
    bodyLayout->addWidget(m_tabs, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_body, 1);

    connect(m_attendees, &QListWidget::itemChanged, this, &MeetingDetail::attendeeToggled);
    connect(m_edit, &QPushButton::clicked, this, &MeetingDetail::editMeeting);
    connect(m_propose, &QPushButton::clicked, this, &MeetingDetail::proposeAgenda);
    connect(&context, &WorkspaceContext::tableChanged, this, [this](const QString& table) {
        if (table == QLatin1String("meeting") || table == QLatin1String("meeting_attendee")
            || table == QLatin1String("stakeholder") || table == QLatin1String("meeting_series")
            || table == QLatin1String("decision") || table == QLatin1String("action_item"))
            reload();
    });
    setMeeting(0);
}

void MeetingDetail::setMeeting(qint64 id)
{
    m_meetingId = id;
    m_decisions->setFilter(QStringLiteral("meeting_id"), id);
    m_actions->setFilter(QStringLiteral("meeting_id"), id);
    reload();
}

void MeetingDetail::reload()
{
    const std::optional<Meeting> meeting = m_context.workspace().repository<Meeting>().get(m_meetingId);
    m_empty->setVisible(!meeting);
    m_body->setVisible(meeting.has_value());
    if (!meeting)
        return;
    RecordStore& store = m_context.records();
    m_title->setText(meeting->title);
    QStringList facts{DateWords::day(meeting->date),
        store.displayName(QStringLiteral("meeting_series"), meeting->seriesId)};
    if (!meeting->location.isEmpty())
        facts << meeting->location;
    facts << (meeting->date > Clock::today() ? tr("planned") : tr("held"));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_agenda->setPlainText(meeting->agenda.isEmpty() ? tr("No agenda yet. Use Propose Agenda… to start one.")
                                                     : meeting->agenda);
    m_minutes->setPlainText(meeting->minutes.isEmpty() ? tr("No minutes yet.") : meeting->minutes);

    QSet<qint64> invited;
    for (const MeetingParticipant& participant :
        m_context.workspace().repository<MeetingParticipant>().where(QStringLiteral("series_id"), meeting->seriesId))
        invited.insert(participant.stakeholderId);
    const QList<qint64> attended = MeetingRecorder(store).attendees(m_meetingId);
    QSignalBlocker blocker(m_attendees);
    m_attendees->clear();
    QList<Stakeholder> people = m_context.workspace().repository<Stakeholder>().all();
    // Those invited first, then everyone else who could have joined.
    std::stable_sort(people.begin(), people.end(), [&invited](const Stakeholder& a, const Stakeholder& b) {
        return invited.contains(a.id) && !invited.contains(b.id);
    });
    for (const Stakeholder& person : std::as_const(people)) {
        QString text = person.name;
        if (invited.contains(person.id))
            text += QLatin1Char(' ') + tr("(invited)");
        auto* item = new QListWidgetItem(text, m_attendees);
        item->setToolTip(person.role);
        item->setData(Qt::UserRole, person.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(attended.contains(person.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_tabs->setTabText(1, tr("Decisions (%1)").arg(m_decisions->model()->rowCount()));
    m_tabs->setTabText(2, tr("Action Items (%1)").arg(m_actions->model()->rowCount()));
}

void MeetingDetail::attendeeToggled(QListWidgetItem*)
{
    QList<qint64> ids;
    for (int row = 0; row < m_attendees->count(); ++row) {
        if (m_attendees->item(row)->checkState() == Qt::Checked)
            ids << m_attendees->item(row)->data(Qt::UserRole).toLongLong();
    }
    const QString title = m_context.records().displayName(QStringLiteral("meeting"), m_meetingId);
    const qint64 meetingId = m_meetingId;
    RecordStore& store = m_context.records();
    const Outcome outcome = SnapshotCommand::run(m_context,
        tr("Change attendees of “%1”").arg(title),
        {{&MeetingAttendee::entity().spec(), QStringLiteral("meeting_id"), meetingId},
            {&Stakeholder::entity().spec(), QString(), QVariant()}},
        [&store, meetingId, ids] { return MeetingRecorder(store).setAttendees(meetingId, ids, Clock::today()); });
    if (!outcome) {
        QMessageBox::warning(this, tr("Attendees not saved"), outcome.message());
        reload();
    }
}

void MeetingDetail::editMeeting()
{
    const TableSpec& spec = Meeting::entity().spec();
    const std::optional<Record> before = m_context.records().get(spec, m_meetingId);
    if (!before)
        return;
    RecordEditDialog dialog(spec, m_context.records(), *before, this);
    if (dialog.exec() == QDialog::Accepted && dialog.record().values != before->values)
        ConflictDialog::saveEdit(m_context, spec, *before, dialog.record(), this);
}

void MeetingDetail::proposeAgenda()
{
    std::optional<Meeting> meeting = m_context.workspace().repository<Meeting>().get(m_meetingId);
    if (!meeting)
        return;
    const QList<AgendaPoint> points = AgendaProposal::propose(m_context.workspace(), meeting->seriesId, meeting->date);
    AgendaDialog dialog(points, meeting->date, meeting->agenda, this);
    if (dialog.exec() != QDialog::Accepted || dialog.agenda() == meeting->agenda)
        return;
    const Record before = Meeting::entity().toRecord(*meeting);
    meeting->agenda = dialog.agenda();
    m_context.undoStack().push(
        new EditRecordCommand(m_context, Meeting::entity().spec(), before, Meeting::entity().toRecord(*meeting)));
}

} // namespace stuurboord
