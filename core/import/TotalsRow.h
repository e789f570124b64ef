#pragma once

#include <QStringList>

namespace stuurboord {

// Analytics exports end tables with a totals row; importing it would count every figure
// twice. The mapping layer asks here and leaves such rows out (ImportSink::leaveOut), with
// the reason in words.
class TotalsRow final
{
public:
    // Why `fields` is a totals row ("Totaal", "Total", "Grand total", or an empty first
    // cell next to figures), or an empty string for an ordinary row.
    static QString reason(const QStringList& fields);
    static bool isTotals(const QStringList& fields) { return !reason(fields).isEmpty(); }
};

} // namespace stuurboord
