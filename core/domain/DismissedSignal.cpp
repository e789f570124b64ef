#include "DismissedSignal.h"

namespace stuurboord {

const Entity<DismissedSignal>& DismissedSignal::entity()
{
    static const Entity<DismissedSignal> entity(
        TableSpec(QStringLiteral("dismissed_signal"), QT_TRANSLATE_NOOP("Entity", "dismissed signal"),
            QT_TRANSLATE_NOOP("Entity", "dismissed signals"), QStringLiteral("signal_key"),
            QStringLiteral("dismissed_on DESC"))
            .unique({QStringLiteral("signal_key")}),
        {
            bind(&DismissedSignal::signalKey,
                FieldSpec(QStringLiteral("signal_key"), QT_TRANSLATE_NOOP("Field", "Signal"),
                    FieldKind::Text)
                    .required()),
            bind(&DismissedSignal::dismissedOn,
                FieldSpec(QStringLiteral("dismissed_on"), QT_TRANSLATE_NOOP("Field", "Dismissed on"),
                    FieldKind::Date)
                    .required()),
        });
    return entity;
}

} // namespace stuurboord
