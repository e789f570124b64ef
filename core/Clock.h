#pragma once

#include <QDate>

namespace stuurboord {

// Today's date for everything that depends on it (overdue moments, upcoming meetings),
// replaceable in tests so that results do not change with the calendar.
class Clock final
{
public:
    static QDate today();
    static void setToday(const QDate& date); // an invalid date restores the real clock
};

} // namespace stuurboord
