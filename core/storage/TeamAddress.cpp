#include "TeamAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace stuurboord {

bool TeamAddress::looksLike(const QString& text)
{
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

TeamAddress TeamAddress::parse(const QString& text)
{
    TeamAddress address;
    const QUrl url(text, QUrl::StrictMode);
    // Never the password, not even in an error message.
    const QString shown = url.isValid() ? url.toString(QUrl::RemovePassword)
        : looksLike(text)               ? text.section(u'@', -1)
                                        : text;
    const auto refuse = [&](const QString& why) {
        address.m_error = QCoreApplication::translate("Workspace",
            "“%1” is not a team workspace address: %2. Write it as "
            "postgresql://user@server/database (a port after the server, as in server:5433, "
            "if it is not 5432).")
                              .arg(shown, why);
        return address;
    };
    if (!looksLike(text) || !url.isValid())
        return refuse(QCoreApplication::translate("Workspace", "it cannot be read as an address"));
    address.m_host = url.host();
    address.m_port = url.port(5432);
    address.m_user = url.userName();
    address.m_password = url.password();
    address.m_database = url.path().mid(1);
    QStringList options;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options << key + QLatin1Char('=') + value;
    address.m_options = options.join(u';');
    if (address.m_host.isEmpty())
        return refuse(QCoreApplication::translate("Workspace", "the server is missing"));
    if (address.m_database.isEmpty() || address.m_database.contains(u'/'))
        return refuse(QCoreApplication::translate("Workspace", "the database is missing"));
    if (address.m_port <= 0 || address.m_port > 65535)
        return refuse(QCoreApplication::translate("Workspace", "the port is not a number from 1 to 65535"));
    return address;
}

QString TeamAddress::display() const
{
    QString shown = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        shown += m_user + QLatin1Char('@');
    shown += m_host;
    if (m_port != 5432)
        shown += QLatin1Char(':') + QString::number(m_port);
    return shown + QLatin1Char('/') + m_database;
}

QString TeamAddress::compose(const QString& host, int port, const QString& database,
    const QString& user, const QString& password)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.trimmed());
    if (port != 5432)
        url.setPort(port);
    url.setUserName(user.trimmed());
    if (!password.isEmpty())
        url.setPassword(password);
    url.setPath(QLatin1Char('/') + database.trimmed());
    return url.toString(QUrl::FullyEncoded);
}

TeamAddress TeamAddress::withDatabase(const QString& database) const
{
    TeamAddress other = *this;
    other.m_database = database;
    return other;
}

} // namespace stuurboord
