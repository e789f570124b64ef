#include "DateWords.h"

#include <QLocale>

namespace stuurboord {

QString DateWords::day(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

} // namespace stuurboord
