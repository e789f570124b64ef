#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace stuurboord {

// Runs work once a widget has been painted for the first time: what the first page does not
// need (bringing follow-up actions up to date, for one) waits until the window shows, so
// opening a large workspace does not keep the user looking at nothing.
class AfterFirstPaint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfterFirstPaint)

public:
    static void run(QWidget* widget, std::function<void()> work);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    AfterFirstPaint(QWidget* widget, std::function<void()> work);
    void start();

    std::function<void()> m_work;
    bool m_started = false;
};

} // namespace stuurboord
