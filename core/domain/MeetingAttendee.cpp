#include "MeetingAttendee.h"

namespace stuurboord {

const Entity<MeetingAttendee>& MeetingAttendee::entity()
{
    static const Entity<MeetingAttendee> entity(
        TableSpec(QStringLiteral("meeting_attendee"), QT_TRANSLATE_NOOP("Entity", "attendee"),
            QT_TRANSLATE_NOOP("Entity", "attendees"), QStringLiteral("stakeholder_id"),
            QStringLiteral("meeting_id"))
            .unique({QStringLiteral("meeting_id"), QStringLiteral("stakeholder_id")}),
        {
            bind(&MeetingAttendee::meetingId,
                FieldSpec(QStringLiteral("meeting_id"), QT_TRANSLATE_NOOP("Field", "Meeting"),
                    FieldKind::Reference)
                    .required()
                    .references(QStringLiteral("meeting"), OnDelete::Cascade)),
            bind(&MeetingAttendee::stakeholderId,
                FieldSpec(QStringLiteral("stakeholder_id"),
                    QT_TRANSLATE_NOOP("Field", "Stakeholder"), FieldKind::Reference)
                    .required()
                    .references(QStringLiteral("stakeholder"), OnDelete::Cascade)),
        });
    return entity;
}

} // namespace stuurboord
