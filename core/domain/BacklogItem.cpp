#include "BacklogItem.h"

namespace stuurboord {

template <> const EnumSpec& enumSpec<BacklogOrigin>()
{
    static const EnumSpec spec({
        {"employee_wish", QT_TRANSLATE_NOOP("Enum", "employee wish")},
        {"deferred_custom_work", QT_TRANSLATE_NOOP("Enum", "deferred custom work")},
        {"stakeholder_request", QT_TRANSLATE_NOOP("Enum", "stakeholder request")},
        {"supplier_improvement", QT_TRANSLATE_NOOP("Enum", "supplier improvement")},
    });
    return spec;
}

template <> const EnumSpec& enumSpec<Priority>()
{
    static const EnumSpec spec({
        {"must", QT_TRANSLATE_NOOP("Enum", "must have")},
        {"should", QT_TRANSLATE_NOOP("Enum", "should have")},
        {"could", QT_TRANSLATE_NOOP("Enum", "could have")},
        {"wont", QT_TRANSLATE_NOOP("Enum", "won't have")},
    });
    return spec;
}

template <> const EnumSpec& enumSpec<BacklogStatus>()
{
    static const EnumSpec spec({
        {"idea", QT_TRANSLATE_NOOP("Enum", "idea")},
        {"planned", QT_TRANSLATE_NOOP("Enum", "planned")},
        {"in_progress", QT_TRANSLATE_NOOP("Enum", "in progress")},
        {"done", QT_TRANSLATE_NOOP("Enum", "done")},
        {"rejected", QT_TRANSLATE_NOOP("Enum", "rejected")},
    });
    return spec;
}

const Entity<BacklogItem>& BacklogItem::entity()
{
    static const Entity<BacklogItem> entity(
        TableSpec(QStringLiteral("backlog_item"), QT_TRANSLATE_NOOP("Entity", "backlog item"),
            QT_TRANSLATE_NOOP("Entity", "backlog items"), QStringLiteral("title"),
            QStringLiteral("priority, value DESC")),
        {
            bind(&BacklogItem::title,
                FieldSpec(
                    QStringLiteral("title"), QT_TRANSLATE_NOOP("Field", "Title"), FieldKind::Text)
                    .required()),
            bind(&BacklogItem::description,
                FieldSpec(QStringLiteral("description"), QT_TRANSLATE_NOOP("Field", "Description"),
                    FieldKind::LongText)),
            bind(&BacklogItem::origin,
                FieldSpec(
                    QStringLiteral("origin"), QT_TRANSLATE_NOOP("Field", "Origin"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<BacklogOrigin>())),
            bind(&BacklogItem::goalId,
                FieldSpec(QStringLiteral("goal_id"), QT_TRANSLATE_NOOP("Field", "Goal"),
                    FieldKind::Reference)
                    .references(QStringLiteral("goal"), OnDelete::SetNull)),
            bind(&BacklogItem::priority,
                FieldSpec(QStringLiteral("priority"),
                    QT_TRANSLATE_NOOP("Field", "Priority (MoSCoW)"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<Priority>())),
            bind(&BacklogItem::value,
                FieldSpec(QStringLiteral("value"), QT_TRANSLATE_NOOP("Field", "Value (1-5)"),
                    FieldKind::Integer)
                    .required()
                    .range(1, 5)),
            bind(&BacklogItem::effort,
                FieldSpec(QStringLiteral("effort"), QT_TRANSLATE_NOOP("Field", "Effort (1-5)"),
                    FieldKind::Integer)
                    .required()
                    .range(1, 5)),
            bind(&BacklogItem::estimatedCostCents,
                FieldSpec(QStringLiteral("estimated_cost_cents"),
                    QT_TRANSLATE_NOOP("Field", "Estimated cost"), FieldKind::Money)
                    .atLeast(0)),
            bind(&BacklogItem::budgetLineId,
                FieldSpec(QStringLiteral("budget_line_id"),
                    QT_TRANSLATE_NOOP("Field", "Budget line"), FieldKind::Reference)
                    .references(QStringLiteral("budget_line"), OnDelete::SetNull)),
            bind(&BacklogItem::status,
                FieldSpec(
                    QStringLiteral("status"), QT_TRANSLATE_NOOP("Field", "Status"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<BacklogStatus>())),
            bind(&BacklogItem::targetQuarter,
                FieldSpec(QStringLiteral("target_quarter"),
                    QT_TRANSLATE_NOOP("Field", "Target quarter"), FieldKind::Quarter)),
            bind(&BacklogItem::added,
                FieldSpec(QStringLiteral("added"), QT_TRANSLATE_NOOP("Field", "Added to the backlog"),
                    FieldKind::Date)),
        });
    return entity;
}

} // namespace stuurboord
