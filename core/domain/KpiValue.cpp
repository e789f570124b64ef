#include "KpiValue.h"

namespace stuurboord {

const Entity<KpiValue>& KpiValue::entity()
{
    static const Entity<KpiValue> entity(
        TableSpec(QStringLiteral("kpi_value"), QT_TRANSLATE_NOOP("Entity", "KPI value"),
            QT_TRANSLATE_NOOP("Entity", "KPI values"), QStringLiteral("period"),
            QStringLiteral("kpi_id, period"))
            .unique(
                {QStringLiteral("kpi_id"), QStringLiteral("period"), QStringLiteral("version")}),
        {
            bind(&KpiValue::kpiId,
                FieldSpec(QStringLiteral("kpi_id"), QT_TRANSLATE_NOOP("Field", "KPI"),
                    FieldKind::Reference)
                    .required()
                    .references(QStringLiteral("kpi"), OnDelete::Cascade)),
            bind(&KpiValue::period,
                FieldSpec(QStringLiteral("period"), QT_TRANSLATE_NOOP("Field", "Period"),
                    FieldKind::Period)
                    .required()),
            bind(&KpiValue::value,
                FieldSpec(
                    QStringLiteral("value"), QT_TRANSLATE_NOOP("Field", "Value"), FieldKind::Real)
                    .required()),
            bind(&KpiValue::version,
                FieldSpec(QStringLiteral("version"), QT_TRANSLATE_NOOP("Field", "KPI version"),
                    FieldKind::Integer)
                    .required()
                    .atLeast(1)),
            bind(&KpiValue::note,
                FieldSpec(QStringLiteral("note"), QT_TRANSLATE_NOOP("Field", "Note"),
                    FieldKind::LongText)),
            bind(&KpiValue::enteredAt,
                FieldSpec(QStringLiteral("entered_at"), QT_TRANSLATE_NOOP("Field", "Entered at"),
                    FieldKind::DateTime)),
        });
    return entity;
}

} // namespace stuurboord
