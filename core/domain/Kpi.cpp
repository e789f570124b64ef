#include "Kpi.h"

#include "kpi/KpiActivationRule.h"

#include <QCoreApplication>

namespace stuurboord {

template <> const EnumSpec& enumSpec<KpiUnit>()
{
    static const EnumSpec spec({
        {"percentage", QT_TRANSLATE_NOOP("Enum", "percentage")},
        {"count", QT_TRANSLATE_NOOP("Enum", "count")},
        {"score", QT_TRANSLATE_NOOP("Enum", "score")},
        {"ratio", QT_TRANSLATE_NOOP("Enum", "ratio")},
        {"euro", QT_TRANSLATE_NOOP("Enum", "euro")},
        {"seconds", QT_TRANSLATE_NOOP("Enum", "seconds")},
    });
    return spec;
}

template <> const EnumSpec& enumSpec<Direction>()
{
    static const EnumSpec spec({
        {"higher_is_better", QT_TRANSLATE_NOOP("Enum", "higher is better")},
        {"lower_is_better", QT_TRANSLATE_NOOP("Enum", "lower is better")},
        {"within_band", QT_TRANSLATE_NOOP("Enum", "within a band")},
    });
    return spec;
}

template <> const EnumSpec& enumSpec<KpiSource>()
{
    static const EnumSpec spec({
        {"formula", QT_TRANSLATE_NOOP("Enum", "formula")},
        {"manual", QT_TRANSLATE_NOOP("Enum", "manual entry")},
    });
    return spec;
}

template <> const EnumSpec& enumSpec<Frequency>()
{
    static const EnumSpec spec({
        {"monthly", QT_TRANSLATE_NOOP("Enum", "monthly")},
        {"quarterly", QT_TRANSLATE_NOOP("Enum", "quarterly")},
        {"half_yearly", QT_TRANSLATE_NOOP("Enum", "half-yearly")},
        {"yearly", QT_TRANSLATE_NOOP("Enum", "yearly")},
    });
    return spec;
}

template <> const EnumSpec& enumSpec<KpiLifecycle>()
{
    static const EnumSpec spec({
        {"draft", QT_TRANSLATE_NOOP("Enum", "draft")},
        {"active", QT_TRANSLATE_NOOP("Enum", "active")},
        {"under_review", QT_TRANSLATE_NOOP("Enum", "under review")},
        {"retired", QT_TRANSLATE_NOOP("Enum", "retired")},
    });
    return spec;
}

const Entity<Kpi>& Kpi::entity()
{
    static const Entity<Kpi> entity(
        TableSpec(QStringLiteral("kpi"), QT_TRANSLATE_NOOP("Entity", "KPI"),
            QT_TRANSLATE_NOOP("Entity", "KPIs"), QStringLiteral("name"), QStringLiteral("name")),
        {
            bind(&Kpi::name,
                FieldSpec(
                    QStringLiteral("name"), QT_TRANSLATE_NOOP("Field", "Name"), FieldKind::Text)
                    .required()),
            bind(&Kpi::description,
                FieldSpec(QStringLiteral("description"), QT_TRANSLATE_NOOP("Field", "Description"),
                    FieldKind::LongText)),
            bind(&Kpi::goalId,
                FieldSpec(QStringLiteral("goal_id"), QT_TRANSLATE_NOOP("Field", "Goal"),
                    FieldKind::Reference)
                    .references(QStringLiteral("goal"), OnDelete::SetNull)),
            bind(&Kpi::ownerId,
                FieldSpec(QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("Field", "Owner"),
                    FieldKind::Reference)
                    .references(QStringLiteral("stakeholder"), OnDelete::SetNull)),
            bind(&Kpi::unit,
                FieldSpec(
                    QStringLiteral("unit"), QT_TRANSLATE_NOOP("Field", "Unit"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<KpiUnit>())),
            bind(&Kpi::direction,
                FieldSpec(QStringLiteral("direction"), QT_TRANSLATE_NOOP("Field", "Direction"),
                    FieldKind::Enum)
                    .required()
                    .values(enumSpec<Direction>())),
            bind(&Kpi::source,
                FieldSpec(
                    QStringLiteral("source"), QT_TRANSLATE_NOOP("Field", "Source"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<KpiSource>())),
            bind(&Kpi::formula,
                FieldSpec(QStringLiteral("formula"), QT_TRANSLATE_NOOP("Field", "Formula"),
                    FieldKind::Text)),
            bind(&Kpi::frequency,
                FieldSpec(QStringLiteral("frequency"), QT_TRANSLATE_NOOP("Field", "Frequency"),
                    FieldKind::Enum)
                    .required()
                    .values(enumSpec<Frequency>())),
            bind(&Kpi::lifecycle,
                FieldSpec(QStringLiteral("lifecycle"), QT_TRANSLATE_NOOP("Field", "Lifecycle"),
                    FieldKind::Enum)
                    .required()
                    .values(enumSpec<KpiLifecycle>())),
            bind(&Kpi::retiredReason,
                FieldSpec(QStringLiteral("retired_reason"),
                    QT_TRANSLATE_NOOP("Field", "Reason for retirement"), FieldKind::LongText)),
            bind(&Kpi::nextReview,
                FieldSpec(QStringLiteral("next_review"), QT_TRANSLATE_NOOP("Field", "Next review"),
                    FieldKind::Date)),
            bind(&Kpi::version,
                FieldSpec(QStringLiteral("version"), QT_TRANSLATE_NOOP("Field", "Version"),
                    FieldKind::Integer)
                    .required()
                    .atLeast(1)),
        },
        [](const Kpi& item) {
            QList<ValidationIssue> issues;
            if (item.source == KpiSource::Formula && item.formula.trimmed().isEmpty())
                issues << ValidationIssue{QStringLiteral("formula"),
                    QCoreApplication::translate("Validation",
                        "A KPI calculated from usage data needs a formula, for example "
                        "unique_logged_in_users / headcount * 100.")};
            if (item.lifecycle == KpiLifecycle::Retired && item.retiredReason.trimmed().isEmpty())
                issues << ValidationIssue{QStringLiteral("retired_reason"),
                    QCoreApplication::translate("Validation",
                        "Say why the KPI is retired, so the history stays understandable.")};
            return issues;
        },
        // The activation principle lives in the KPI layer; the table only knows to ask it.
        &KpiActivationRule::check);
    return entity;
}

} // namespace stuurboord
