#include "OrganisationProfile.h"

namespace stuurboord {

template <> const EnumSpec& enumSpec<Sector>()
{
    static const EnumSpec spec({
        {"municipality", QT_TRANSLATE_NOOP("Enum", "municipality")},
        {"province", QT_TRANSLATE_NOOP("Enum", "province")},
        {"water_authority", QT_TRANSLATE_NOOP("Enum", "water authority")},
        {"hospital", QT_TRANSLATE_NOOP("Enum", "hospital")},
        {"care", QT_TRANSLATE_NOOP("Enum", "care")},
        {"housing", QT_TRANSLATE_NOOP("Enum", "housing corporation")},
        {"education", QT_TRANSLATE_NOOP("Enum", "education")},
        {"government", QT_TRANSLATE_NOOP("Enum", "other government")},
        {"business", QT_TRANSLATE_NOOP("Enum", "business")},
        {"other", QT_TRANSLATE_NOOP("Enum", "other")},
    });
    return spec;
}

template <> const EnumSpec& enumSpec<ReportLanguage>()
{
    static const EnumSpec spec({
        {"nl", QT_TRANSLATE_NOOP("Enum", "Dutch")},
        {"en", QT_TRANSLATE_NOOP("Enum", "English")},
    });
    return spec;
}

const Entity<OrganisationProfile>& OrganisationProfile::entity()
{
    static const Entity<OrganisationProfile> entity(
        TableSpec(QStringLiteral("organisation"), QT_TRANSLATE_NOOP("Entity", "organisation"),
            QT_TRANSLATE_NOOP("Entity", "organisation"), QStringLiteral("name"),
            QStringLiteral("id")),
        {
            bind(&OrganisationProfile::name,
                FieldSpec(QStringLiteral("name"), QT_TRANSLATE_NOOP("Field", "Organisation"),
                    FieldKind::Text)
                    .required()),
            bind(&OrganisationProfile::platform,
                FieldSpec(QStringLiteral("platform"),
                    QT_TRANSLATE_NOOP("Field", "Intranet platform"), FieldKind::Text)),
            bind(&OrganisationProfile::goLive,
                FieldSpec(QStringLiteral("go_live"), QT_TRANSLATE_NOOP("Field", "Go-live date"),
                    FieldKind::Date)),
            bind(&OrganisationProfile::sector,
                FieldSpec(
                    QStringLiteral("sector"), QT_TRANSLATE_NOOP("Field", "Sector"), FieldKind::Enum)
                    .values(enumSpec<Sector>())),
            bind(&OrganisationProfile::reportLanguage,
                FieldSpec(QStringLiteral("report_language"),
                    QT_TRANSLATE_NOOP("Field", "Report language"), FieldKind::Enum)
                    .values(enumSpec<ReportLanguage>())),
            bind(&OrganisationProfile::coordinator,
                FieldSpec(QStringLiteral("coordinator"),
                    QT_TRANSLATE_NOOP("Field", "Intranet coordinator"), FieldKind::Text)),
            bind(&OrganisationProfile::logo,
                FieldSpec(
                    QStringLiteral("logo"), QT_TRANSLATE_NOOP("Field", "Logo"), FieldKind::Blob)
                    .hidden()),
        });
    return entity;
}

} // namespace stuurboord
