#include "MeetingSchedule.h"

#include "ContactLapse.h"

#include <algorithm>

namespace stuurboord {

namespace {

int graceDays(int months)
{
    return months * 30 / 2;
}

// The slots between one meeting and the next (or the end) that passed without a meeting.
QDate collectSkipped(QDate from, int months, const QDate& until, QList<QDate>& skipped)
{
    QDate expected = from.addMonths(months);
    while (expected.addDays(graceDays(months)) < until) {
        skipped << expected;
        expected = expected.addMonths(months);
    }
    return expected;
}

} // namespace

MeetingSchedule MeetingSchedule::build(
    QList<QDate> meetingDates, Cadence cadence, const QDate& asOf, int proposedCount)
{
    MeetingSchedule schedule;
    schedule.cadenceMonths = ContactLapse::months(cadence);
    std::sort(meetingDates.begin(), meetingDates.end());
    meetingDates.erase(std::unique(meetingDates.begin(), meetingDates.end()), meetingDates.end());
    for (const QDate& date : std::as_const(meetingDates))
        (date <= asOf ? schedule.held : schedule.planned) << date;

    const int months = schedule.cadenceMonths;
    if (months == 0)
        return schedule;

    for (qsizetype i = 0; i + 1 < schedule.held.size(); ++i)
        collectSkipped(schedule.held.at(i), months, schedule.held.at(i + 1), schedule.skipped);

    QDate next;
    if (!schedule.held.isEmpty()) {
        const QDate until = schedule.planned.isEmpty() ? asOf : qMin(asOf, schedule.planned.first());
        next = collectSkipped(schedule.held.last(), months, until, schedule.skipped);
    }
    if (!schedule.planned.isEmpty())
        next = schedule.planned.last().addMonths(months);
    else if (!next.isValid())
        next = asOf.addMonths(months);
    // A slot that is late but not yet skipped is still the one to plan.
    for (int n = 0; n < proposedCount; ++n) {
        schedule.proposed << next;
        next = next.addMonths(months);
    }
    return schedule;
}

QDate MeetingSchedule::nextDue() const
{
    if (!planned.isEmpty())
        return planned.first();
    return proposed.value(0);
}

bool MeetingSchedule::isOverdue(const QDate& asOf) const
{
    return planned.isEmpty() && nextDue().isValid() && nextDue() < asOf;
}

} // namespace stuurboord
