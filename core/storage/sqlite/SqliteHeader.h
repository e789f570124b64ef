#pragma once

#include <QByteArray>
#include <QString>

namespace stuurboord {

// The first 100 bytes of an SQLite file, read without opening it through SQLite, so that
// files we reject (foreign, newer, truncated) are never touched by the database engine.
// Layout: https://www.sqlite.org/fileformat.html#the_database_header
class SqliteHeader final
{
public:
    static constexpr int size = 100;

    static SqliteHeader read(const QString& path);
    static SqliteHeader parse(const QByteArray& bytes, qint64 fileSize);

    bool hasMagic() const { return m_hasMagic; }
    // The page layout is one SQLite can read (page size, reserved bytes).
    bool hasValidLayout() const { return m_layoutValid; }
    bool isComplete() const { return m_complete; }
    qint64 fileSize() const { return m_fileSize; }
    qint64 expectedSize() const { return m_expectedSize; }
    quint32 applicationId() const { return m_applicationId; }
    qint32 userVersion() const { return m_userVersion; }

private:
    bool m_hasMagic = false;
    bool m_layoutValid = false;
    bool m_complete = false;
    qint64 m_fileSize = 0;
    qint64 m_expectedSize = 0;
    quint32 m_applicationId = 0;
    qint32 m_userVersion = 0;
};

} // namespace stuurboord
