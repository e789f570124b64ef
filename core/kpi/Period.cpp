#include "Period.h"

#include "domain/Kpi.h"

#include <QRegularExpression>

namespace stuurboord {

Period::Period(Kind kind, int year, int index)
    : m_kind(kind)
    , m_year(year)
    , m_index(index)
{
}

int Period::monthCount() const
{
    switch (m_kind) {
    case Kind::Month:
        return 1;
    case Kind::Quarter:
        return 3;
    case Kind::HalfYear:
        return 6;
    case Kind::Year:
        return 12;
    }
    return 1;
}

Period Period::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|H([12])))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    if (!match.captured(2).isEmpty()) {
        const int month = match.captured(2).toInt();
        return month >= 1 && month <= 12 ? Period(Kind::Month, year, month) : Period();
    }
    if (!match.captured(3).isEmpty())
        return Period(Kind::Quarter, year, match.captured(3).toInt());
    if (!match.captured(4).isEmpty())
        return Period(Kind::HalfYear, year, match.captured(4).toInt());
    return Period(Kind::Year, year, 1);
}

Period Period::containing(const QDate& date, Kind kind)
{
    const int length = Period(kind, 2000, 1).monthCount();
    return Period(kind, date.year(), (date.month() - 1) / length + 1);
}

Period::Kind Period::kindFor(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Monthly:
        return Kind::Month;
    case Frequency::Quarterly:
        return Kind::Quarter;
    case Frequency::HalfYearly:
        return Kind::HalfYear;
    case Frequency::Yearly:
        return Kind::Year;
    }
    return Kind::Month;
}

QString Period::toString() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(m_year).arg(m_index, 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_year).arg(m_index);
    case Kind::HalfYear:
        return QStringLiteral("%1-H%2").arg(m_year).arg(m_index);
    case Kind::Year:
        return QString::number(m_year);
    }
    return {};
}

QDate Period::firstDay() const
{
    return QDate(m_year, (m_index - 1) * monthCount() + 1, 1);
}

QDate Period::lastDay() const
{
    return firstDay().addMonths(monthCount()).addDays(-1);
}

QStringList Period::months() const
{
    QStringList result;
    const QDate first = firstDay();
    for (int i = 0; i < monthCount(); ++i)
        result << first.addMonths(i).toString(QStringLiteral("yyyy-MM"));
    return result;
}

QString Period::lastMonth() const
{
    return lastDay().toString(QStringLiteral("yyyy-MM"));
}

Period Period::next() const
{
    return containing(lastDay().addDays(1), m_kind);
}

Period Period::previous() const
{
    return containing(firstDay().addDays(-1), m_kind);
}

} // namespace stuurboord
