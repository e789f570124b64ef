#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace stuurboord {

// Help → User Guide and Help → What's New, and "What's new" shown once by itself the first
// time a newer version starts (the version seen last is kept in the preferences).
class HelpActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpActions)

public:
    HelpActions(QWidget& window, QMenu& menu);

    void showGuide();
    void showWhatsNew();
    // Shows "What's new" when this version is newer than the one seen last; a first start
    // (nothing seen yet) only records the version. True when it was shown.
    bool showWhatsNewIfUpdated();

private:
    QWidget& m_window;
};

} // namespace stuurboord
