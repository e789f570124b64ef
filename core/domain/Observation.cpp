#include "Observation.h"

#include <QCoreApplication>

namespace stuurboord {

const Entity<Observation>& Observation::entity()
{
    static const Entity<Observation> entity(
        TableSpec(QStringLiteral("observation"), QT_TRANSLATE_NOOP("Entity", "observation"),
            QT_TRANSLATE_NOOP("Entity", "observations"), QStringLiteral("period"),
            QStringLiteral("metric_id, period"))
            .numberedByStore() // clustered on (month, metric, dimension): schema step 4
            .withoutRowVersions(),
        {
            bind(&Observation::metricId,
                FieldSpec(QStringLiteral("metric_id"), QT_TRANSLATE_NOOP("Field", "Metric"),
                    FieldKind::Reference)
                    .required()
                    .references(QStringLiteral("metric"), OnDelete::Restrict)),
            bind(&Observation::period,
                FieldSpec(
                    QStringLiteral("period"), QT_TRANSLATE_NOOP("Field", "Month"), FieldKind::Month)
                    .required()),
            bind(&Observation::windowStart,
                FieldSpec(QStringLiteral("window_start"),
                    QT_TRANSLATE_NOOP("Field", "Window start"), FieldKind::Date)),
            bind(&Observation::windowEnd,
                FieldSpec(QStringLiteral("window_end"), QT_TRANSLATE_NOOP("Field", "Window end"),
                    FieldKind::Date)),
            bind(&Observation::dimension,
                FieldSpec(QStringLiteral("dimension"), QT_TRANSLATE_NOOP("Field", "Dimension"),
                    FieldKind::Text)),
            bind(&Observation::value,
                FieldSpec(
                    QStringLiteral("value"), QT_TRANSLATE_NOOP("Field", "Value"), FieldKind::Real)
                    .required()),
            bind(&Observation::batchId,
                FieldSpec(QStringLiteral("batch_id"), QT_TRANSLATE_NOOP("Field", "Import"),
                    FieldKind::Reference)
                    .references(QStringLiteral("import_batch"), OnDelete::Cascade)),
        },
        [](const Observation& item) {
            QList<ValidationIssue> issues;
            if (item.windowStart.isValid() && item.windowEnd.isValid()
                && item.windowEnd < item.windowStart)
                issues << ValidationIssue{QStringLiteral("window_end"),
                    QCoreApplication::translate(
                        "Validation", "The measurement window ends before it starts.")};
            return issues;
        });
    return entity;
}

} // namespace stuurboord
