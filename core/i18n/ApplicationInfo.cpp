#include "ApplicationInfo.h"

#include "storage/sqlite/SqliteSpecifics.h"

#include <QCoreApplication>

namespace stuurboord {

void ApplicationInfo::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Stuurboord"));
    QCoreApplication::setApplicationName(QStringLiteral("Stuurboord"));
    QCoreApplication::setApplicationVersion(version());
}

QString ApplicationInfo::version()
{
    return QStringLiteral(STUURBOORD_VERSION);
}

QString ApplicationInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString ApplicationInfo::sqliteVersion()
{
    return SqliteSpecifics::libraryVersion();
}

} // namespace stuurboord
