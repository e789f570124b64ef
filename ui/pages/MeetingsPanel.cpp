#include "MeetingsPanel.h"

#include "Clock.h"
#include "MeetingDetail.h"
#include "WorkspaceContext.h"
#include "commands/SnapshotCommand.h"
#include "domain/Meeting.h"
#include "domain/MeetingAttendee.h"
#include "domain/MeetingParticipant.h"
#include "domain/MeetingSeries.h"
#include "domain/Stakeholder.h"
#include "governance/AgendaProposal.h"
#include "governance/MeetingRecorder.h"
#include "governance/MeetingSchedule.h"
#include "i18n/DateWords.h"
#include "models/RecordTableModel.h"
#include "storage/Workspace.h"
#include "widgets/RecordTableView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace stuurboord {

namespace {

QStringList days(const QList<QDate>& dates)
{
    QStringList shown;
    for (const QDate& date : dates)
        shown << DateWords::day(date);
    return shown;
}

MeetingSchedule scheduleOf(Workspace& workspace, const MeetingSeries& series)
{
    QList<QDate> dates;
    for (const Meeting& meeting : workspace.repository<Meeting>().where(QStringLiteral("series_id"), series.id))
        dates << meeting.date;
    return MeetingSchedule::build(dates, series.cadence, Clock::today());
}

} // namespace

MeetingsPanel::MeetingsPanel(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    m_series = new QComboBox(this);
    m_series->setAccessibleName(tr("Meeting series"));
    m_schedule = new QLabel(this);
    m_schedule->setWordWrap(true);
    m_schedule->setTextFormat(Qt::RichText);
    m_plan = new QPushButton(tr("Plan Next Meeting"), this);
    m_plan->setToolTip(tr("Add the next meeting on the date the cadence gives, with a proposed agenda"));

    m_meetings = new RecordTableView(context, Meeting::entity().spec(),
        tr("No meetings in this series yet. Use Plan Next Meeting to add the first."), this);
    m_meetings->sortBy(QStringLiteral("date"), Qt::DescendingOrder);
    // The list names the meeting; its agenda and minutes are in the detail beside it.
    for (const QString& column : {QStringLiteral("series_id"), QStringLiteral("agenda"),
             QStringLiteral("minutes"), QStringLiteral("location")})
        m_meetings->hideColumn(column);
    m_detail = new MeetingDetail(context, this);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Series:"), this));
    top->addWidget(m_series);
    top->addStretch(1);
    top->addWidget(m_plan);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_meetings);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_schedule);
    layout->addWidget(splitter, 1);

    connect(m_series, &QComboBox::currentIndexChanged, this, [this] {
        m_meetings->setFilter(QStringLiteral("series_id"), seriesId());
        showSchedule();
        selectDefaultMeeting();
    });
    connect(m_meetings, &RecordTableView::currentChanged, m_detail, &MeetingDetail::setMeeting);
    connect(m_plan, &QPushButton::clicked, this, &MeetingsPanel::planNextMeeting);
    connect(&context, &WorkspaceContext::tableChanged, this, [this](const QString& table) {
        if (table == QLatin1String("meeting_series") || table == QLatin1String("stakeholder"))
            reloadSeries();
        else if (table == QLatin1String("meeting"))
            showSchedule();
    });
    reloadSeries();
}

qint64 MeetingsPanel::seriesId() const
{
    return m_series->currentData().toLongLong();
}

