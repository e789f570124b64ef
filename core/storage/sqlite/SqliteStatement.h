#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace stuurboord {

// A prepared statement on a workspace connection, through the SQLite C API of the same
// handle the Qt driver uses. Only for the bulk write of an import: QSqlQuery converts every
// value to a QVariant and back, which costs two thirds of the time of a million-row import.
class SqliteStatement final
{
public:
    SqliteStatement(const QSqlDatabase& db, const char* sql);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    bool isValid() const { return m_statement != nullptr; }
    // Parameters are 1-based, as in SQLite. Text must stay alive until step().
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QByteArray& utf8);
    void bindNull(int index);
    // Runs the statement once and makes it ready for the next values.
    bool step();
    QString errorString() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace stuurboord
