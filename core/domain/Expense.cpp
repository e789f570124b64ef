#include "Expense.h"

namespace stuurboord {

const Entity<Expense>& Expense::entity()
{
    static const Entity<Expense> entity(
        TableSpec(QStringLiteral("expense"), QT_TRANSLATE_NOOP("Entity", "expense"),
            QT_TRANSLATE_NOOP("Entity", "expenses"), QStringLiteral("description"),
            QStringLiteral("date DESC")),
        {
            bind(&Expense::lineId,
                FieldSpec(QStringLiteral("line_id"), QT_TRANSLATE_NOOP("Field", "Budget line"),
                    FieldKind::Reference)
                    .required()
                    .references(QStringLiteral("budget_line"), OnDelete::Cascade)),
            bind(&Expense::date,
                FieldSpec(
                    QStringLiteral("date"), QT_TRANSLATE_NOOP("Field", "Date"), FieldKind::Date)
                    .required()),
            bind(&Expense::amountCents,
                FieldSpec(QStringLiteral("amount_cents"), QT_TRANSLATE_NOOP("Field", "Amount"),
                    FieldKind::Money)
                    .required()),
            bind(&Expense::description,
                FieldSpec(QStringLiteral("description"), QT_TRANSLATE_NOOP("Field", "Description"),
                    FieldKind::Text)
                    .required()),
            bind(&Expense::supplier,
                FieldSpec(QStringLiteral("supplier"), QT_TRANSLATE_NOOP("Field", "Supplier"),
                    FieldKind::Text)),
        });
    return entity;
}

} // namespace stuurboord
