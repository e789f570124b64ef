#include "FileDigest.h"

#include <memory>
#include <openssl/evp.h>
#include <QFile>
#include <QFileInfo>

namespace stuurboord {

namespace {
struct ContextDeleter
{
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

QByteArray hex(const unsigned char* digest, unsigned int length)
{
    return QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex();
}
} // namespace

QByteArray FileDigest::sha256(const QString& path, const std::atomic<bool>* stop)
{
    // A pipe or device has no end to hash.
    if (!QFileInfo(path).isFile())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const std::unique_ptr<EVP_MD_CTX, ContextDeleter> context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return {};
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (stop && stop->load())
            return {};
        const qint64 read = file.read(chunk.data(), chunk.size());
        if (read < 0)
            return {};
        if (read == 0)
            break;
        EVP_DigestUpdate(context.get(), chunk.constData(), size_t(read));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    return hex(digest, length);
}

QByteArray FileDigest::sha256(const QByteArray& bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr);
    return hex(digest, length);
}

} // namespace stuurboord
