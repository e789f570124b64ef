#include "ActionItem.h"

#include <QCoreApplication>

namespace stuurboord {

template <> const EnumSpec& enumSpec<ActionStatus>()
{
    static const EnumSpec spec({
        {"open", QT_TRANSLATE_NOOP("Enum", "open")},
        {"in_progress", QT_TRANSLATE_NOOP("Enum", "in progress")},
        {"done", QT_TRANSLATE_NOOP("Enum", "done")},
        {"cancelled", QT_TRANSLATE_NOOP("Enum", "cancelled")},
    });
    return spec;
}

const Entity<ActionItem>& ActionItem::entity()
{
    static const Entity<ActionItem> entity(
        TableSpec(QStringLiteral("action_item"), QT_TRANSLATE_NOOP("Entity", "action item"),
            QT_TRANSLATE_NOOP("Entity", "action items"), QStringLiteral("description"),
            QStringLiteral("due")),
        {
            bind(&ActionItem::description,
                FieldSpec(QStringLiteral("description"), QT_TRANSLATE_NOOP("Field", "Action"),
                    FieldKind::LongText)
                    .required()),
            bind(&ActionItem::ownerId,
                FieldSpec(QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("Field", "Owner"),
                    FieldKind::Reference)
                    .references(QStringLiteral("stakeholder"), OnDelete::SetNull)),
            bind(&ActionItem::due,
                FieldSpec(
                    QStringLiteral("due"), QT_TRANSLATE_NOOP("Field", "Due"), FieldKind::Date)),
            bind(&ActionItem::status,
                FieldSpec(
                    QStringLiteral("status"), QT_TRANSLATE_NOOP("Field", "Status"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<ActionStatus>())),
            bind(&ActionItem::meetingId,
                FieldSpec(QStringLiteral("meeting_id"), QT_TRANSLATE_NOOP("Field", "Meeting"),
                    FieldKind::Reference)
                    .references(QStringLiteral("meeting"), OnDelete::SetNull)),
            bind(&ActionItem::kpiId,
                FieldSpec(QStringLiteral("kpi_id"), QT_TRANSLATE_NOOP("Field", "KPI"),
                    FieldKind::Reference)
                    .references(QStringLiteral("kpi"), OnDelete::SetNull)),
            bind(&ActionItem::ruleId,
                FieldSpec(QStringLiteral("rule_id"), QT_TRANSLATE_NOOP("Field", "Threshold rule"),
                    FieldKind::Reference)
                    .references(QStringLiteral("threshold_rule"), OnDelete::SetNull)),
            bind(&ActionItem::created,
                FieldSpec(QStringLiteral("created"), QT_TRANSLATE_NOOP("Field", "Created"),
                    FieldKind::Date)),
            bind(&ActionItem::closed,
                FieldSpec(QStringLiteral("closed"), QT_TRANSLATE_NOOP("Field", "Closed"),
                    FieldKind::Date)),
            bind(&ActionItem::breachPeriod,
                FieldSpec(QStringLiteral("breach_period"), QT_TRANSLATE_NOOP("Field", "Breach since"),
                    FieldKind::Period)),
        },
        [](const ActionItem& item) {
            QList<ValidationIssue> issues;
            if (item.closed.isValid() && item.created.isValid() && item.closed < item.created)
                issues << ValidationIssue{QStringLiteral("closed"),
                    QCoreApplication::translate(
                        "Validation", "An action item cannot be closed before it was created.")};
            return issues;
        });
    return entity;
}

} // namespace stuurboord
