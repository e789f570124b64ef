#pragma once

#include "ParsedDate.h"

#include <QStringList>

namespace stuurboord {

// Reads dates as exports write them: 2026-03-01, 20260301, 1-3-2026, 01-03-2026, 3/1/26,
// months (2026-03, 202603, maart 2026, apr-25), days with month names (1 mrt 2026,
// March 1, 2026) and ISO weeks (2026-W14). Whether 03-04-2026 is April or March is
// decided once for the whole column (guessOrder), never per cell.
class DateParser final
{
public:
    static DateOrderGuess guessOrder(
        const QStringList& samples, DateOrder fallback = DateOrder::DayFirst);
    static ParsedDate parse(QStringView text, DateOrder order = DateOrder::DayFirst);
    // Month 1-12 for Dutch and English names and abbreviations ("mrt", "March"), else 0.
    static int monthFromName(QStringView name);
    // The Monday of ISO week `week` of ISO year `year`; invalid if the week does not exist.
    static QDate isoWeekStart(int year, int week);
    static QString orderName(DateOrder order);
};

} // namespace stuurboord
