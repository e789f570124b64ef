#include "Meeting.h"

namespace stuurboord {

const Entity<Meeting>& Meeting::entity()
{
    static const Entity<Meeting> entity(
        TableSpec(QStringLiteral("meeting"), QT_TRANSLATE_NOOP("Entity", "meeting"),
            QT_TRANSLATE_NOOP("Entity", "meetings"), QStringLiteral("title"),
            QStringLiteral("date DESC")),
        {
            bind(&Meeting::seriesId,
                FieldSpec(QStringLiteral("series_id"), QT_TRANSLATE_NOOP("Field", "Meeting series"),
                    FieldKind::Reference)
                    .required()
                    .references(QStringLiteral("meeting_series"), OnDelete::Cascade)),
            bind(&Meeting::date,
                FieldSpec(
                    QStringLiteral("date"), QT_TRANSLATE_NOOP("Field", "Date"), FieldKind::Date)
                    .required()),
            bind(&Meeting::title,
                FieldSpec(
                    QStringLiteral("title"), QT_TRANSLATE_NOOP("Field", "Title"), FieldKind::Text)
                    .required()),
            bind(&Meeting::location,
                FieldSpec(QStringLiteral("location"), QT_TRANSLATE_NOOP("Field", "Location"),
                    FieldKind::Text)),
            bind(&Meeting::agenda,
                FieldSpec(QStringLiteral("agenda"), QT_TRANSLATE_NOOP("Field", "Agenda"),
                    FieldKind::LongText)),
            bind(&Meeting::minutes,
                FieldSpec(QStringLiteral("minutes"), QT_TRANSLATE_NOOP("Field", "Minutes"),
                    FieldKind::LongText)),
        });
    return entity;
}

} // namespace stuurboord
