#pragma once

#include <QDate>
#include <QString>

namespace stuurboord {

// Whether 03-04-2026 is 3 April (day first, Dutch) or March 4 (month first, American).
enum class DateOrder
{
    DayFirst,
    MonthFirst
};

// One cell read as a date. A month or an ISO week is a period: `date` is its first day.
struct ParsedDate
{
    enum class Kind
    {
        Empty,
        Day,
        Month,
        Week,
        Range, // "2009-12-28,2010-01-03", as Matomo writes a week or range period
        Invalid
    };

    Kind kind = Kind::Empty;
    QDate date;
    QDate last; // of a range
    QString error;

    bool hasValue() const
    {
        return kind == Kind::Day || kind == Kind::Month || kind == Kind::Week
            || kind == Kind::Range;
    }
    // The last day the value covers: the day itself, the end of the month or the Sunday, or
    // the last day of a range.
    QDate lastDay() const;
};

// The day/month order chosen for a whole column, and why, in words for the preview.
struct DateOrderGuess
{
    DateOrder order = DateOrder::DayFirst;
    bool decided = false; // a value such as 13-03-2026 showed the order
    bool conflicting = false; // values showed both orders
    QString reason;
};

} // namespace stuurboord
