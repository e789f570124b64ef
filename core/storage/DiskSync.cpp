#include "DiskSync.h"

#include <fcntl.h>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <unistd.h>

namespace stuurboord {

namespace {
bool syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}
} // namespace

bool DiskSync::file(const QString& path)
{
    return syncPath(path, O_RDONLY);
}

void DiskSync::folderOf(const QString& path)
{
    syncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY);
}

QString DiskSync::fullDiskMessage(const QString& path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (!storage.isValid() || storage.bytesAvailable() > 4 * 1024 * 1024)
        return {};
    return QCoreApplication::translate("Workspace",
        "The disk is full (%1 free), so nothing was written. Make room on the disk, then "
        "try again.")
        .arg(QLocale().formattedDataSize(storage.bytesAvailable()));
}

} // namespace stuurboord
