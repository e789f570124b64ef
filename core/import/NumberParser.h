#pragma once

#include "ParsedNumber.h"

#include <QStringList>

namespace stuurboord {

// Reads figures as analytics tools and Dutch Excel write them: 1.234,5 and 1,234.5,
// 64,5% and 43%, 00:01:48, $0.00 and € 1.234,56, (12) and -12, byte counts of 40 bits.
// "3,215" can be 3215 or 3.215, so the convention is chosen per column from all its
// values (guessConvention), never per cell, and then every cell is read with it.
class NumberParser final
{
public:
    static NumberConventionGuess guessConvention(
        const QStringList& samples, NumberConvention fallback = NumberConvention::Dutch);
    static ParsedNumber parse(QStringView text, NumberConvention convention);
    // "a decimal comma (1.234,5)", for reasons and the wizard.
    static QString conventionName(NumberConvention convention);

private:
    static ParsedNumber parseAnySize(QStringView text, NumberConvention convention);
};

} // namespace stuurboord
