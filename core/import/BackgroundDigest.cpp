#include "BackgroundDigest.h"

#include "FileDigest.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace stuurboord {

BackgroundDigest::BackgroundDigest(const QString& path)
    : m_path(path)
{
}

void BackgroundDigest::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread = std::thread([this] {
#ifdef Q_OS_LINUX
        // On Linux the nice value belongs to the thread. Once the import waits for the
        // digest nothing else runs, and the lowest priority is a whole core.
        setpriority(PRIO_PROCESS, id_t(gettid()), 19);
#endif
        m_sha256 = FileDigest::sha256(m_path, &m_stop);
    });
}

BackgroundDigest::~BackgroundDigest()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

QByteArray BackgroundDigest::sha256()
{
    start();
    if (m_thread.joinable())
        m_thread.join();
    return m_sha256;
}

} // namespace stuurboord
