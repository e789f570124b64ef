#pragma once

#include <QStringList>

namespace stuurboord {

// The most recently opened workspaces, remembered in the user's settings.
class RecentFiles final
{
public:
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);

private:
    static void save(const QStringList& paths);
};

} // namespace stuurboord
