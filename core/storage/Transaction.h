#pragma once

#include <QSqlDatabase>
#include <QString>

namespace stuurboord {

// A nestable unit of work on a workspace connection (SQL savepoints). Rolls back unless
// commit() was called, so an early return or a failed statement leaves nothing behind.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    bool commit();

private:
    bool exec(const QString& statement);

    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
    bool m_outermost = false;
    bool m_postgres = false;
};

} // namespace stuurboord
