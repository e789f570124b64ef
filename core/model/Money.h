#pragma once

#include <QString>

namespace stuurboord {

// Euro amounts (stored as integer cents) as a coordinator reads them, in the locale's
// format: "€ 1.234,56" in Dutch, "€1,234.56" in English. Core texts (budget warnings,
// the business case) and the UI use the same form.
class Money final
{
public:
    static QString format(qint64 cents);
    // Whole euros for sentences about budgets ("€ 60.000"), rounded.
    static QString formatWhole(qint64 cents);
};

} // namespace stuurboord
