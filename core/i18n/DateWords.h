#pragma once

#include <QDate>
#include <QString>

namespace stuurboord {

// Dates in sentences: "15 December 2026" / "15 december 2026", in the current locale,
// without the weekday that QLocale's long format adds.
class DateWords final
{
public:
    static QString day(const QDate& date);
};

} // namespace stuurboord
