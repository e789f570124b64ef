#include "BackgroundIntegrityCheck.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <atomic>

namespace stuurboord {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(const QString& path)
{
    m_thread = std::thread([this, path] { run(path); });
}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    wait();
}

const BackgroundIntegrityCheck::Result& BackgroundIntegrityCheck::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_result;
}

void BackgroundIntegrityCheck::run(const QString& path)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("stuurboord-check-%1").arg(++counter);
    {
        QSqlDatabase db = SqliteSpecifics::open(path, connection, SqliteSpecifics::Access::ReadOnly);
        if (db.isOpen()) {
            m_result.findings = SqliteSpecifics::fullCheck(db, &m_result.failure);
        } else {
            m_result.failure = SqliteSpecifics::Failure::Other;
            m_result.findings << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    m_done.store(true);
}

} // namespace stuurboord
