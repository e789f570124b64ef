#include "KpiTarget.h"

#include <QCoreApplication>

namespace stuurboord {

template <> const EnumSpec& enumSpec<TargetKind>()
{
    static const EnumSpec spec({
        {"at_least", QT_TRANSLATE_NOOP("Enum", "stay at or above")},
        {"at_most", QT_TRANSLATE_NOOP("Enum", "stay at or below")},
        {"increase_to", QT_TRANSLATE_NOOP("Enum", "increase to")},
        {"decrease_to", QT_TRANSLATE_NOOP("Enum", "decrease to")},
        {"band", QT_TRANSLATE_NOOP("Enum", "stay within a band")},
    });
    return spec;
}

template <> const EnumSpec& enumSpec<TargetPath>()
{
    static const EnumSpec spec({
        {"step", QT_TRANSLATE_NOOP("Enum", "step")},
        {"linear", QT_TRANSLATE_NOOP("Enum", "linear path")},
    });
    return spec;
}

const Entity<KpiTarget>& KpiTarget::entity()
{
    static const Entity<KpiTarget> entity(
        TableSpec(QStringLiteral("kpi_target"), QT_TRANSLATE_NOOP("Entity", "target"),
            QT_TRANSLATE_NOOP("Entity", "targets"), QStringLiteral("period"),
            QStringLiteral("kpi_id, period"))
            .unique({QStringLiteral("kpi_id"), QStringLiteral("period")}),
        {
            bind(&KpiTarget::kpiId,
                FieldSpec(QStringLiteral("kpi_id"), QT_TRANSLATE_NOOP("Field", "KPI"),
                    FieldKind::Reference)
                    .required()
                    .references(QStringLiteral("kpi"), OnDelete::Cascade)),
            bind(&KpiTarget::period,
                FieldSpec(QStringLiteral("period"), QT_TRANSLATE_NOOP("Field", "From period"),
                    FieldKind::Period)
                    .required()),
            bind(&KpiTarget::kind,
                FieldSpec(QStringLiteral("kind"), QT_TRANSLATE_NOOP("Field", "Target type"),
                    FieldKind::Enum)
                    .required()
                    .values(enumSpec<TargetKind>())),
            bind(&KpiTarget::path,
                FieldSpec(
                    QStringLiteral("path"), QT_TRANSLATE_NOOP("Field", "Path"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<TargetPath>())),
            bind(&KpiTarget::value,
                FieldSpec(QStringLiteral("value"), QT_TRANSLATE_NOOP("Field", "Target value"),
                    FieldKind::Real)
                    .required()),
            bind(&KpiTarget::upperValue,
                FieldSpec(QStringLiteral("upper_value"),
                    QT_TRANSLATE_NOOP("Field", "Upper value (band)"), FieldKind::Real)),
        },
        [](const KpiTarget& item) {
            QList<ValidationIssue> issues;
            if (item.kind == TargetKind::Band
                && (!item.upperValue || *item.upperValue < item.value))
                issues << ValidationIssue{QStringLiteral("upper_value"),
                    QCoreApplication::translate(
                        "Validation", "A band needs an upper value at or above the target value.")};
            return issues;
        });
    return entity;
}

} // namespace stuurboord
