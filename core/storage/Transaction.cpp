#include "Transaction.h"

#include "postgresql/PostgresSpecifics.h"
#include "sqlite/SqliteSpecifics.h"

#include <atomic>
#include <QSqlQuery>

namespace stuurboord {

namespace {
std::atomic<int> s_counter{0};
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_name(QStringLiteral("sb_%1").arg(++s_counter))
{
    m_postgres = PostgresSpecifics::isPostgres(m_db);
    m_outermost = m_postgres ? !PostgresSpecifics::inTransaction(m_db) : !SqliteSpecifics::inTransaction(m_db);
    // SQLite starts a transaction with its first savepoint; PostgreSQL takes savepoints only
    // inside one.
    if (m_postgres && m_outermost)
        m_active = exec(QStringLiteral("BEGIN"));
    else
        m_active = exec(QStringLiteral("SAVEPOINT ") + m_name);
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    // The outermost one rolls back for real: ROLLBACK TO + RELEASE would commit an empty
    // write transaction, which still bumps the file's change counter (backup tools then see
    // a change after an import that was refused).
    if (m_outermost && exec(QStringLiteral("ROLLBACK")))
        return;
    exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_name);
    exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    // Stay active when RELEASE fails, so the destructor still rolls the work back.
    if (!exec(m_postgres && m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT ") + m_name))
        return false;
    m_active = false;
    return true;
}

bool Transaction::exec(const QString& statement)
{
    QSqlQuery query(m_db);
    return query.exec(statement);
}

} // namespace stuurboord
