#include "Money.h"

#include <QLocale>
#include <cmath>

namespace stuurboord {

QString Money::format(qint64 cents)
{
    return QLocale().toCurrencyString(static_cast<double>(cents) / 100.0, QStringLiteral("€"));
}

QString Money::formatWhole(qint64 cents)
{
    const double euros = std::round(static_cast<double>(cents) / 100.0);
    return QLocale().toCurrencyString(euros, QStringLiteral("€"), 0);
}

} // namespace stuurboord
