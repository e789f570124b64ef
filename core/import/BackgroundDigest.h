#pragma once

#include <atomic>
#include <QByteArray>
#include <QString>
#include <thread>

namespace stuurboord {

// The SHA-256 of a file (FileDigest), worked out on a thread of its own at the lowest
// priority while an import reads and writes the same file: it takes a core only when the
// import leaves one free (while SQLite alone writes the rows of a file in another order than
// by date), instead of taking turns with the threads that read. The import needs it only
// before it commits, to tell a file imported before.
class BackgroundDigest final
{
public:
    explicit BackgroundDigest(const QString& path);
    ~BackgroundDigest();
    Q_DISABLE_COPY_MOVE(BackgroundDigest)

    // Waits for the digest (hex); empty when the file could not be read.
    QByteArray sha256();

private:
    QByteArray m_sha256;
    std::atomic<bool> m_stop{false}; // an import that stopped early does not wait for it
    std::thread m_thread;
};

} // namespace stuurboord
