#include "HeadcountEntry.h"

namespace stuurboord {

const Entity<HeadcountEntry>& HeadcountEntry::entity()
{
    static const Entity<HeadcountEntry> entity(
        TableSpec(QStringLiteral("headcount"), QT_TRANSLATE_NOOP("Entity", "headcount month"),
            QT_TRANSLATE_NOOP("Entity", "headcount months"), QStringLiteral("month"),
            QStringLiteral("month"))
            .unique({QStringLiteral("month")}),
        {
            bind(&HeadcountEntry::month,
                FieldSpec(
                    QStringLiteral("month"), QT_TRANSLATE_NOOP("Field", "Month"), FieldKind::Month)
                    .required()),
            bind(&HeadcountEntry::employees,
                FieldSpec(QStringLiteral("employees"), QT_TRANSLATE_NOOP("Field", "Employees"),
                    FieldKind::Integer)
                    .required()
                    .range(1, 1000000)),
        });
    return entity;
}

} // namespace stuurboord
