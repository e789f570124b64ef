#include "Sparkline.h"

#include <QPainter>
#include <QPainterPath>

namespace stuurboord {

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(QList<std::optional<double>> values, QList<std::optional<double>> targets,
                          const QColor& colour)
{
    m_values = std::move(values);
    m_targets = std::move(targets);
    m_colour = colour;
    update();
}

QSize Sparkline::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, fontMetrics().height() * 2};
}

void Sparkline::paintEvent(QPaintEvent*)
{
    double low = 0;
    double high = 0;
    bool any = false;
    for (const auto* list : {&m_values, &m_targets}) {
        for (const std::optional<double>& value : *list) {
            if (!value)
                continue;
            low = any ? qMin(low, *value) : *value;
            high = any ? qMax(high, *value) : *value;
            any = true;
        }
    }
    if (!any)
        return;
    if (high - low < 1e-9) {
        low -= 1;
        high += 1;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    const int count = static_cast<int>(qMax(m_values.size(), m_targets.size()));
    const auto at = [&](int i, double value) {
        const double x = count > 1 ? area.left() + area.width() * i / (count - 1) : area.center().x();
        return QPointF(x, area.bottom() - area.height() * (value - low) / (high - low));
    };
    const auto line = [&](const QList<std::optional<double>>& values) {
        QPainterPath path;
        bool drawing = false;
        for (int i = 0; i < values.size(); ++i) {
            if (!values.at(i)) {
                drawing = false; // a gap stays a gap
                continue;
            }
            if (drawing)
                path.lineTo(at(i, *values.at(i)));
            else
                path.moveTo(at(i, *values.at(i)));
            drawing = true;
        }
        return path;
    };
    QPen target(palette().color(QPalette::PlaceholderText), 1, Qt::DashLine);
    painter.setPen(target);
    painter.drawPath(line(m_targets));
    painter.setPen(QPen(palette().color(QPalette::Text), 1.5));
    painter.drawPath(line(m_values));
    // The latest value as a dot in its status colour; a single value is a dot too.
    for (int i = static_cast<int>(m_values.size()) - 1; i >= 0; --i) {
        if (m_values.at(i)) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_colour);
            painter.drawEllipse(at(i, *m_values.at(i)), 3, 3);
            break;
        }
    }
}

} // namespace stuurboord
