#include "BenchmarkValue.h"

#include <QCoreApplication>

namespace stuurboord {

template <> const EnumSpec& enumSpec<SizeBand>()
{
    static const EnumSpec spec({
        {"small", QT_TRANSLATE_NOOP("Enum", "fewer than 250 employees")},
        {"medium", QT_TRANSLATE_NOOP("Enum", "250 to 999 employees")},
        {"large", QT_TRANSLATE_NOOP("Enum", "1,000 to 4,999 employees")},
        {"very_large", QT_TRANSLATE_NOOP("Enum", "5,000 employees or more")},
    });
    return spec;
}

const Entity<BenchmarkValue>& BenchmarkValue::entity()
{
    static const Entity<BenchmarkValue> entity(
        TableSpec(QStringLiteral("benchmark_value"), QT_TRANSLATE_NOOP("Entity", "benchmark value"),
            QT_TRANSLATE_NOOP("Entity", "benchmark values"), QStringLiteral("source"),
            QStringLiteral("date DESC")),
        {
            bind(&BenchmarkValue::source,
                FieldSpec(
                    QStringLiteral("source"), QT_TRANSLATE_NOOP("Field", "Source"), FieldKind::Text)
                    .required()),
            bind(&BenchmarkValue::date,
                FieldSpec(
                    QStringLiteral("date"), QT_TRANSLATE_NOOP("Field", "Date"), FieldKind::Date)
                    .required()),
            bind(&BenchmarkValue::sector,
                FieldSpec(
                    QStringLiteral("sector"), QT_TRANSLATE_NOOP("Field", "Sector"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<Sector>())),
            bind(&BenchmarkValue::sizeBand,
                FieldSpec(QStringLiteral("size_band"), QT_TRANSLATE_NOOP("Field", "Size band"),
                    FieldKind::Enum)
                    .required()
                    .values(enumSpec<SizeBand>())),
            bind(&BenchmarkValue::metricKey,
                FieldSpec(QStringLiteral("metric_key"), QT_TRANSLATE_NOOP("Field", "Metric key"),
                    FieldKind::Text)),
            bind(&BenchmarkValue::kpiId,
                FieldSpec(QStringLiteral("kpi_id"), QT_TRANSLATE_NOOP("Field", "KPI"),
                    FieldKind::Reference)
                    .references(QStringLiteral("kpi"), OnDelete::SetNull)),
            bind(&BenchmarkValue::value,
                FieldSpec(
                    QStringLiteral("value"), QT_TRANSLATE_NOOP("Field", "Value"), FieldKind::Real)
                    .required()),
            bind(&BenchmarkValue::lowerQuartile,
                FieldSpec(QStringLiteral("lower_quartile"),
                    QT_TRANSLATE_NOOP("Field", "Lower quartile"), FieldKind::Real)),
            bind(&BenchmarkValue::median,
                FieldSpec(QStringLiteral("median"), QT_TRANSLATE_NOOP("Field", "Median"),
                    FieldKind::Real)),
            bind(&BenchmarkValue::upperQuartile,
                FieldSpec(QStringLiteral("upper_quartile"),
                    QT_TRANSLATE_NOOP("Field", "Upper quartile"), FieldKind::Real)),
            bind(&BenchmarkValue::perEmployee,
                FieldSpec(QStringLiteral("per_employee"),
                    QT_TRANSLATE_NOOP("Field", "Per employee"), FieldKind::Boolean)),
        },
        [](const BenchmarkValue& item) {
            QList<ValidationIssue> issues;
            if (item.metricKey.trimmed().isEmpty() && item.kpiId == 0)
                issues << ValidationIssue{QStringLiteral("metric_key"),
                    QCoreApplication::translate(
                        "Validation", "Say which metric or KPI this benchmark compares with.")};
            return issues;
        });
    return entity;
}

} // namespace stuurboord
