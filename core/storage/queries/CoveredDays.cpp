#include "CoveredDays.h"

#include <algorithm>
#include <limits>
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace stuurboord {

namespace {
QDate firstOf(const QString& month)
{
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
}

quint32 bitsBetween(int firstDay, int lastDay)
{
    if (firstDay > lastDay)
        return 0;
    const quint64 upTo = (quint64(1) << lastDay) - 1; // days 1..lastDay
    const quint64 before = (quint64(1) << (firstDay - 1)) - 1; // days 1..firstDay-1
    return quint32(upTo & ~before);
}
} // namespace

quint32 CoveredDays::whole(const QString& month)
{
    const QDate first = firstOf(month);
    return first.isValid() ? bitsBetween(1, first.daysInMonth()) : 0;
}

bool CoveredDays::isWhole(const QString& month, quint32 days)
{
    const quint32 all = whole(month);
    return (days & all) == all;
}

quint32 CoveredDays::ofJulian(
    qint64 monthStart, int length, qint64 first, qint64 last, qint64 exportedOn)
{
    constexpr qint64 none = std::numeric_limits<qint64>::min();
    qint64 from = monthStart;
    qint64 to = monthStart + length - 1;
    if (first != none && last != none && first <= last && last - first + 1 < 28) {
        from = std::max(first, monthStart);
        to = std::min(last, to);
    }
    if (exportedOn != none && exportedOn >= monthStart && exportedOn < to)
        to = exportedOn;
    return from <= to ? bitsBetween(int(from - monthStart + 1), int(to - monthStart + 1)) : 0;
}

quint32 CoveredDays::of(
    const QString& month, const QDate& first, const QDate& last, const QDate& exportedOn)
{
    const QDate monthStart = firstOf(month);
    if (!monthStart.isValid())
        return 0;
    constexpr qint64 none = std::numeric_limits<qint64>::min();
    const auto julian = [](const QDate& date) { return date.isValid() ? date.toJulianDay() : none; };
    return ofJulian(monthStart.toJulianDay(), monthStart.daysInMonth(), julian(first),
        julian(last), julian(exportedOn));
}

QString CoveredDays::listed(const QString& month, quint32 days)
{
    const QDate first = firstOf(month);
    if (!first.isValid())
        return {};
    QStringList runs;
    const int count = first.daysInMonth();
    for (int day = 1; day <= count; ++day) {
        if (!(days & (quint32(1) << (day - 1))))
            continue;
        int end = day;
        while (end < count && (days & (quint32(1) << end)))
            ++end;
        runs << (end == day ? QString::number(day)
                            : QStringLiteral("%1–%2").arg(QString::number(day), QString::number(end)));
        day = end;
    }
    if (runs.isEmpty())
        return QCoreApplication::translate("Import", "no days");
    const QString monthName = QLocale().standaloneMonthName(first.month());
    const QString last = runs.takeLast();
    const QString joined = runs.isEmpty()
        ? last
        : QCoreApplication::translate("Import", "%1 and %2")
              .arg(runs.join(QStringLiteral(", ")), last);
    return QStringLiteral("%1 %2").arg(joined, monthName);
}

QString CoveredDays::incompleteText(const QString& month, quint32 days)
{
    const QDate first = firstOf(month);
    if (!first.isValid() || isWhole(month, days))
        return {};
    const QString name = QStringLiteral("%1 %2").arg(
        QLocale().standaloneMonthName(first.month()), QString::number(first.year()));
    return QCoreApplication::translate("Import", "%1 is incomplete (%2)")
        .arg(name, listed(month, days));
}

} // namespace stuurboord
