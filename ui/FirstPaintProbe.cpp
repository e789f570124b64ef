#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace stuurboord {

FirstPaintProbe::FirstPaintProbe(QObject* parent)
    : QObject(parent)
{
}

void FirstPaintProbe::attachIfAsked(QWidget* widget)
{
    if (qEnvironmentVariableIsEmpty("STUURBOORD_REPORT_FIRST_PAINT"))
        return;
    auto* probe = new FirstPaintProbe(widget);
    // The page shown first paints inside the view; watch the view and what it shows.
    widget->installEventFilter(probe);
    for (QWidget* child : widget->findChildren<QWidget*>())
        child->installEventFilter(probe);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // After this paint is done, so the time includes it.
        QTimer::singleShot(0, qApp, [] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace stuurboord
