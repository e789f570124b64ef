#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace stuurboord {

enum class Frequency;

// A calendar period a KPI is measured over: a month (2026-03), quarter (2026-Q1),
// half-year (2026-H1) or year (2026). Ordered by start date.
class Period final
{
public:
    enum class Kind { Month, Quarter, HalfYear, Year };

    Period() = default;
    Period(Kind kind, int year, int index);

    static Period parse(const QString& text); // invalid when not understood
    static Period containing(const QDate& date, Kind kind);
    static Kind kindFor(Frequency frequency);

    bool isValid() const { return m_year > 0; }
    Kind kind() const { return m_kind; }
    int year() const { return m_year; }
    QString toString() const;
    QDate firstDay() const;
    QDate lastDay() const;
    // The months it spans, as yyyy-MM keys, in order.
    QStringList months() const;
    QString lastMonth() const;
    Period next() const;
    Period previous() const;
    int monthCount() const;

    friend bool operator==(const Period& a, const Period& b) = default;
    friend bool operator<(const Period& a, const Period& b)
    {
        return a.firstDay() < b.firstDay() || (a.firstDay() == b.firstDay() && a.monthCount() < b.monthCount());
    }

private:
    Kind m_kind = Kind::Month;
    int m_year = 0;
    int m_index = 0; // 1-based month, quarter or half; 1 for a year
};

} // namespace stuurboord
