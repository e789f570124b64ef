#include "Metric.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stuurboord {

template <> const EnumSpec& enumSpec<MetricUnit>()
{
    static const EnumSpec spec({
        {"count", QT_TRANSLATE_NOOP("Enum", "count")},
        {"percentage", QT_TRANSLATE_NOOP("Enum", "percentage")},
        {"seconds", QT_TRANSLATE_NOOP("Enum", "seconds")},
        {"bytes", QT_TRANSLATE_NOOP("Enum", "bytes")},
        {"euro", QT_TRANSLATE_NOOP("Enum", "euro")},
        {"score", QT_TRANSLATE_NOOP("Enum", "score")},
    });
    return spec;
}

template <> const EnumSpec& enumSpec<Aggregation>()
{
    static const EnumSpec spec({
        {"sum", QT_TRANSLATE_NOOP("Enum", "sum")},
        {"last", QT_TRANSLATE_NOOP("Enum", "last value")},
        {"average", QT_TRANSLATE_NOOP("Enum", "average")},
        {"max", QT_TRANSLATE_NOOP("Enum", "maximum")},
    });
    return spec;
}

const Entity<Metric>& Metric::entity()
{
    static const Entity<Metric> entity(
        TableSpec(QStringLiteral("metric"), QT_TRANSLATE_NOOP("Entity", "metric"),
            QT_TRANSLATE_NOOP("Entity", "metrics"), QStringLiteral("name"), QStringLiteral("name"))
            .unique({QStringLiteral("key")}),
        {
            bind(&Metric::key,
                FieldSpec(QStringLiteral("key"), QT_TRANSLATE_NOOP("Field", "Key"), FieldKind::Text)
                    .required()),
            bind(&Metric::name,
                FieldSpec(
                    QStringLiteral("name"), QT_TRANSLATE_NOOP("Field", "Name"), FieldKind::Text)
                    .required()),
            bind(&Metric::unit,
                FieldSpec(
                    QStringLiteral("unit"), QT_TRANSLATE_NOOP("Field", "Unit"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<MetricUnit>())),
            bind(&Metric::aggregation,
                FieldSpec(QStringLiteral("aggregation"),
                    QT_TRANSLATE_NOOP("Field", "Aggregation over time"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<Aggregation>())),
            bind(&Metric::description,
                FieldSpec(QStringLiteral("description"), QT_TRANSLATE_NOOP("Field", "Description"),
                    FieldKind::LongText)),
        },
        [](const Metric& item) {
            QList<ValidationIssue> issues;
            static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
            if (!item.key.isEmpty() && !keyPattern.match(item.key).hasMatch())
                issues << ValidationIssue{QStringLiteral("key"),
                    QCoreApplication::translate("Validation",
                        "A metric key uses lower-case letters, digits and underscores and starts "
                        "with a letter, for example page_views.")};
            return issues;
        });
    return entity;
}

} // namespace stuurboord
