#include "Decision.h"

namespace stuurboord {

const Entity<Decision>& Decision::entity()
{
    static const Entity<Decision> entity(
        TableSpec(QStringLiteral("decision"), QT_TRANSLATE_NOOP("Entity", "decision"),
            QT_TRANSLATE_NOOP("Entity", "decisions"), QStringLiteral("text"),
            QStringLiteral("meeting_id")),
        {
            bind(&Decision::meetingId,
                FieldSpec(QStringLiteral("meeting_id"), QT_TRANSLATE_NOOP("Field", "Meeting"),
                    FieldKind::Reference)
                    .required()
                    .references(QStringLiteral("meeting"), OnDelete::Cascade)),
            bind(&Decision::text,
                FieldSpec(QStringLiteral("text"), QT_TRANSLATE_NOOP("Field", "Decision"),
                    FieldKind::LongText)
                    .required()),
            bind(&Decision::notes,
                FieldSpec(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Field", "Notes"),
                    FieldKind::LongText)),
        });
    return entity;
}

} // namespace stuurboord
