#include "Wish.h"

#include <QCoreApplication>

namespace stuurboord {

template <> const EnumSpec& enumSpec<WishChannel>()
{
    static const EnumSpec spec({
        {"intranet_form", QT_TRANSLATE_NOOP("Enum", "intranet feedback form")},
        {"email", QT_TRANSLATE_NOOP("Enum", "email")},
        {"meeting", QT_TRANSLATE_NOOP("Enum", "meeting")},
        {"survey", QT_TRANSLATE_NOOP("Enum", "survey")},
        {"conversation", QT_TRANSLATE_NOOP("Enum", "conversation")},
        {"other", QT_TRANSLATE_NOOP("Enum", "other")},
    });
    return spec;
}

template <> const EnumSpec& enumSpec<WishStatus>()
{
    static const EnumSpec spec({
        {"new", QT_TRANSLATE_NOOP("Enum", "new")},
        {"considered", QT_TRANSLATE_NOOP("Enum", "considered")},
        {"moved_to_backlog", QT_TRANSLATE_NOOP("Enum", "moved to backlog")},
        {"declined", QT_TRANSLATE_NOOP("Enum", "declined")},
    });
    return spec;
}

const Entity<Wish>& Wish::entity()
{
    static const Entity<Wish> entity(
        TableSpec(QStringLiteral("wish"), QT_TRANSLATE_NOOP("Entity", "wish"),
            QT_TRANSLATE_NOOP("Entity", "wishes"), QStringLiteral("text"),
            QStringLiteral("received DESC")),
        {
            bind(&Wish::received,
                FieldSpec(QStringLiteral("received"), QT_TRANSLATE_NOOP("Field", "Received"),
                    FieldKind::Date)
                    .required()),
            bind(&Wish::department,
                FieldSpec(QStringLiteral("department"), QT_TRANSLATE_NOOP("Field", "Department"),
                    FieldKind::Text)),
            bind(&Wish::channel,
                FieldSpec(QStringLiteral("channel"), QT_TRANSLATE_NOOP("Field", "Channel"),
                    FieldKind::Enum)
                    .required()
                    .values(enumSpec<WishChannel>())),
            bind(&Wish::text,
                FieldSpec(QStringLiteral("text"), QT_TRANSLATE_NOOP("Field", "Wish or feedback"),
                    FieldKind::LongText)
                    .required()),
            bind(&Wish::status,
                FieldSpec(
                    QStringLiteral("status"), QT_TRANSLATE_NOOP("Field", "Status"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<WishStatus>())),
            bind(&Wish::backlogItemId,
                FieldSpec(QStringLiteral("backlog_item_id"),
                    QT_TRANSLATE_NOOP("Field", "Backlog item"), FieldKind::Reference)
                    .references(QStringLiteral("backlog_item"), OnDelete::SetNull)),
            bind(&Wish::declineReason,
                FieldSpec(QStringLiteral("decline_reason"),
                    QT_TRANSLATE_NOOP("Field", "Reason for declining"), FieldKind::LongText)),
        },
        [](const Wish& item) {
            QList<ValidationIssue> issues;
            if (item.status == WishStatus::MovedToBacklog && item.backlogItemId == 0)
                issues << ValidationIssue{QStringLiteral("backlog_item_id"),
                    QCoreApplication::translate(
                        "Validation", "Choose the backlog item this wish moved to.")};
            // Whoever sent the wish will ask why; the answer belongs on record.
            if (item.status == WishStatus::Declined && item.declineReason.trimmed().isEmpty())
                issues << ValidationIssue{QStringLiteral("decline_reason"),
                    QCoreApplication::translate(
                        "Validation", "Say why the wish was declined.")};
            return issues;
        });
    return entity;
}

} // namespace stuurboord
