#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace stuurboord {

namespace {
const QString key = QStringLiteral("recentWorkspaces");
constexpr int maximum = 8;
} // namespace

QStringList RecentFiles::list()
{
    QStringList existing;
    for (const QString& path : QSettings().value(key).toStringList()) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void RecentFiles::add(const QString& path)
{
    QStringList paths = QSettings().value(key).toStringList();
    paths.removeAll(path);
    paths.prepend(path);
    save(paths.mid(0, maximum));
}

void RecentFiles::remove(const QString& path)
{
    QStringList paths = QSettings().value(key).toStringList();
    paths.removeAll(path);
    save(paths);
}

void RecentFiles::save(const QStringList& paths)
{
    QSettings().setValue(key, paths);
}

} // namespace stuurboord
