#include "ChartExport.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPainter>
#include <QResizeEvent>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace stuurboord {

namespace {
QString suggestedName(QChartView* view, const QString& suffix)
{
    QString title = view->chart()->title();
    title.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("-"));
    return (title.isEmpty() ? QCoreApplication::translate("ChartExport", "chart") : title) + suffix;
}
} // namespace

namespace {
// A chart not shown yet (the meeting pack's, a test's) has not been laid out to its size.
void layOut(QChartView* view)
{
    if (view->testAttribute(Qt::WA_PendingResizeEvent)) {
        QResizeEvent resize(view->size(), QSize());
        QCoreApplication::sendEvent(view, &resize);
        view->setAttribute(Qt::WA_PendingResizeEvent, false);
    }
}
} // namespace

QImage ChartExport::image(QChartView* view, qreal scale)
{
    layOut(view);
    QImage image(view->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(view->chart()->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
    return image;
}

bool ChartExport::savePng(QChartView* view, const QString& path)
{
    return image(view).save(path, "PNG");
}

bool ChartExport::saveSvg(QChartView* view, const QString& path)
{
    layOut(view);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(view->size());
    generator.setViewBox(QRect(QPoint(0, 0), view->size()));
    generator.setTitle(view->chart()->title());
    generator.setDescription(QCoreApplication::translate("ChartExport", "Chart made with Stuurboord"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
    return painter.end();
}

void ChartExport::copy(QChartView* view)
{
    QGuiApplication::clipboard()->setImage(image(view));
}

void ChartExport::exportAs(QChartView* view, bool svg)
{
    const QString path = QFileDialog::getSaveFileName(view,
        svg ? QCoreApplication::translate("ChartExport", "Export Chart as SVG")
            : QCoreApplication::translate("ChartExport", "Export Chart as PNG"),
        suggestedName(view, svg ? QStringLiteral(".svg") : QStringLiteral(".png")),
        svg ? QCoreApplication::translate("ChartExport", "SVG images (*.svg)")
            : QCoreApplication::translate("ChartExport", "PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!(svg ? saveSvg(view, path) : savePng(view, path)))
        QMessageBox::warning(view, QCoreApplication::translate("ChartExport", "Chart not exported"),
            QCoreApplication::translate("ChartExport", "The chart could not be written to %1. Choose a folder you can write to.")
                .arg(path));
}

void ChartExport::addContextMenu(QChartView* view)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* png = new QAction(QCoreApplication::translate("ChartExport", "Export as PNG…"), view);
    auto* svg = new QAction(QCoreApplication::translate("ChartExport", "Export as SVG…"), view);
    auto* copy = new QAction(QCoreApplication::translate("ChartExport", "Copy Chart"), view);
    QObject::connect(png, &QAction::triggered, view, [view] { exportAs(view, false); });
    QObject::connect(svg, &QAction::triggered, view, [view] { exportAs(view, true); });
    QObject::connect(copy, &QAction::triggered, view, [view] { ChartExport::copy(view); });
    view->addActions({png, svg, copy});
}

} // namespace stuurboord
