#include "MeetingSeries.h"

namespace stuurboord {

const Entity<MeetingSeries>& MeetingSeries::entity()
{
    static const Entity<MeetingSeries> entity(
        TableSpec(QStringLiteral("meeting_series"), QT_TRANSLATE_NOOP("Entity", "meeting series"),
            QT_TRANSLATE_NOOP("Entity", "meeting series"), QStringLiteral("title"),
            QStringLiteral("title")),
        {
            bind(&MeetingSeries::title,
                FieldSpec(
                    QStringLiteral("title"), QT_TRANSLATE_NOOP("Field", "Title"), FieldKind::Text)
                    .required()),
            bind(&MeetingSeries::cadence,
                FieldSpec(QStringLiteral("cadence"), QT_TRANSLATE_NOOP("Field", "Cadence"),
                    FieldKind::Enum)
                    .required()
                    .values(enumSpec<Cadence>())),
            bind(&MeetingSeries::chairId,
                FieldSpec(QStringLiteral("chair_id"), QT_TRANSLATE_NOOP("Field", "Chair"),
                    FieldKind::Reference)
                    .references(QStringLiteral("stakeholder"), OnDelete::SetNull)),
            bind(&MeetingSeries::purpose,
                FieldSpec(QStringLiteral("purpose"), QT_TRANSLATE_NOOP("Field", "Purpose"),
                    FieldKind::LongText)),
        });
    return entity;
}

} // namespace stuurboord
