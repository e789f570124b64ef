#pragma once

#include <QList>
#include <QWidget>
#include <optional>

namespace stuurboord {

// A tiny line of the last periods on a dashboard tile, with the target as a dashed line.
// Painted directly (no chart object), so thirty tiles cost next to nothing to show.
class Sparkline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sparkline)

public:
    explicit Sparkline(QWidget* parent = nullptr);
    void setValues(QList<std::optional<double>> values, QList<std::optional<double>> targets,
                   const QColor& colour);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<std::optional<double>> m_values;
    QList<std::optional<double>> m_targets;
    QColor m_colour;
};

} // namespace stuurboord
