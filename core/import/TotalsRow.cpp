#include "TotalsRow.h"

#include <algorithm>
#include <QCoreApplication>

namespace stuurboord {

QString TotalsRow::reason(const QStringList& fields)
{
    if (fields.isEmpty())
        return {};
    QString first = fields.first().trimmed().toLower();
    if (first.endsWith(u':'))
        first.chop(1);
    static const QStringList totals = {QStringLiteral("totaal"), QStringLiteral("total"),
        QStringLiteral("totals"), QStringLiteral("grand total"), QStringLiteral("eindtotaal"),
        QStringLiteral("totaal generaal"), QStringLiteral("totalen")};
    if (totals.contains(first)) {
        return QCoreApplication::translate(
            "Import", "a totals row (\"%1\"), not a period of its own")
            .arg(fields.first().trimmed());
    }
    const bool figuresBeside = std::any_of(fields.cbegin() + 1, fields.cend(),
        [](const QString& f) { return !f.trimmed().isEmpty(); });
    if (first.isEmpty() && figuresBeside)
        return QCoreApplication::translate("Import", "the first cell is empty, as in a totals row");
    return {};
}

} // namespace stuurboord
