#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace stuurboord {

// Whether a file holds the tables, columns and indexes its schema version should have: a
// file with the right markers but a dropped table or a view in a table's place would
// otherwise pass every check and fail later with an empty reason. The expected shape is
// built by running the schema steps on an in-memory database, so it never goes stale, and
// kept in the user's cache under a digest of those steps and the SQLite library.
class SqliteSchemaShape final
{
public:
    // What differs, in words ("table observation is missing"); empty when all is there.
    static QStringList differences(QSqlDatabase& db, int version);
};

} // namespace stuurboord
