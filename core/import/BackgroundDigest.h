#pragma once

#include <atomic>
#include <QByteArray>
#include <QString>
#include <thread>

namespace stuurboord {

// The SHA-256 of a file (FileDigest), worked out on a thread of its own at the lowest
// priority once an import has read the file: it then takes the core SQLite leaves free while
// it writes the rows of a file in another order than by date, instead of taking turns with
// the threads that read. The import needs it only before it commits, to tell a file
// imported before.
class BackgroundDigest final
{
public:
    explicit BackgroundDigest(const QString& path);
    ~BackgroundDigest();
    Q_DISABLE_COPY_MOVE(BackgroundDigest)

    // Starts working it out (once).
    void start();
    // Waits for the digest (hex), starting it first if need be; empty when the file could
    // not be read.
    QByteArray sha256();

private:
    QString m_path;
    bool m_started = false;
    QByteArray m_sha256;
    std::atomic<bool> m_stop{false}; // an import that stopped early does not wait for it
    std::thread m_thread;
};

} // namespace stuurboord
