#include "EarlyWriteBack.h"

#include "SqliteSpecifics.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sqlite3.h>

#ifdef __linux__
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace stuurboord {

#ifdef __linux__
namespace {
// The descriptor this process has open on the file at `path`, found by its inode. Borrowed,
// not opened: closing a second descriptor of the file would drop SQLite's POSIX locks on it.
int descriptorOf(const char* path)
{
    struct stat wanted = {};
    if (::stat(path, &wanted) != 0)
        return -1;
    DIR* folder = ::opendir("/proc/self/fd");
    if (!folder)
        return -1;
    int found = -1;
    const int own = ::dirfd(folder);
    while (const dirent* entry = ::readdir(folder)) {
        char* end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == own)
            continue;
        struct stat open = {};
        if (::fstat(int(fd), &open) == 0 && S_ISREG(open.st_mode) && open.st_dev == wanted.st_dev
            && open.st_ino == wanted.st_ino) {
            found = int(fd);
            break;
        }
    }
    ::closedir(folder);
    return found;
}
} // namespace
#endif

EarlyWriteBack::EarlyWriteBack(const QSqlDatabase& db)
{
#ifdef __linux__
    sqlite3* handle = SqliteSpecifics::handle(db);
    const char* path = handle ? sqlite3_db_filename(handle, "main") : nullptr;
    if (path && *path)
        m_fd = descriptorOf(path);
#else
    Q_UNUSED(db)
#endif
}

EarlyWriteBack::EarlyWriteBack(int fd)
    : m_fd(fd)
{
}

EarlyWriteBack::~EarlyWriteBack()
{
    QString ignored;
    finish(&ignored);
}

bool EarlyWriteBack::finish(QString* error)
{
    if (m_syncer.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        m_syncer.join();
    }
    if (m_failure == 0)
        return true;
    *error = QString::fromLocal8Bit(std::strerror(m_failure));
    return false;
}

void EarlyWriteBack::start()
{
#ifdef __linux__
    if (m_fd < 0)
        return;
    ::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    // Started is not written: on ext4 the commit's first fsync still waited some 45 ms for
    // what was under way. A second thread waits for it instead, at every call, so that the
    // commit finds only the last block's pages to sync (5 ms for a million rows).
    if (!m_syncer.joinable()) {
        m_syncer = std::thread([this] {
            std::unique_lock lock(m_mutex);
            for (;;) {
                m_changed.wait(lock, [this] { return m_pending || m_stopping; });
                if (m_stopping)
                    return;
                m_pending = false;
                lock.unlock();
                const int failure = ::fdatasync(m_fd) == 0 ? 0 : errno;
                ++m_synced;
                lock.lock();
                if (failure != 0 && m_failure == 0)
                    m_failure = failure;
            }
        });
    }
    {
        std::lock_guard lock(m_mutex);
        m_pending = true;
    }
    m_changed.notify_all();
#endif
}

} // namespace stuurboord
