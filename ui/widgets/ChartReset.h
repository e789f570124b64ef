#pragma once

#include <QChart>

namespace stuurboord {

// Empties a chart before it is drawn again. removeAxis hands the axis back to the caller
// rather than deleting it, so the axes are deleted here.
inline QChart* resetChart(QChart* chart, const QString& title)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    return chart;
}

} // namespace stuurboord
