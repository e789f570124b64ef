#pragma once

#include <QObject>

class QWidget;

namespace stuurboord {

// For the dashboard benchmark: with STUURBOORD_REPORT_FIRST_PAINT set, the first time the
// opened workspace is painted the application writes "first-paint" to standard output, then
// "figures-shown" once the dashboard has painted its figures, and quits, so the benchmark
// can time both from outside the process.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    static void attachIfAsked(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FirstPaintProbe(QWidget* view);
    void painted();

    QWidget* m_view;
    bool m_done = false;
};

} // namespace stuurboord
