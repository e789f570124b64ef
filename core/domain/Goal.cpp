#include "Goal.h"

#include <QCoreApplication>

namespace stuurboord {

template <> const EnumSpec& enumSpec<GoalKind>()
{
    static const EnumSpec spec({
        {"concrete", QT_TRANSLATE_NOOP("Enum", "concrete")},
        {"abstract", QT_TRANSLATE_NOOP("Enum", "abstract")},
    });
    return spec;
}

template <> const EnumSpec& enumSpec<GoalStatus>()
{
    static const EnumSpec spec({
        {"proposed", QT_TRANSLATE_NOOP("Enum", "proposed")},
        {"active", QT_TRANSLATE_NOOP("Enum", "active")},
        {"achieved", QT_TRANSLATE_NOOP("Enum", "achieved")},
        {"dropped", QT_TRANSLATE_NOOP("Enum", "dropped")},
    });
    return spec;
}

const Entity<Goal>& Goal::entity()
{
    static const Entity<Goal> entity(
        TableSpec(QStringLiteral("goal"), QT_TRANSLATE_NOOP("Entity", "goal"),
            QT_TRANSLATE_NOOP("Entity", "goals"), QStringLiteral("title"), QStringLiteral("title")),
        {
            bind(&Goal::title,
                FieldSpec(
                    QStringLiteral("title"), QT_TRANSLATE_NOOP("Field", "Title"), FieldKind::Text)
                    .required()),
            bind(&Goal::description,
                FieldSpec(QStringLiteral("description"), QT_TRANSLATE_NOOP("Field", "Description"),
                    FieldKind::LongText)),
            bind(&Goal::kind,
                FieldSpec(
                    QStringLiteral("kind"), QT_TRANSLATE_NOOP("Field", "Kind"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<GoalKind>())),
            bind(&Goal::parentId,
                FieldSpec(QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("Field", "Parent goal"),
                    FieldKind::Reference)
                    .references(QStringLiteral("goal"), OnDelete::SetNull)),
            bind(&Goal::ownerId,
                FieldSpec(QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("Field", "Owner"),
                    FieldKind::Reference)
                    .references(QStringLiteral("stakeholder"), OnDelete::SetNull)),
            bind(&Goal::horizon,
                FieldSpec(QStringLiteral("horizon"), QT_TRANSLATE_NOOP("Field", "Horizon"),
                    FieldKind::Date)),
            bind(&Goal::status,
                FieldSpec(
                    QStringLiteral("status"), QT_TRANSLATE_NOOP("Field", "Status"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<GoalStatus>())),
        },
        [](const Goal& item) {
            QList<ValidationIssue> issues;
            if (item.parentId != 0 && item.parentId == item.id)
                issues << ValidationIssue{QStringLiteral("parent_id"),
                    QCoreApplication::translate(
                        "Validation", "A goal cannot be its own parent goal.")};
            return issues;
        });
    return entity;
}

} // namespace stuurboord
