#pragma once

#include <QObject>
#include <QSqlDatabase>

namespace stuurboord {

// Tells an open window which tables other people changed in a team workspace, as soon as
// their transaction commits (PostgreSQL LISTEN/NOTIFY; the triggers come with the schema,
// PostgresSpecifics::announceChanges). The window's own saves are not repeated to it. A
// workspace file has one writer, so there the feed stays silent.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    explicit ChangeFeed(QSqlDatabase db, QObject* parent = nullptr);
    ~ChangeFeed() override;
    bool isListening() const { return m_listening; }

signals:
    void changedElsewhere(const QString& table);

private:
    QSqlDatabase m_db;
    bool m_listening = false;
};

} // namespace stuurboord
