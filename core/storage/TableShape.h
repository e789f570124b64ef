#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace stuurboord {

// The tables of a workspace and the columns of one, whichever engine holds it: what copying
// and comparing workspaces (WorkspaceCopy, TableChecksum) walk through.
class TableShape final
{
public:
    // The workspace's own tables, in name order (not SQLite's nor PostgreSQL's bookkeeping).
    static QStringList tables(QSqlDatabase db);
    // The columns of `table` in the order the engine lists them; empty when it cannot be read.
    static QStringList columns(const QSqlDatabase& db, const QString& table, QString* error = nullptr);
};

} // namespace stuurboord
