#include "SqliteStatement.h"

#include "SqliteSpecifics.h"

#include <sqlite3.h>

namespace stuurboord {

SqliteStatement::SqliteStatement(const QSqlDatabase& db, const char* sql)
    : m_db(SqliteSpecifics::handle(db))
{
    if (!m_db) {
        m_error = QStringLiteral("no open database");
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db)); // before reset() clears it
    sqlite3_reset(m_statement);
    return ok;
}

QString SqliteStatement::errorString() const
{
    return m_error;
}

} // namespace stuurboord
