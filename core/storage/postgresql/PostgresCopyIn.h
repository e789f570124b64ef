#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

struct pg_conn;

namespace stuurboord {

// Writes rows into a PostgreSQL table through `COPY … FROM STDIN` (libpq), tens of times
// faster than one INSERT per row: copying a workspace and importing into a team workspace
// send their rows this way. Runs inside whatever transaction the connection has open.
class PostgresCopyIn final
{
public:
    PostgresCopyIn(const QSqlDatabase& db, const QString& table, const QStringList& columns);
    ~PostgresCopyIn();
    Q_DISABLE_COPY_MOVE(PostgresCopyIn)

    bool isOpen() const { return m_open; }
    // One row: null, integers, doubles, text and bytes, in the order of the columns.
    bool add(const QVariantList& row);
    // Sends the rest and ends the COPY; false (with error()) when the server refused a row.
    bool finish();
    const QString& error() const { return m_error; }

private:
    bool send();
    bool fail(const QString& error);

    pg_conn* m_connection = nullptr;
    QByteArray m_buffer;
    bool m_open = false;
    QString m_error;
};

} // namespace stuurboord
