#include "Agreement.h"

#include <QCoreApplication>

namespace stuurboord {

template <> const EnumSpec& enumSpec<AgreementStatus>()
{
    static const EnumSpec spec({
        {"in_force", QT_TRANSLATE_NOOP("Enum", "in force")},
        {"under_review", QT_TRANSLATE_NOOP("Enum", "under review")},
        {"ended", QT_TRANSLATE_NOOP("Enum", "ended")},
    });
    return spec;
}

const Entity<Agreement>& Agreement::entity()
{
    static const Entity<Agreement> entity(
        TableSpec(QStringLiteral("agreement"), QT_TRANSLATE_NOOP("Entity", "agreement"),
            QT_TRANSLATE_NOOP("Entity", "agreements"), QStringLiteral("title"),
            QStringLiteral("agreed_on DESC")),
        {
            bind(&Agreement::title,
                FieldSpec(QStringLiteral("title"), QT_TRANSLATE_NOOP("Field", "Agreement"),
                    FieldKind::Text)
                    .required()),
            bind(&Agreement::text,
                FieldSpec(QStringLiteral("text"), QT_TRANSLATE_NOOP("Field", "What was agreed"),
                    FieldKind::LongText)),
            bind(&Agreement::party,
                FieldSpec(QStringLiteral("party"), QT_TRANSLATE_NOOP("Field", "With whom"),
                    FieldKind::Text)),
            bind(&Agreement::stakeholderId,
                FieldSpec(QStringLiteral("stakeholder_id"),
                    QT_TRANSLATE_NOOP("Field", "Stakeholder"), FieldKind::Reference)
                    .references(QStringLiteral("stakeholder"), OnDelete::SetNull)),
            bind(&Agreement::agreedOn,
                FieldSpec(QStringLiteral("agreed_on"), QT_TRANSLATE_NOOP("Field", "Agreed on"),
                    FieldKind::Date)
                    .required()),
            bind(&Agreement::nextReview,
                FieldSpec(QStringLiteral("next_review"), QT_TRANSLATE_NOOP("Field", "Next review"),
                    FieldKind::Date)),
            bind(&Agreement::status,
                FieldSpec(
                    QStringLiteral("status"), QT_TRANSLATE_NOOP("Field", "Status"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<AgreementStatus>())),
        },
        [](const Agreement& item) {
            QList<ValidationIssue> issues;
            if (item.nextReview.isValid() && item.agreedOn.isValid()
                && item.nextReview < item.agreedOn)
                issues << ValidationIssue{QStringLiteral("next_review"),
                    QCoreApplication::translate("Validation",
                        "The next review cannot be before the date the agreement was made.")};
            return issues;
        });
    return entity;
}

} // namespace stuurboord
