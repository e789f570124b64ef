#pragma once

#include <optional>
#include <QString>

namespace stuurboord {

// Dutch writes 1.234,5 (decimal comma, thousands point); English writes 1,234.5.
enum class NumberConvention
{
    Dutch,
    English
};

// One cell read as a number. An empty cell has no value: it is "not measured", never 0.
struct ParsedNumber
{
    enum class Kind
    {
        Empty,
        Number,
        Percent,
        Duration,
        Invalid
    };

    Kind kind = Kind::Empty;
    double value = 0; // percentages as written (64,5% -> 64.5); durations in seconds
    std::optional<qint64> exact; // whole numbers exactly, for byte counts beyond 2^53
    QString currency; // "€" or "$" when the cell showed one
    QString error; // why the text is not a number, in words

    bool hasValue() const { return kind != Kind::Empty && kind != Kind::Invalid; }
    bool isPercent() const { return kind == Kind::Percent; }
};

// Which convention a column uses, and the value that showed it, in words.
struct NumberConventionGuess
{
    NumberConvention convention = NumberConvention::Dutch;
    bool conflicting = false; // some values say Dutch, others English
    bool decided = false; // at least one value showed the convention
    QString reason;
};

} // namespace stuurboord
