#include "HelpActions.h"

#include "dialogs/GuideDialog.h"
#include "i18n/ApplicationInfo.h"
#include "settings/Preferences.h"

#include <QMenu>
#include <QSettings>
#include <QVersionNumber>

namespace stuurboord {

HelpActions::HelpActions(QWidget& window, QMenu& menu)
    : QObject(&window)
    , m_window(window)
{
    menu.addAction(tr("&User Guide"), QKeySequence::HelpContents, this, &HelpActions::showGuide);
    menu.addAction(tr("&What's New"), this, &HelpActions::showWhatsNew);
}

void HelpActions::showGuide()
{
    GuideDialog dialog(QStringLiteral("guide"), tr("Stuurboord user guide"), &m_window);
    dialog.exec();
}

void HelpActions::showWhatsNew()
{
    GuideDialog dialog(QStringLiteral("whatsnew"),
        tr("What's new in Stuurboord %1").arg(ApplicationInfo::version()), &m_window);
    dialog.exec();
}

bool HelpActions::showWhatsNewIfUpdated()
{
    QString seen = Preferences::lastSeenVersion();
    // Versions before 0.2.0 did not record what was seen, but did keep the window's size.
    if (seen.isEmpty() && QSettings().contains(QStringLiteral("window/geometry")))
        seen = QStringLiteral("0.1.0");
    const QString running = ApplicationInfo::version();
    Preferences::setLastSeenVersion(running);
    // A first installation has nothing "new" to tell; the welcome page introduces the app.
    if (seen.isEmpty()
        || QVersionNumber::fromString(seen) >= QVersionNumber::fromString(running))
        return false;
    showWhatsNew();
    return true;
}

} // namespace stuurboord
