#include "Clock.h"

namespace stuurboord {

namespace {
QDate s_fixed;
}

QDate Clock::today()
{
    return s_fixed.isValid() ? s_fixed : QDate::currentDate();
}

void Clock::setToday(const QDate& date)
{
    s_fixed = date;
}

} // namespace stuurboord
