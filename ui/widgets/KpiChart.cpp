#include "KpiChart.h"

#include "StatusStyle.h"
#include "charts/ChartExport.h"
#include "charts/KpiChartBuilder.h"
#include "kpi/KpiFormat.h"

#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QScatterSeries>
#include <QToolTip>

namespace stuurboord {

KpiChart::KpiChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    setMouseTracking(true);
    ChartExport::addContextMenu(this);
}

void KpiChart::setData(const KpiChartData& data)
{
    m_data = data;
    redraw();
}

void KpiChart::setRangeMonths(int months)
{
    m_months = months;
    redraw();
}

QString KpiChart::describe(int index) const
{
    if (index < 0 || index >= m_shown.points.size())
        return {};
    const KpiPoint& point = m_shown.points.at(index);
    QStringList lines{QStringLiteral("<b>%1</b>").arg(KpiFormat::period(point.period).toHtmlEscaped())};
    lines << (point.value ? KpiFormat::value(*point.value, m_shown.unit) : tr("no value"));
    if (point.target)
        lines << tr("Target: %1").arg(KpiFormat::value(point.target->value, m_shown.unit));
    lines << StatusStyle::label(point.status);
    if (point.manual)
        lines << tr("Entered by hand");
    if (point.value)
        lines << tr("Click to add an event here");
    return lines.join(QStringLiteral("<br>"));
}

void KpiChart::redraw()
{
    int periods = 0;
    if (m_months > 0 && !m_data.points.isEmpty())
        periods = qMax(1, m_months / m_data.points.constFirst().period.monthCount());
    m_shown = m_data.lastPeriods(periods);
    KpiChartBuilder::build(chart(), m_shown, ChartPalette::forDark(StatusStyle::isDark(palette())));
    connectPoints();
    setAccessibleName(tr("Chart of %1").arg(m_shown.title));
    setAccessibleDescription(summary());
}

QString KpiChart::summary() const
{
    // What a screen reader says instead of the picture: the span, the latest value, its
    // target and status in words.
    const QList<KpiPoint>& points = m_shown.points;
    if (points.isEmpty())
        return tr("%1: no periods to show yet.").arg(m_shown.title);
    QString text = tr("%1 from %2 to %3.")
                       .arg(m_shown.title, KpiFormat::period(points.constFirst().period),
                           KpiFormat::period(points.constLast().period));
    for (auto point = points.crbegin(); point != points.crend(); ++point) {
        if (!point->value)
            continue;
        text += u' ' + tr("Latest value %1 in %2, status: %3.")
                           .arg(KpiFormat::value(*point->value, m_shown.unit),
                               KpiFormat::period(point->period), StatusStyle::label(point->status));
        if (point->target)
            text += u' ' + tr("Target %1.").arg(KpiFormat::value(point->target->value, m_shown.unit));
        return text;
    }
    return text + u' ' + tr("No values yet.");
}

void KpiChart::connectPoints()
{
    // Hover and click on the values themselves (line and dots); x is the period's index.
    for (QAbstractSeries* series : chart()->series()) {
        auto* xy = qobject_cast<QXYSeries*>(series);
        const QString role = series->objectName();
        if (!xy || !(role == u"values" || role == u"manual" || role == u"imported" || role == u"single"))
            continue;
        connect(xy, &QXYSeries::hovered, this, [this](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), describe(qRound(point.x())), this);
        });
        connect(xy, &QXYSeries::clicked, this, [this](const QPointF& point) {
            const int index = qRound(point.x());
            if (index >= 0 && index < m_shown.points.size())
                emit periodClicked(m_shown.points.at(index).period);
        });
    }
}

void KpiChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        redraw();
    QChartView::changeEvent(event);
}

} // namespace stuurboord
