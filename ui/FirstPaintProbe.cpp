#include "FirstPaintProbe.h"

#include "pages/DashboardPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace stuurboord {

namespace {
void say(const char* line)
{
    std::fputs(line, stdout);
    std::fflush(stdout);
}
} // namespace

FirstPaintProbe::FirstPaintProbe(QWidget* view)
    : QObject(view)
    , m_view(view)
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
        // Paint now and report right after, so the time includes the paint and nothing that
        // was queued behind it (the dashboard reads its figures after the first paint).
        watched->event(event);
        painted();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::painted()
{
    say("first-paint\n");
    // Then the figures: the dashboard reads them once the window is there.
    QPointer<DashboardPage> dashboard = m_view->findChild<DashboardPage*>();
    const auto shown = [dashboard] {
        if (dashboard)
            dashboard->repaint();
        say("figures-shown\n");
        QCoreApplication::exit(0);
    };
    if (!dashboard || dashboard->isLoaded())
        shown();
    else
        connect(dashboard, &DashboardPage::loaded, this, shown);
}

} // namespace stuurboord
