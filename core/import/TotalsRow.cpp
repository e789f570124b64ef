#include "TotalsRow.h"

#include <algorithm>
#include <QCoreApplication>

namespace stuurboord {

QString TotalsRow::reason(const QStringList& fields)
{
    if (fields.isEmpty())
        return {};
    // This runs for every row of an export: a first cell that starts with a digit (a date,
    // a number) is neither a totals word nor empty.
    if (const QString& cell = fields.first(); !cell.isEmpty() && cell.front().isDigit())
        return {};
    QStringView first = QStringView(fields.first()).trimmed();
    if (first.endsWith(u':'))
        first.chop(1);
    static const QStringList totals = {QStringLiteral("totaal"), QStringLiteral("total"),
        QStringLiteral("totals"), QStringLiteral("grand total"), QStringLiteral("eindtotaal"),
        QStringLiteral("totaal generaal"), QStringLiteral("totalen")};
    if (!first.isEmpty()) {
        const bool isTotal = std::any_of(
            totals.cbegin(), totals.cend(), [first](const QString& word) {
                return first.size() == word.size() && first.compare(word, Qt::CaseInsensitive) == 0;
            });
        if (!isTotal)
            return {};
        return QCoreApplication::translate(
            "Import", "a totals row (\"%1\"), not a period of its own")
            .arg(fields.first().trimmed());
    }
    const bool figuresBeside = std::any_of(fields.cbegin() + 1, fields.cend(),
        [](const QString& f) { return !QStringView(f).trimmed().isEmpty(); });
    if (figuresBeside)
        return QCoreApplication::translate("Import", "the first cell is empty, as in a totals row");
    return {};
}

} // namespace stuurboord
