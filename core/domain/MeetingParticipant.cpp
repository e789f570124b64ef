#include "MeetingParticipant.h"

namespace stuurboord {

const Entity<MeetingParticipant>& MeetingParticipant::entity()
{
    static const Entity<MeetingParticipant> entity(
        TableSpec(QStringLiteral("meeting_participant"), QT_TRANSLATE_NOOP("Entity", "participant"),
            QT_TRANSLATE_NOOP("Entity", "participants"), QStringLiteral("stakeholder_id"),
            QStringLiteral("series_id"))
            .unique({QStringLiteral("series_id"), QStringLiteral("stakeholder_id")}),
        {
            bind(&MeetingParticipant::seriesId,
                FieldSpec(QStringLiteral("series_id"), QT_TRANSLATE_NOOP("Field", "Meeting series"),
                    FieldKind::Reference)
                    .required()
                    .references(QStringLiteral("meeting_series"), OnDelete::Cascade)),
            bind(&MeetingParticipant::stakeholderId,
                FieldSpec(QStringLiteral("stakeholder_id"),
                    QT_TRANSLATE_NOOP("Field", "Stakeholder"), FieldKind::Reference)
                    .required()
                    .references(QStringLiteral("stakeholder"), OnDelete::Cascade)),
        });
    return entity;
}

} // namespace stuurboord
