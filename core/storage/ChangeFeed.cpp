#include "ChangeFeed.h"

#include "postgresql/PostgresSpecifics.h"

#include <QSqlDriver>
#include <QVariant>

namespace stuurboord {

ChangeFeed::ChangeFeed(QSqlDatabase db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    if (!PostgresSpecifics::isPostgres(m_db) || !m_db.driver())
        return;
    QSqlDriver* driver = m_db.driver();
    m_listening = driver->subscribeToNotification(QLatin1String(PostgresSpecifics::changeChannel));
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
            if (name == QLatin1String(PostgresSpecifics::changeChannel)
                && source != QSqlDriver::SelfSource)
                emit changedElsewhere(payload.toString());
        });
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening && m_db.isOpen() && m_db.driver())
        m_db.driver()->unsubscribeFromNotification(QLatin1String(PostgresSpecifics::changeChannel));
}

} // namespace stuurboord
