#pragma once

#include <QImage>
#include <QString>

class QChartView;
class QWidget;

namespace stuurboord {

// Every chart can leave the application: as a PNG (at twice the screen's resolution, so it
// stays crisp in a slide), as an SVG (vector, for print) and on the clipboard, from the
// chart's context menu and from the File menu.
class ChartExport final
{
public:
    static QImage image(QChartView* view, qreal scale = 2.0);
    static bool savePng(QChartView* view, const QString& path);
    static bool saveSvg(QChartView* view, const QString& path);
    static void copy(QChartView* view);
    // Asks for a file name and saves; svg chooses the format.
    static void exportAs(QChartView* view, bool svg);
    // The chart's context menu: export as PNG or SVG, copy.
    static void addContextMenu(QChartView* view);
};

} // namespace stuurboord
