#include "PostgresCopyIn.h"

#include "PostgresSpecifics.h"

#include <libpq-fe.h>
#include <QCoreApplication>

namespace stuurboord {

namespace {
constexpr qsizetype sendAt = 256 * 1024;

// COPY's text format: a tab between fields, \N for null, and backslash escapes for the
// characters that would end a field or a row.
void appendText(QByteArray& out, const QByteArray& utf8)
{
    for (const char c : utf8) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

QString lastError(PGconn* connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}
} // namespace

PostgresCopyIn::PostgresCopyIn(const QSqlDatabase& db, const QString& table, const QStringList& columns)
    : m_connection(PostgresSpecifics::handle(db))
{
    if (!m_connection) {
        fail(QCoreApplication::translate("Workspace", "the connection to the server is not open"));
        return;
    }
    const QByteArray statement = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(u", ")).toUtf8();
    PGresult* result = PQexec(m_connection, statement.constData());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    if (!started)
        fail(QString::fromUtf8(PQresultErrorMessage(result)).trimmed());
    PQclear(result);
    m_open = started;
    m_buffer.reserve(sendAt + 4096);
}

PostgresCopyIn::~PostgresCopyIn()
{
    if (m_open) {
        // Abandoned: the server throws away what it got, and the transaction reports the error.
        PQputCopyEnd(m_connection, "abandoned");
        while (PGresult* result = PQgetResult(m_connection))
            PQclear(result);
    }
}

bool PostgresCopyIn::add(const QVariantList& row)
{
    if (!m_open)
        return false;
    bool first = true;
    for (const QVariant& value : row) {
        if (!first)
            m_buffer += '\t';
        first = false;
        if (value.isNull()) {
            m_buffer += "\\N";
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            m_buffer += QByteArray::number(value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            m_buffer += QByteArray::number(value.toDouble(), 'g', 17);
            break;
        case QMetaType::QByteArray:
            // bytea's hex form, its backslash escaped for COPY.
            m_buffer += "\\\\x" + value.toByteArray().toHex();
            break;
        default:
            appendText(m_buffer, value.toString().toUtf8());
        }
    }
    m_buffer += '\n';
    return m_buffer.size() < sendAt || send();
}

bool PostgresCopyIn::send()
{
    if (!m_buffer.isEmpty() && PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1)
        return fail(lastError(m_connection));
    m_buffer.clear();
    return true;
}

bool PostgresCopyIn::finish()
{
    if (!m_open)
        return false;
    if (!send())
        return false;
    m_open = false;
    if (PQputCopyEnd(m_connection, nullptr) != 1)
        return fail(lastError(m_connection));
    bool ok = true;
    while (PGresult* result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            ok = false;
            fail(QString::fromUtf8(PQresultErrorMessage(result)).trimmed());
        }
        PQclear(result);
    }
    return ok;
}

bool PostgresCopyIn::fail(const QString& error)
{
    if (m_error.isEmpty())
        m_error = error;
    return false;
}

} // namespace stuurboord
