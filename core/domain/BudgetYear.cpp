#include "BudgetYear.h"

namespace stuurboord {

const Entity<BudgetYear>& BudgetYear::entity()
{
    static const Entity<BudgetYear> entity(
        TableSpec(QStringLiteral("budget_year"), QT_TRANSLATE_NOOP("Entity", "budget year"),
            QT_TRANSLATE_NOOP("Entity", "budget years"), QStringLiteral("year"),
            QStringLiteral("year DESC"))
            .unique({QStringLiteral("year")}),
        {
            bind(&BudgetYear::year,
                FieldSpec(
                    QStringLiteral("year"), QT_TRANSLATE_NOOP("Field", "Year"), FieldKind::Integer)
                    .required()
                    .range(2000, 2100)),
            bind(&BudgetYear::notes,
                FieldSpec(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Field", "Notes"),
                    FieldKind::LongText)),
            bind(&BudgetYear::draft,
                FieldSpec(QStringLiteral("draft"), QT_TRANSLATE_NOOP("Field", "Draft"),
                    FieldKind::Boolean)),
        });
    return entity;
}

} // namespace stuurboord
