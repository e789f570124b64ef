#pragma once

#include <QDate>
#include <QList>

namespace stuurboord {

enum class Cadence;

// A meeting series' calendar as of a date: the meetings held and planned, the slots the
// cadence asked for that passed without a meeting (skipped), and the next dates to plan.
class MeetingSchedule final
{
public:
    QList<QDate> held; // on or before the date, oldest first
    QList<QDate> planned; // after the date, soonest first
    QList<QDate> skipped; // cadence slots that passed without a meeting, oldest first
    QList<QDate> proposed; // the next slots after the last meeting, not yet planned
    int cadenceMonths = 0;

    // Builds the schedule from the series' meeting dates (any order) and its cadence.
    // A slot counts as skipped once half an interval has passed without a meeting, so a
    // meeting moved by a few weeks is not a skipped one.
    static MeetingSchedule build(QList<QDate> meetingDates, Cadence cadence, const QDate& asOf,
        int proposedCount = 4);

    // The next meeting that is due: the first planned one, else the first proposed slot.
    QDate nextDue() const;
    bool isOverdue(const QDate& asOf) const;
};

} // namespace stuurboord
