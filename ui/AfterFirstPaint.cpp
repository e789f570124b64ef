#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace stuurboord {

AfterFirstPaint::AfterFirstPaint(QWidget* widget, std::function<void()> work)
    : QObject(widget)
    , m_work(std::move(work))
{
    // The page shown first paints inside the widget: watch it and what it holds.
    widget->installEventFilter(this);
    for (QWidget* child : widget->findChildren<QWidget*>())
        child->installEventFilter(this);
    // A widget that is never shown (a test, a hidden window) still gets the work done.
    QTimer::singleShot(2000, this, &AfterFirstPaint::start);
}

void AfterFirstPaint::run(QWidget* widget, std::function<void()> work)
{
    new AfterFirstPaint(widget, std::move(work));
}

bool AfterFirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_started && event->type() == QEvent::Paint)
        QTimer::singleShot(0, this, &AfterFirstPaint::start);
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::start()
{
    if (m_started)
        return;
    m_started = true;
    m_work();
    deleteLater();
}

} // namespace stuurboord
