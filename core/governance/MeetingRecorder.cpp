#include "MeetingRecorder.h"

#include "domain/Meeting.h"
#include "domain/MeetingAttendee.h"
#include "domain/MeetingParticipant.h"
#include "domain/Stakeholder.h"
#include "storage/Repository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace stuurboord {

MeetingRecorder::MeetingRecorder(RecordStore& store)
    : m_store(store)
{
}

QList<qint64> MeetingRecorder::attendees(qint64 meetingId) const
{
    QList<qint64> ids;
    for (const MeetingAttendee& attendee :
        Repository<MeetingAttendee>(m_store).where(QStringLiteral("meeting_id"), meetingId))
        ids << attendee.stakeholderId;
    return ids;
}

Outcome MeetingRecorder::setAttendees(
    qint64 meetingId, const QList<qint64>& stakeholderIds, const QDate& today)
{
    const std::optional<Meeting> meeting = Repository<Meeting>(m_store).get(meetingId);
    if (!meeting)
        return Outcome::failure(
            QCoreApplication::translate("Governance", "This meeting no longer exists."));
    Transaction transaction(m_store.database());
    Repository<MeetingAttendee> repository(m_store);
    for (const MeetingAttendee& attendee :
        repository.where(QStringLiteral("meeting_id"), meetingId)) {
        if (stakeholderIds.contains(attendee.stakeholderId))
            continue;
        if (Outcome outcome = repository.remove(attendee.id); !outcome)
            return outcome;
    }
    const QList<qint64> present = attendees(meetingId);
    for (qint64 stakeholderId : stakeholderIds) {
        if (present.contains(stakeholderId))
            continue;
        MeetingAttendee attendee;
        attendee.meetingId = meetingId;
        attendee.stakeholderId = stakeholderId;
        if (Outcome outcome = repository.add(attendee); !outcome)
            return outcome;
    }
    if (meeting->date.isValid() && meeting->date <= today) {
        if (Outcome outcome = updateLastContact(stakeholderIds, meeting->date); !outcome)
            return outcome;
    }
    if (!transaction.commit())
        return Outcome::failure(QCoreApplication::translate(
            "Governance", "The attendees could not be saved."));
    return {};
}

Outcome MeetingRecorder::addMeeting(Meeting& meeting, const QDate& today)
{
    Transaction transaction(m_store.database());
    if (Outcome outcome = Repository<Meeting>(m_store).add(meeting); !outcome)
        return outcome;
    QList<qint64> invited;
    for (const MeetingParticipant& participant : Repository<MeetingParticipant>(m_store).where(
             QStringLiteral("series_id"), meeting.seriesId))
        invited << participant.stakeholderId;
    if (Outcome outcome = setAttendees(meeting.id, invited, today); !outcome)
        return outcome;
    if (!transaction.commit())
        return Outcome::failure(
            QCoreApplication::translate("Governance", "The meeting could not be saved."));
    return {};
}

Outcome MeetingRecorder::updateLastContact(const QList<qint64>& stakeholderIds, const QDate& date)
{
    Repository<Stakeholder> stakeholders(m_store);
    for (qint64 id : stakeholderIds) {
        std::optional<Stakeholder> stakeholder = stakeholders.get(id);
        if (!stakeholder || (stakeholder->lastContact.isValid() && stakeholder->lastContact >= date))
            continue;
        stakeholder->lastContact = date;
        if (Outcome outcome = stakeholders.update(*stakeholder); !outcome)
            return outcome;
    }
    return {};
}

} // namespace stuurboord