void MeetingsPanel::reloadSeries()
{
    const qint64 current = seriesId();
    {
        QSignalBlocker blocker(m_series);
        m_series->clear();
        for (const MeetingSeries& series : m_context.workspace().repository<MeetingSeries>().all())
            m_series->addItem(series.title, series.id);
        const int index = m_series->findData(current);
        m_series->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_meetings->setFilter(QStringLiteral("series_id"), seriesId());
    m_plan->setEnabled(m_series->count() > 0);
    showSchedule();
    selectDefaultMeeting();
}

void MeetingsPanel::selectDefaultMeeting()
{
    // Open on the meeting most likely wanted: the last one held (its decisions and
    // actions), or the first planned one when none was held yet.
    Meeting chosen;
    for (const Meeting& meeting :
        m_context.workspace().repository<Meeting>().where(QStringLiteral("series_id"), seriesId())) {
        const bool held = meeting.date <= Clock::today();
        const bool chosenHeld = chosen.id != 0 && chosen.date <= Clock::today();
        if (chosen.id == 0 || (held && (!chosenHeld || meeting.date > chosen.date))
            || (!held && !chosenHeld && meeting.date < chosen.date))
            chosen = meeting;
    }
    m_meetings->selectId(chosen.id);
    m_detail->setMeeting(chosen.id);
}

void MeetingsPanel::showSchedule()
{
    const std::optional<MeetingSeries> series
        = m_context.workspace().repository<MeetingSeries>().get(seriesId());
    if (!series) {
        m_schedule->setText(tr("No meeting series yet. Add one on the Meeting Series tab "
                               "(for example a quarterly steering group with the sponsor as chair)."));
        return;
    }
    const MeetingSchedule schedule = scheduleOf(m_context.workspace(), *series);
    QStringList lines;
    QString about = enumLabel(series->cadence);
    about[0] = about.at(0).toUpper();
    if (series->chairId)
        about += QStringLiteral(" · ") + tr("chair: %1").arg(m_context.records().displayName(QStringLiteral("stakeholder"), series->chairId));
    else
        about += QStringLiteral(" · ") + tr("no chair");
    const int participants = int(m_context.workspace().repository<MeetingParticipant>()
                                     .where(QStringLiteral("series_id"), series->id).size());
    about += QStringLiteral(" · ") + tr("%n participant(s)", nullptr, participants);
    if (!schedule.held.isEmpty())
        about += QStringLiteral(" · ") + tr("%n held, the last on %1", nullptr, int(schedule.held.size()))
                                             .arg(DateWords::day(schedule.held.last()));
    lines << about.toHtmlEscaped();
    if (schedule.cadenceMonths == 0) {
        lines << tr("No cadence agreed: set one to plan meetings ahead and see skipped ones.").toHtmlEscaped();
    } else {
        if (!schedule.planned.isEmpty())
            lines << tr("Planned: %1").arg(days(schedule.planned).join(QStringLiteral(", "))).toHtmlEscaped();
        else if (schedule.isOverdue(Clock::today()))
            lines << QStringLiteral("<b>⚠ %1</b>").arg(tr("The next meeting was due on %1 and is not planned yet.")
                                                         .arg(DateWords::day(schedule.nextDue())).toHtmlEscaped());
        lines << tr("Next dates from the cadence: %1").arg(days(schedule.proposed).join(QStringLiteral(", "))).toHtmlEscaped();
        if (!schedule.skipped.isEmpty())
            lines << QStringLiteral("<b>⚠ %1</b>").arg(tr("Skipped: no meeting around %1.")
                                                         .arg(days(schedule.skipped).join(QStringLiteral(", "))).toHtmlEscaped());
    }
    m_schedule->setText(lines.join(QStringLiteral("<br>")));
}

void MeetingsPanel::planNextMeeting()
{
    const std::optional<MeetingSeries> series
        = m_context.workspace().repository<MeetingSeries>().get(seriesId());
    if (!series)
        return;
    const MeetingSchedule schedule = scheduleOf(m_context.workspace(), *series);
    // The slot the cadence asks for; when a meeting is planned already, the one after it.
    QDate date = schedule.planned.isEmpty() ? schedule.nextDue() : schedule.proposed.value(0);
    if (!date.isValid() || date < Clock::today())
        date = Clock::today().addDays(14);
    Meeting meeting;
    meeting.seriesId = series->id;
    meeting.date = date;
    meeting.title = QStringLiteral("%1 %2").arg(series->title, QLocale().toString(date, QStringLiteral("MMMM yyyy")));
    meeting.agenda = AgendaProposal::toText(AgendaProposal::propose(m_context.workspace(), series->id, date));
    RecordStore& store = m_context.records();
    const Outcome outcome = SnapshotCommand::run(m_context, tr("Plan meeting “%1”").arg(meeting.title),
        {{&Meeting::entity().spec(), QStringLiteral("series_id"), series->id},
            {&MeetingAttendee::entity().spec(), QString(), QVariant()}},
        [&store, &meeting] { return MeetingRecorder(store).addMeeting(meeting, Clock::today()); });
    if (!outcome) {
        QMessageBox::warning(this, tr("Meeting not planned"), outcome.message());
        return;
    }
    m_meetings->selectId(meeting.id);
    m_detail->setMeeting(meeting.id);
}

} // namespace stuurboord
