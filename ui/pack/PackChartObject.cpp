#include "PackChartObject.h"

#include "charts/ChartPalette.h"
#include "charts/KpiChartBuilder.h"

#include "PackStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QAreaSeries>
#include <QXYSeries>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace stuurboord {

namespace {
// PDF/A-1b allows no transparency, and Qt then paints translucent colours opaque: a shaded
// band would hide the grid and the target line. Mixing the colour with the white page gives
// the same look without transparency.
QColor onWhite(QColor colour)
{
    const double alpha = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * alpha + 1 - alpha), float(colour.greenF() * alpha + 1 - alpha),
        float(colour.blueF() * alpha + 1 - alpha));
}

void flatten(QAbstractSeries* series)
{
    if (auto* area = qobject_cast<QAreaSeries*>(series)) {
        QBrush brush = area->brush();
        brush.setColor(onWhite(brush.color()));
        area->setBrush(brush);
        QPen pen = area->pen();
        pen.setColor(onWhite(pen.color()));
        area->setPen(pen);
    } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
        QPen pen = xy->pen();
        pen.setColor(onWhite(pen.color()));
        xy->setPen(pen);
        QBrush brush = xy->brush();
        brush.setColor(onWhite(brush.color()));
        xy->setBrush(brush);
        xy->setPointLabelsFont(PackStyle::font(6.5));
    }
}
} // namespace

PackChartObject::PackChartObject(const QList<KpiChartData>& charts, QSizeF size, QObject* parent)
    : QObject(parent)
    , m_charts(charts)
    , m_size(size)
{
}

QSizeF PackChartObject::intrinsicSize(QTextDocument*, int, const QTextFormat&)
{
    return m_size;
}

void PackChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    const int index = format.intProperty(ChartIndex);
    if (index >= 0 && index < m_charts.size() && (m_visible.isNull() || m_visible.contains(rect.center())))
        paint(painter, rect, m_charts.at(index));
}

void PackChartObject::paint(QPainter* painter, const QRectF& rect, const KpiChartData& data)
{
    // The scene owns the chart. It is laid out at the size it is painted at, in the page's
    // own pixels, so its fonts keep their point sizes on paper.
    QGraphicsScene scene;
    QChart* chart = KpiChartBuilder::create(data, ChartPalette::light());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    // The pack's own font everywhere, so the PDF embeds DejaVu Sans whatever the system's
    // default font is.
    chart->setTitleFont(PackStyle::font(9.5, true));
    chart->legend()->setFont(PackStyle::font(7));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(PackStyle::font(7));
        axis->setTitleFont(PackStyle::font(7));
    }
    for (QAbstractSeries* series : chart->series())
        flatten(series);
    scene.addItem(chart);
    const QRectF area(QPointF(0, 0), rect.size());
    chart->setGeometry(area);
    scene.setSceneRect(area);
    if (chart->layout())
        chart->layout()->activate();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    scene.render(painter, rect, area, Qt::IgnoreAspectRatio);
    painter->restore();
}

} // namespace stuurboord
