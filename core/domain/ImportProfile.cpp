#include "ImportProfile.h"

namespace stuurboord {

const Entity<ImportProfile>& ImportProfile::entity()
{
    static const Entity<ImportProfile> entity(
        TableSpec(QStringLiteral("import_profile"), QT_TRANSLATE_NOOP("Entity", "import profile"),
            QT_TRANSLATE_NOOP("Entity", "import profiles"), QStringLiteral("name"),
            QStringLiteral("name"))
            .unique({QStringLiteral("name")}),
        {
            bind(&ImportProfile::name,
                FieldSpec(
                    QStringLiteral("name"), QT_TRANSLATE_NOOP("Field", "Name"), FieldKind::Text)
                    .required()),
            bind(&ImportProfile::description,
                FieldSpec(QStringLiteral("description"), QT_TRANSLATE_NOOP("Field", "Description"),
                    FieldKind::LongText)),
            bind(&ImportProfile::builtIn,
                FieldSpec(QStringLiteral("built_in"), QT_TRANSLATE_NOOP("Field", "Built in"),
                    FieldKind::Boolean)),
            bind(&ImportProfile::definition,
                FieldSpec(QStringLiteral("definition"), QT_TRANSLATE_NOOP("Field", "Definition"),
                    FieldKind::LongText)
                    .hidden()),
            bind(&ImportProfile::createdAt,
                FieldSpec(QStringLiteral("created_at"), QT_TRANSLATE_NOOP("Field", "Created at"),
                    FieldKind::DateTime)),
        });
    return entity;
}

} // namespace stuurboord
