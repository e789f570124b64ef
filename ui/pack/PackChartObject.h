#pragma once

#include "kpi/KpiChartData.h"

#include <QObject>
#include <QTextObjectInterface>

namespace stuurboord {

// Paints a KPI chart where the meeting pack's text puts it: the app's own chart
// (KpiChartBuilder) rendered through a QGraphicsScene onto the page's painter, so a PDF
// gets vector paths and searchable text, never a bitmap.
class PackChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(PackChartObject)

public:
    static constexpr int type = QTextFormat::UserObject + 11;
    enum Property
    {
        ChartIndex = QTextFormat::UserProperty + 11
    };

    PackChartObject(const QList<KpiChartData>& charts, QSizeF size, QObject* parent = nullptr);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
        const QTextFormat& format) override;

    // The part of the document on the page being painted: a chart on another page is not
    // painted (the scene's own clip would let it show outside the page's text area).
    void setVisibleArea(const QRectF& area) { m_visible = area; }

    // Paints one chart into a rectangle of the painter (device pixels at the page's resolution).
    static void paint(QPainter* painter, const QRectF& rect, const KpiChartData& data);

private:
    QList<KpiChartData> m_charts;
    QSizeF m_size;
    QRectF m_visible;
};

} // namespace stuurboord
