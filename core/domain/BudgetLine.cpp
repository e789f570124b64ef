#include "BudgetLine.h"

namespace stuurboord {

template <> const EnumSpec& enumSpec<BudgetCategory>()
{
    static const EnumSpec spec({
        {"licences", QT_TRANSLATE_NOOP("Enum", "licences")},
        {"phase_two", QT_TRANSLATE_NOOP("Enum", "phase-two development")},
        {"workshops", QT_TRANSLATE_NOOP("Enum", "workshops and training")},
        {"inspiration", QT_TRANSLATE_NOOP("Enum", "inspiration sessions")},
        {"communication", QT_TRANSLATE_NOOP("Enum", "communication and campaigns")},
        {"consultancy", QT_TRANSLATE_NOOP("Enum", "consultancy")},
        {"other", QT_TRANSLATE_NOOP("Enum", "other")},
    });
    return spec;
}

const Entity<BudgetLine>& BudgetLine::entity()
{
    static const Entity<BudgetLine> entity(
        TableSpec(QStringLiteral("budget_line"), QT_TRANSLATE_NOOP("Entity", "budget line"),
            QT_TRANSLATE_NOOP("Entity", "budget lines"), QStringLiteral("description"),
            QStringLiteral("year_id, category")),
        {
            bind(&BudgetLine::yearId,
                FieldSpec(QStringLiteral("year_id"), QT_TRANSLATE_NOOP("Field", "Budget year"),
                    FieldKind::Reference)
                    .required()
                    .references(QStringLiteral("budget_year"), OnDelete::Cascade)),
            bind(&BudgetLine::category,
                FieldSpec(QStringLiteral("category"), QT_TRANSLATE_NOOP("Field", "Category"),
                    FieldKind::Enum)
                    .required()
                    .values(enumSpec<BudgetCategory>())),
            bind(&BudgetLine::description,
                FieldSpec(QStringLiteral("description"), QT_TRANSLATE_NOOP("Field", "Description"),
                    FieldKind::Text)
                    .required()),
            bind(&BudgetLine::plannedCents,
                FieldSpec(QStringLiteral("planned_cents"), QT_TRANSLATE_NOOP("Field", "Planned"),
                    FieldKind::Money)
                    .required()
                    .atLeast(0)),
        });
    return entity;
}

} // namespace stuurboord
