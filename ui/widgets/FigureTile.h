#pragma once

#include <QFrame>

class QLabel;

namespace stuurboord {

class Sparkline;
struct KpiTile;

// One KPI on the dashboard: its latest complete value with unit and period, the status in
// words, symbol and colour, the change against the period before and a year earlier, the
// target and a sparkline of the last twelve periods. Clicking it (or Enter) opens the KPI.
class FigureTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureTile)

public:
    explicit FigureTile(QWidget* parent = nullptr);
    void setTile(const KpiTile& tile);
    qint64 kpiId() const { return m_kpiId; }
    QString valueText() const;
    QString statusText() const;
    QString changeText() const;

signals:
    void activated(qint64 kpiId);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    qint64 m_kpiId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_change = nullptr;
    QLabel* m_target = nullptr;
    QLabel* m_note = nullptr;
    Sparkline* m_sparkline = nullptr;
};

} // namespace stuurboord
