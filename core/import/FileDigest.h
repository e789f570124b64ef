#pragma once

#include <atomic>
#include <QByteArray>
#include <QString>

namespace stuurboord {

// The SHA-256 of a file, read in chunks (an export of any size), in hex: how an import
// recognises bytes it has seen before.
class FileDigest final
{
public:
    // Empty when the file cannot be read, or when `stop` became true on the way.
    static QByteArray sha256(const QString& path, const std::atomic<bool>* stop = nullptr);
    static QByteArray sha256(const QByteArray& bytes);
};

} // namespace stuurboord
