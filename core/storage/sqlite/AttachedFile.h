#pragma once

#include <QSqlDatabase>
#include <QString>

namespace stuurboord {

// Another SQLite file attached to a connection under `name` for as long as this lives (the
// file is made if it does not exist). Tables in it are then written as "name.table" in the
// same transactions as the workspace's own. Used for rows that must wait outside the
// workspace file but be reachable from any connection, such as a removed import.
class AttachedFile final
{
public:
    AttachedFile(QSqlDatabase db, const QString& path, const QString& name);
    ~AttachedFile();
    Q_DISABLE_COPY_MOVE(AttachedFile)

    bool isAttached() const { return m_attached; }

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_attached = false;
};

} // namespace stuurboord
