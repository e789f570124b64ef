#include "KpiChange.h"

namespace stuurboord {

const Entity<KpiChange>& KpiChange::entity()
{
    static const Entity<KpiChange> entity(
        TableSpec(QStringLiteral("kpi_change"), QT_TRANSLATE_NOOP("Entity", "KPI change"),
            QT_TRANSLATE_NOOP("Entity", "KPI changes"), QStringLiteral("what"),
            QStringLiteral("changed_at DESC")),
        {
            bind(&KpiChange::kpiId,
                FieldSpec(QStringLiteral("kpi_id"), QT_TRANSLATE_NOOP("Field", "KPI"),
                    FieldKind::Reference)
                    .required()
                    .references(QStringLiteral("kpi"), OnDelete::Cascade)),
            bind(&KpiChange::version,
                FieldSpec(QStringLiteral("version"), QT_TRANSLATE_NOOP("Field", "Version"),
                    FieldKind::Integer)
                    .required()
                    .atLeast(1)),
            bind(&KpiChange::changedAt,
                FieldSpec(QStringLiteral("changed_at"), QT_TRANSLATE_NOOP("Field", "Changed at"),
                    FieldKind::DateTime)
                    .required()),
            bind(&KpiChange::author,
                FieldSpec(
                    QStringLiteral("author"), QT_TRANSLATE_NOOP("Field", "By"), FieldKind::Text)),
            bind(&KpiChange::what,
                FieldSpec(QStringLiteral("what"), QT_TRANSLATE_NOOP("Field", "What changed"),
                    FieldKind::Text)
                    .required()),
            bind(&KpiChange::why,
                FieldSpec(
                    QStringLiteral("why"), QT_TRANSLATE_NOOP("Field", "Why"), FieldKind::LongText)),
        });
    return entity;
}

} // namespace stuurboord
