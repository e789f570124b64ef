#pragma once

#include <QObject>

class QWidget;

namespace stuurboord {

// For the dashboard benchmark: with STUURBOORD_REPORT_FIRST_PAINT set, the first time the
// opened workspace is painted the application writes "first-paint" to standard output and
// quits, so the benchmark can time launch to first paint from outside the process.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    static void attachIfAsked(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FirstPaintProbe(QObject* parent);
    bool m_done = false;
};

} // namespace stuurboord
