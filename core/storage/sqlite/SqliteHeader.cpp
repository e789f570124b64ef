#include "SqliteHeader.h"

#include <QFile>
#include <QtEndian>

namespace stuurboord {

namespace {
quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}
} // namespace

SqliteHeader SqliteHeader::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.read(size), file.size());
}

SqliteHeader SqliteHeader::parse(const QByteArray& bytes, qint64 fileSize)
{
    SqliteHeader header;
    header.m_fileSize = fileSize;
    static const QByteArray magic("SQLite format 3\0", 16);
    header.m_hasMagic = bytes.startsWith(magic);
    if (!header.m_hasMagic || bytes.size() < size)
        return header;

    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 reserved = quint8(bytes.at(20));
    // What SQLite itself insists on before it reads a page: a power-of-two page size from
    // 512 to 65536 and the fixed payload fractions. Bytes reserved at the end of each page
    // are for encryption or checksum extensions, which workspaces never use: a header that
    // reserves any was damaged.
    header.m_layoutValid = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0
        && reserved == 0 && bytes.mid(21, 3) == QByteArray("\x40\x20\x20", 3);
    const quint32 changeCounter = bigEndian32(bytes, 24);
    const quint32 pageCount = bigEndian32(bytes, 28);
    const quint32 versionValidFor = bigEndian32(bytes, 92);
    header.m_userVersion = static_cast<qint32>(bigEndian32(bytes, 60));
    header.m_applicationId = bigEndian32(bytes, 68);

    // The in-header page count is only trustworthy when written by SQLite 3.7.0 or later,
    // which SQLite signals by keeping these two counters equal.
    const bool pageCountValid = pageCount > 0 && changeCounter == versionValidFor;
    header.m_expectedSize = pageCountValid ? pageSize * pageCount : pageSize;
    header.m_complete = pageSize >= 512 && fileSize >= header.m_expectedSize;
    return header;
}

} // namespace stuurboord
