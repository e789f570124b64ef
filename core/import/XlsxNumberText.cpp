#include "XlsxNumberText.h"

#include <cmath>
#include <QDate>

namespace stuurboord {

namespace {

// Excel's last date, 9999-12-31, in the 1900 system; the 1904 system ends 1462 days earlier.
constexpr double kLastSerial = 2958465;
constexpr qint64 kSecondsPerDay = 86400;

QString clock(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString XlsxNumberText::number(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    if (!std::isfinite(value))
        return QString::number(value);
    // Rounding through the exponent form gives exactly 15 significant digits however large
    // or small the value; the digits are then written out positionally.
    const QString scientific = QString::number(std::abs(value), 'e', 14);
    const qsizetype e = scientific.indexOf(u'e');
    const int exponent = QStringView(scientific).mid(e + 1).toInt();
    if (exponent < -10 || exponent > 20)
        return QString::number(value, 'g', 15);
    QString digits = scientific.left(e).remove(u'.');
    while (digits.size() > 1 && digits.endsWith(u'0'))
        digits.chop(1);
    QString text = value < 0 ? QStringLiteral("-") : QString();
    if (exponent < 0) {
        text += QStringLiteral("0.") + QString(-exponent - 1, u'0') + digits;
    } else if (digits.size() <= exponent + 1) {
        text += digits + QString(exponent + 1 - digits.size(), u'0');
    } else {
        text += digits.left(exponent + 1) + u'.' + digits.mid(exponent + 1);
    }
    return text;
}

bool XlsxNumberText::isPlain(QStringView stored)
{
    const auto isDigit = [&](qsizetype i) { return stored.at(i) >= u'0' && stored.at(i) <= u'9'; };
    qsizetype i = stored.startsWith(u'-') ? 1 : 0;
    const qsizetype integerStart = i;
    while (i < stored.size() && isDigit(i))
        ++i;
    const qsizetype integerDigits = i - integerStart;
    // "0", "7", "120" but not "", "007" or "-0"
    if (integerDigits == 0 || (integerDigits > 1 && stored.at(integerStart) == u'0')
        || (integerStart == 1 && integerDigits == 1 && stored.at(1) == u'0' && i == stored.size()))
        return false;
    qsizetype significant = stored.at(integerStart) == u'0' ? 0 : integerDigits;
    if (i < stored.size()) {
        if (stored.at(i) != u'.' || i + 1 == stored.size() || stored.back() == u'0')
            return false;
        qsizetype leadingZeros = significant == 0 ? 0 : -1;
        for (++i; i < stored.size(); ++i) {
            if (!isDigit(i))
                return false;
            if (leadingZeros >= 0 && stored.at(i) == u'0' && significant == 0)
                ++leadingZeros;
            else
                ++significant;
        }
        // number() switches to an exponent below 1e-10
        if (leadingZeros > 9)
            return false;
    }
    return significant <= 15;
}

QString XlsxNumberText::dateTime(double serial, bool date1904)
{
    if (!(serial >= 0) || serial > kLastSerial + 1)
        return {};
    // Excel keeps times to the millisecond; rounding to the second keeps 0.5 from showing
    // up as 11:59:59 after floating-point arithmetic.
    const qint64 total = std::llround(serial * kSecondsPerDay);
    const qint64 days = total / kSecondsPerDay;
    const qint64 seconds = total % kSecondsPerDay;
    if (days == 0 && seconds > 0)
        return clock(seconds);
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 0) {
        return {}; // Excel shows "1900-01-00": no date at all
    } else if (days == 60) {
        // Lotus 1-2-3 took 1900 for a leap year and Excel kept it for compatibility: serial
        // 60 is a day that never was, and every later serial is one day ahead.
        date = QStringLiteral("1900-02-29");
    } else {
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    }
    if (days > kLastSerial - (date1904 ? 1462 : 0))
        return {};
    return seconds == 0 ? date : QString(date + u' ' + clock(seconds));
}

QString XlsxNumberText::duration(double days)
{
    if (!std::isfinite(days) || std::abs(days) > kLastSerial)
        return {};
    const qint64 total = std::llround(days * kSecondsPerDay);
    return total < 0 ? QString(u'-' + clock(-total)) : clock(total);
}

} // namespace stuurboord
