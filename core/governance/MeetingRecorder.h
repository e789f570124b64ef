#pragma once

#include "model/Outcome.h"

#include <QDate>
#include <QList>

namespace stuurboord {

class RecordStore;
struct Meeting;

// Recording who attended a meeting, and planning the next one. Attending a meeting that
// has taken place counts as contact, so it moves the attendees' last contact forward
// (never back: a later contact recorded elsewhere stays).
class MeetingRecorder final
{
public:
    explicit MeetingRecorder(RecordStore& store);

    QList<qint64> attendees(qint64 meetingId) const;
    // Replaces the meeting's attendees, in one transaction.
    Outcome setAttendees(qint64 meetingId, const QList<qint64>& stakeholderIds, const QDate& today);
    // Adds a meeting of a series with the series' participants as attendees.
    Outcome addMeeting(Meeting& meeting, const QDate& today);

private:
    Outcome updateLastContact(const QList<qint64>& stakeholderIds, const QDate& date);

    RecordStore& m_store;
};

} // namespace stuurboord
