#include "PackMeetingParts.h"

#include "PackContext.h"
#include "domain/ActionItem.h"
#include "domain/Decision.h"
#include "domain/MeetingParticipant.h"
#include "domain/MeetingSeries.h"
#include "domain/Stakeholder.h"
#include "governance/ActionItemDue.h"
#include "governance/MeetingSchedule.h"
#include "kpi/KpiFormat.h"
#include "kpi/MeasurementCalendar.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <algorithm>

namespace stuurboord {

namespace {
PackTable actionTable(bool withKpi)
{
    PackTable table;
    table.header = withKpi ? QStringList{QCoreApplication::translate("MeetingPack", "KPI"), QCoreApplication::translate("MeetingPack", "Follow-up action"), QCoreApplication::translate("MeetingPack", "Owner"), QCoreApplication::translate("MeetingPack", "Due"), QCoreApplication::translate("MeetingPack", "State")}
                           : QStringList{QCoreApplication::translate("MeetingPack", "Action item"), QCoreApplication::translate("MeetingPack", "Owner"), QCoreApplication::translate("MeetingPack", "Due"), QCoreApplication::translate("MeetingPack", "State")};
    table.widths = withKpi ? QList<int>{20, 34, 14, 15, 17} : QList<int>{46, 16, 17, 21};
    return table;
}

QStringList actionRow(const PackContext& context, const ActionItem& action)
{
    return QStringList{action.description, context.stakeholder(action.ownerId), PackContext::date(action.due),
        PackMeetingParts::stateOn(action, context.asOf)};
}

bool byDue(const ActionItem& a, const ActionItem& b)
{
    return a.due < b.due;
}
} // namespace

QString PackMeetingParts::stateOn(const ActionItem& action, const QDate& date)
{
    if (ActionItemDue::isOverdueOn(action, date))
        return QCoreApplication::translate("MeetingPack", "overdue since %1").arg(PackContext::date(action.due));
    if (ActionItemDue::isOpenOn(action, date))
        return action.closed.isValid() || action.status == ActionStatus::Open ? QCoreApplication::translate("MeetingPack", "open") : enumLabel(action.status);
    if (action.status == ActionStatus::Cancelled)
        return action.closed.isValid() ? QCoreApplication::translate("MeetingPack", "cancelled on %1").arg(PackContext::date(action.closed)) : QCoreApplication::translate("MeetingPack", "cancelled");
    return action.closed.isValid() ? QCoreApplication::translate("MeetingPack", "done on %1").arg(PackContext::date(action.closed)) : QCoreApplication::translate("MeetingPack", "done");
}

PackPart PackMeetingParts::followUps(const PackContext& context)
{
    PackPart part{PackSection::FollowUps, QCoreApplication::translate("MeetingPack", "Follow-up actions"), {}};
    // Open on the date, or closed since the previous meeting: what the board should hear about.
    const QDate since = context.previous ? context.previous->date : context.asOf.addMonths(-3);
    QList<ActionItem> actions;
    for (const ActionItem& action : context.workspace.repository<ActionItem>().all()) {
        if (action.ruleId == 0 || (action.created.isValid() && action.created > context.asOf))
            continue;
        const bool closedLately = action.closed.isValid() && action.closed > since && action.closed <= context.asOf;
        if (ActionItemDue::isOpenOn(action, context.asOf) || closedLately)
            actions << action;
    }
    std::stable_sort(actions.begin(), actions.end(), byDue);
    PackTable table = actionTable(true);
    for (const ActionItem& action : std::as_const(actions)) {
        QString kpi;
        for (const Kpi& candidate : context.kpis) {
            if (candidate.id == action.kpiId)
                kpi = candidate.name;
        }
        table.rows << (QStringList{kpi} + actionRow(context, action));
    }
    if (table.rows.isEmpty()) {
        part.blocks << PackBlock::paragraph(QCoreApplication::translate("MeetingPack", "No threshold fired a follow-up action since %1.").arg(PackContext::date(since)));
        return part;
    }
    part.blocks << PackBlock::ofTable(table);
    part.blocks << PackBlock::note(QCoreApplication::translate("MeetingPack", "Agreed in advance in the KPI's threshold rules; shown when open on %1 or closed since %2.")
                                       .arg(PackContext::date(context.asOf), PackContext::date(since)));
    return part;
}

PackPart PackMeetingParts::previousMeeting(const PackContext& context)
{
    PackPart part{PackSection::PreviousMeeting, QCoreApplication::translate("MeetingPack", "Previous meeting"), {}};
    QList<qint64> shown;
    if (!context.previous) {
        part.blocks << PackBlock::paragraph(QCoreApplication::translate("MeetingPack", "There is no earlier meeting, so there are no decisions to look back on."));
    } else {
        part.heading = QCoreApplication::translate("MeetingPack", "Previous meeting: %1").arg(PackContext::date(context.previous->date));
        QStringList decisions;
        for (const Decision& decision : context.workspace.repository<Decision>().where(QStringLiteral("meeting_id"), context.previous->id))
            decisions << decision.text;
        part.blocks << PackBlock::subheading(QCoreApplication::translate("MeetingPack", "Decisions"));
        if (decisions.isEmpty())
            part.blocks << PackBlock::paragraph(QCoreApplication::translate("MeetingPack", "No decisions were recorded."));
        else
            part.blocks << PackBlock::bullets(decisions);
        QList<ActionItem> actions = context.workspace.repository<ActionItem>().where(QStringLiteral("meeting_id"), context.previous->id);
        std::stable_sort(actions.begin(), actions.end(), byDue);
        PackTable table = actionTable(false);
        for (const ActionItem& action : std::as_const(actions)) {
            table.rows << actionRow(context, action);
            shown << action.id;
        }
        part.blocks << PackBlock::subheading(QCoreApplication::translate("MeetingPack", "Action items of that meeting"));
        if (table.rows.isEmpty())
            part.blocks << PackBlock::paragraph(QCoreApplication::translate("MeetingPack", "No action items were recorded."));
        else
            part.blocks << PackBlock::ofTable(table);
    }
    // Older action items still open, except follow-ups (they have their own section) and
    // those made at this very meeting.
    QList<ActionItem> older;
    for (const ActionItem& action : context.workspace.repository<ActionItem>().all()) {
        const bool thisMeeting = context.meeting && action.meetingId == context.meeting->id;
        if (action.ruleId == 0 && !thisMeeting && !shown.contains(action.id) && ActionItemDue::isOpenOn(action, context.asOf)
            && (!action.created.isValid() || action.created < context.asOf))
            older << action;
    }
    if (!older.isEmpty()) {
        std::stable_sort(older.begin(), older.end(), byDue);
        PackTable table = actionTable(false);
        for (const ActionItem& action : std::as_const(older))
            table.rows << actionRow(context, action);
        part.blocks << PackBlock::subheading(QCoreApplication::translate("MeetingPack", "Other open action items"));
        part.blocks << PackBlock::ofTable(table);
    }
    part.blocks << PackBlock::note(QCoreApplication::translate("MeetingPack", "States as they were on %1.").arg(PackContext::date(context.asOf)));
    return part;
}

QDate PackMeetingParts::nextMeeting(const PackContext& context)
{
    QList<QDate> dates;
    Cadence cadence = Cadence::None;
    for (const Meeting& other : context.workspace.repository<Meeting>().all()) {
        if (!context.meeting || other.seriesId == context.meeting->seriesId)
            dates << other.date;
    }
    if (context.meeting) {
        if (const std::optional<MeetingSeries> series = context.workspace.repository<MeetingSeries>().get(context.meeting->seriesId))
            cadence = series->cadence;
    }
    return MeetingSchedule::build(dates, cadence, context.asOf, 1).nextDue();
}

PackPart PackMeetingParts::upcoming(const PackContext& context)
{
    PackPart part{PackSection::Upcoming, QCoreApplication::translate("MeetingPack", "What comes next"), {}};
    const QDate next = nextMeeting(context);
    part.blocks << PackBlock::paragraph(next.isValid() ? QCoreApplication::translate("MeetingPack", "Next meeting: %1.").arg(PackContext::date(next))
                                                       : QCoreApplication::translate("MeetingPack", "No next meeting is planned yet."));
    PackTable table;
    table.header = QStringList{QCoreApplication::translate("MeetingPack", "Measurement moment"), QCoreApplication::translate("MeetingPack", "KPI"), QCoreApplication::translate("MeetingPack", "Period")};
    table.widths = {22, 52, 26};
    for (const MeasurementCalendar::Moment& moment : MeasurementCalendar::upcoming(context.workspace, context.asOf))
        table.rows << QStringList{PackContext::date(moment.date), moment.kpiName, KpiFormat::period(moment.period)};
    if (!table.rows.isEmpty()) {
        part.blocks << PackBlock::subheading(QCoreApplication::translate("MeetingPack", "Measurement moments"));
        part.blocks << PackBlock::ofTable(table);
    }
    return part;
}

QStringList PackMeetingParts::participants(const PackContext& context)
{
    QStringList names;
    if (!context.meeting)
        return names;
    for (const MeetingParticipant& participant :
        context.workspace.repository<MeetingParticipant>().where(QStringLiteral("series_id"), context.meeting->seriesId)) {
        const std::optional<Stakeholder> person = context.workspace.repository<Stakeholder>().get(participant.stakeholderId);
        if (person)
            names << (person->role.isEmpty() ? person->name : QCoreApplication::translate("MeetingPack", "%1, %2").arg(person->name, person->role));
    }
    return names;
}

} // namespace stuurboord
