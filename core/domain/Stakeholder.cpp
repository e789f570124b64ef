#include "Stakeholder.h"

namespace stuurboord {

template <> const EnumSpec& enumSpec<StakeholderCategory>()
{
    static const EnumSpec spec({
        {"sponsor", QT_TRANSLATE_NOOP("Enum", "sponsor")},
        {"management", QT_TRANSLATE_NOOP("Enum", "management")},
        {"key_user", QT_TRANSLATE_NOOP("Enum", "key user")},
        {"it", QT_TRANSLATE_NOOP("Enum", "IT")},
        {"communication", QT_TRANSLATE_NOOP("Enum", "communication")},
        {"hr", QT_TRANSLATE_NOOP("Enum", "HR")},
        {"works_council", QT_TRANSLATE_NOOP("Enum", "works council")},
        {"supplier", QT_TRANSLATE_NOOP("Enum", "supplier")},
        {"other", QT_TRANSLATE_NOOP("Enum", "other")},
    });
    return spec;
}

template <> const EnumSpec& enumSpec<Cadence>()
{
    static const EnumSpec spec({
        {"none", QT_TRANSLATE_NOOP("Enum", "none agreed")},
        {"monthly", QT_TRANSLATE_NOOP("Enum", "monthly")},
        {"quarterly", QT_TRANSLATE_NOOP("Enum", "quarterly")},
        {"half_yearly", QT_TRANSLATE_NOOP("Enum", "half-yearly")},
        {"yearly", QT_TRANSLATE_NOOP("Enum", "yearly")},
    });
    return spec;
}

const Entity<Stakeholder>& Stakeholder::entity()
{
    static const Entity<Stakeholder> entity(
        TableSpec(QStringLiteral("stakeholder"), QT_TRANSLATE_NOOP("Entity", "stakeholder"),
            QT_TRANSLATE_NOOP("Entity", "stakeholders"), QStringLiteral("name"),
            QStringLiteral("name")),
        {
            bind(&Stakeholder::name,
                FieldSpec(
                    QStringLiteral("name"), QT_TRANSLATE_NOOP("Field", "Name"), FieldKind::Text)
                    .required()),
            bind(&Stakeholder::role,
                FieldSpec(
                    QStringLiteral("role"), QT_TRANSLATE_NOOP("Field", "Role"), FieldKind::Text)),
            bind(&Stakeholder::department,
                FieldSpec(QStringLiteral("department"), QT_TRANSLATE_NOOP("Field", "Department"),
                    FieldKind::Text)),
            bind(&Stakeholder::category,
                FieldSpec(QStringLiteral("category"), QT_TRANSLATE_NOOP("Field", "Category"),
                    FieldKind::Enum)
                    .required()
                    .values(enumSpec<StakeholderCategory>())),
            bind(&Stakeholder::influence,
                FieldSpec(QStringLiteral("influence"),
                    QT_TRANSLATE_NOOP("Field", "Influence (1-5)"), FieldKind::Integer)
                    .required()
                    .range(1, 5)),
            bind(&Stakeholder::interest,
                FieldSpec(QStringLiteral("interest"), QT_TRANSLATE_NOOP("Field", "Interest (1-5)"),
                    FieldKind::Integer)
                    .required()
                    .range(1, 5)),
            bind(&Stakeholder::contact,
                FieldSpec(QStringLiteral("contact"), QT_TRANSLATE_NOOP("Field", "Contact"),
                    FieldKind::Text)),
            bind(&Stakeholder::cadence,
                FieldSpec(QStringLiteral("cadence"),
                    QT_TRANSLATE_NOOP("Field", "Agreed meeting cadence"), FieldKind::Enum)
                    .values(enumSpec<Cadence>())),
            bind(&Stakeholder::lastContact,
                FieldSpec(QStringLiteral("last_contact"),
                    QT_TRANSLATE_NOOP("Field", "Last contact"), FieldKind::Date)),
            bind(&Stakeholder::notes,
                FieldSpec(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Field", "Notes"),
                    FieldKind::LongText)),
        });
    return entity;
}

} // namespace stuurboord
