#pragma once

#include <QSqlDatabase>
#include <QString>

namespace stuurboord {

// What a table holds, in a form two engines can compare: the number of rows and a checksum
// of their values that does not depend on the order rows come back in (SQLite and a
// PostgreSQL server sort text differently) nor on how each engine types a number (SQLite
// gives 3.0 where PostgreSQL gives 3 for the same stored value). `stuurboord copy` compares
// these between the workspace it read and the one it wrote.
struct TableChecksum
{
    qint64 rows = -1; // -1: the table could not be read
    QString checksum; // 32 hexadecimal digits
    QString error;

    static TableChecksum of(const QSqlDatabase& db, const QString& table);
    bool operator==(const TableChecksum& other) const
    {
        return rows == other.rows && checksum == other.checksum;
    }
};

} // namespace stuurboord
