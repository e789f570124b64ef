#pragma once

#include <QString>

namespace stuurboord {

// Where a team workspace lives: a PostgreSQL database, written the way libpq and psql take
// it, `postgresql://user@host:port/database` (also `postgres://`). A password in the address
// is accepted but never shown: display() leaves it out, and the usual place for it is the
// system keyring or ~/.pgpass (libpq reads that itself).
class TeamAddress final
{
public:
    // True when `text` is meant as a team workspace, not a file path.
    static bool looksLike(const QString& text);
    // Parses `text`; isValid() is false and error() says why when it is not a usable address.
    static TeamAddress parse(const QString& text);

    bool isValid() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& database() const { return m_database; }
    const QString& user() const { return m_user; }
    const QString& password() const { return m_password; }
    // libpq options after `?` (sslmode=require, connect_timeout=5), as QPSQL takes them.
    const QString& options() const { return m_options; }
    // The address as shown to people and written to logs: without the password.
    QString display() const;
    TeamAddress withDatabase(const QString& database) const;
    // The address text for these parts, as typed into File › Open Team Workspace…; the
    // password, when given, is encoded into it for the connection only and never shown.
    static QString compose(const QString& host, int port, const QString& database,
        const QString& user, const QString& password = {});

private:
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_options;
    QString m_error;
};

} // namespace stuurboord
