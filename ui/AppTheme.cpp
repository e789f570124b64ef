#include "AppTheme.h"

#include "settings/Preferences.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace stuurboord {

void AppTheme::apply(QApplication& app)
{
    if (Preferences::themeFollowsSystem())
        return;
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        QApplication::setStyle(fusion);
        app.setPalette(fusion->standardPalette());
    }
}

} // namespace stuurboord
