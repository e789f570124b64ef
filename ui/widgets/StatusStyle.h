#pragma once

#include "kpi/KpiStatus.h"

#include <QColor>
#include <QString>

class QPalette;

namespace stuurboord {

// How a KPI status looks everywhere: the same words, symbols and colours on every page.
// The colours come from the Okabe-Ito set, which colour-blind readers can tell apart, and
// every status also has its own symbol and word, so colour is never the only cue.
class StatusStyle final
{
public:
    static QString text(KpiStatus status);
    static QString symbol(KpiStatus status);
    // Symbol and word: "✓ On track".
    static QString label(KpiStatus status);
    static QColor colour(KpiStatus status);
    // Lighter tones on a dark palette, so the words stay readable.
    static QColor colour(KpiStatus status, const QPalette& palette);
    static bool isDark(const QPalette& palette);
};

} // namespace stuurboord
