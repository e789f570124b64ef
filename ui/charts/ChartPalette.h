#pragma once

#include <QColor>
#include <QList>

namespace stuurboord {

// The colours of every chart: the Okabe-Ito set, which readers with the common forms of
// colour blindness can tell apart, in tones that read on a light and on a dark background.
struct ChartPalette
{
    bool dark = false;
    QColor background;
    QColor text;
    QColor grid;
    QColor value;
    QColor target;
    QColor benchmark;
    QColor marker;
    QColor atRisk;
    QColor offTrack;
    QList<QColor> series; // for comparisons and breakdowns, in order

    static ChartPalette light();
    static ChartPalette darkPalette();
    static ChartPalette forDark(bool dark) { return dark ? darkPalette() : light(); }
};

} // namespace stuurboord
