#include "KpiFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace stuurboord {

namespace {
int decimalsFor(double value, KpiUnit unit)
{
    if (unit == KpiUnit::Count || unit == KpiUnit::Euro || unit == KpiUnit::Seconds)
        return qAbs(value) >= 100 ? 0 : 1;
    return unit == KpiUnit::Ratio && qAbs(value) < 10 ? 2 : 1;
}
} // namespace

QString KpiFormat::value(double value, KpiUnit unit)
{
    const QString number = QLocale().toString(value, 'f', decimalsFor(value, unit));
    switch (unit) {
    case KpiUnit::Percentage:
        return QCoreApplication::translate("KpiFormat", "%1%").arg(number);
    case KpiUnit::Euro:
        return QCoreApplication::translate("KpiFormat", "€ %1").arg(number);
    case KpiUnit::Seconds:
        return QCoreApplication::translate("KpiFormat", "%1 s").arg(number);
    case KpiUnit::Count:
    case KpiUnit::Score:
    case KpiUnit::Ratio:
        break;
    }
    return number;
}

QString KpiFormat::change(double change, KpiUnit unit)
{
    const QString sign = change > 0 ? QStringLiteral("+") : change < 0 ? QStringLiteral("−") : QString();
    const double size = qAbs(change);
    if (unit == KpiUnit::Percentage)
        return sign
            + QCoreApplication::translate("KpiFormat", "%1 pp")
                  .arg(QLocale().toString(size, 'f', 1));
    return sign + value(size, unit);
}

QString KpiFormat::period(const Period& period)
{
    const int index = period.kind() == Period::Kind::Year ? 1
        : period.kind() == Period::Kind::Month            ? period.firstDay().month()
        : period.kind() == Period::Kind::Quarter          ? (period.firstDay().month() - 1) / 3 + 1
                                                          : (period.firstDay().month() - 1) / 6 + 1;
    switch (period.kind()) {
    case Period::Kind::Month:
        return QLocale().standaloneMonthName(index) + u' ' + QString::number(period.year());
    case Period::Kind::Quarter:
        //: A quarter, e.g. "2026 Q3"; Dutch writes "2026 K3".
        return QCoreApplication::translate("KpiFormat", "%1 Q%2").arg(period.year()).arg(index);
    case Period::Kind::HalfYear:
        //: A half-year, e.g. "2026 H2"
        return QCoreApplication::translate("KpiFormat", "%1 H%2").arg(period.year()).arg(index);
    case Period::Kind::Year:
        break;
    }
    return QString::number(period.year());
}

QString KpiFormat::shortPeriod(const Period& period)
{
    if (period.kind() != Period::Kind::Month)
        return KpiFormat::period(period);
    return QLocale().standaloneMonthName(period.firstDay().month(), QLocale::ShortFormat) + u' '
        + QString::number(period.year() % 100).rightJustified(2, u'0');
}

} // namespace stuurboord
