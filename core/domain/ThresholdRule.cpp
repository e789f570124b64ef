#include "ThresholdRule.h"

namespace stuurboord {

template <> const EnumSpec& enumSpec<ThresholdStatus>()
{
    static const EnumSpec spec({
        {"at_risk", QT_TRANSLATE_NOOP("Enum", "at risk")},
        {"off_track", QT_TRANSLATE_NOOP("Enum", "off track")},
    });
    return spec;
}

const Entity<ThresholdRule>& ThresholdRule::entity()
{
    static const Entity<ThresholdRule> entity(
        TableSpec(QStringLiteral("threshold_rule"), QT_TRANSLATE_NOOP("Entity", "threshold rule"),
            QT_TRANSLATE_NOOP("Entity", "threshold rules"), QStringLiteral("action"),
            QStringLiteral("kpi_id")),
        {
            bind(&ThresholdRule::kpiId,
                FieldSpec(QStringLiteral("kpi_id"), QT_TRANSLATE_NOOP("Field", "KPI"),
                    FieldKind::Reference)
                    .required()
                    .references(QStringLiteral("kpi"), OnDelete::Cascade)),
            bind(&ThresholdRule::status,
                FieldSpec(QStringLiteral("status"),
                    QT_TRANSLATE_NOOP("Field", "Status when crossed"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<ThresholdStatus>())),
            bind(&ThresholdRule::boundary,
                FieldSpec(QStringLiteral("boundary"), QT_TRANSLATE_NOOP("Field", "Threshold"),
                    FieldKind::Real)
                    .required()),
            bind(&ThresholdRule::consecutive,
                FieldSpec(QStringLiteral("consecutive"),
                    QT_TRANSLATE_NOOP("Field", "Consecutive measurement moments"),
                    FieldKind::Integer)
                    .required()
                    .range(1, 24)),
            bind(&ThresholdRule::action,
                FieldSpec(QStringLiteral("action"), QT_TRANSLATE_NOOP("Field", "Follow-up action"),
                    FieldKind::LongText)
                    .required()),
            bind(&ThresholdRule::actionOwnerId,
                FieldSpec(QStringLiteral("action_owner_id"),
                    QT_TRANSLATE_NOOP("Field", "Action owner"), FieldKind::Reference)
                    .references(QStringLiteral("stakeholder"), OnDelete::SetNull)),
            bind(&ThresholdRule::actionDays,
                FieldSpec(QStringLiteral("action_days"), QT_TRANSLATE_NOOP("Field", "Days to act"),
                    FieldKind::Integer)
                    .required()
                    .range(0, 365)),
        });
    return entity;
}

} // namespace stuurboord
