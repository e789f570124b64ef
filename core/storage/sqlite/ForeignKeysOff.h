#pragma once

#include <QSqlDatabase>

namespace stuurboord {

// Foreign-key enforcement off for as long as this lives, then on again. For bulk steps that
// write only references they have just looked up themselves, inside one transaction: the
// checks would otherwise cost a parent lookup for every row written or deleted. SQLite
// switches only outside a transaction, so under a caller's transaction the checks stay on.
// Cascades do not fire while it is off: the step deletes dependent rows itself.
class ForeignKeysOff final
{
public:
    explicit ForeignKeysOff(QSqlDatabase db);
    ~ForeignKeysOff();
    Q_DISABLE_COPY_MOVE(ForeignKeysOff)

private:
    QSqlDatabase m_db;
    bool m_switched = false;
};

} // namespace stuurboord
