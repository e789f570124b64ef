#include "Annotation.h"

namespace stuurboord {

template <> const EnumSpec& enumSpec<AnnotationKind>()
{
    static const EnumSpec spec({
        {"launch", QT_TRANSLATE_NOOP("Enum", "launch")},
        {"campaign", QT_TRANSLATE_NOOP("Enum", "campaign")},
        {"workshop", QT_TRANSLATE_NOOP("Enum", "workshop")},
        {"platform_change", QT_TRANSLATE_NOOP("Enum", "platform change")},
        {"definition_change", QT_TRANSLATE_NOOP("Enum", "definition change")},
        {"other", QT_TRANSLATE_NOOP("Enum", "other")},
    });
    return spec;
}

const Entity<Annotation>& Annotation::entity()
{
    static const Entity<Annotation> entity(
        TableSpec(QStringLiteral("annotation"), QT_TRANSLATE_NOOP("Entity", "event"),
            QT_TRANSLATE_NOOP("Entity", "events"), QStringLiteral("title"),
            QStringLiteral("date DESC")),
        {
            bind(&Annotation::date,
                FieldSpec(
                    QStringLiteral("date"), QT_TRANSLATE_NOOP("Field", "Date"), FieldKind::Date)
                    .required()),
            bind(&Annotation::kind,
                FieldSpec(
                    QStringLiteral("kind"), QT_TRANSLATE_NOOP("Field", "Kind"), FieldKind::Enum)
                    .required()
                    .values(enumSpec<AnnotationKind>())),
            bind(&Annotation::title,
                FieldSpec(
                    QStringLiteral("title"), QT_TRANSLATE_NOOP("Field", "Title"), FieldKind::Text)
                    .required()),
            bind(&Annotation::description,
                FieldSpec(QStringLiteral("description"), QT_TRANSLATE_NOOP("Field", "Description"),
                    FieldKind::LongText)),
            bind(&Annotation::metricId,
                FieldSpec(QStringLiteral("metric_id"), QT_TRANSLATE_NOOP("Field", "Metric"),
                    FieldKind::Reference)
                    .references(QStringLiteral("metric"), OnDelete::SetNull)),
            bind(&Annotation::kpiId,
                FieldSpec(QStringLiteral("kpi_id"), QT_TRANSLATE_NOOP("Field", "KPI"),
                    FieldKind::Reference)
                    .references(QStringLiteral("kpi"), OnDelete::SetNull)),
        });
    return entity;
}

} // namespace stuurboord
