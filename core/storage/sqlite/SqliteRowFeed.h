#pragma once

#include <QSqlDatabase>
#include <QString>

namespace stuurboord {

// Hands rows from C++ to one SQL statement as the table-valued function
// `stuurboord_rows(?1)` with the columns c0…c7, the way SQLite's carray extension passes an
// array: `INSERT INTO t (a, b) SELECT c0, c1 FROM stuurboord_rows(?1)`. One statement then
// writes every row through one cursor that stays in place in the target b-tree, instead of
// a prepared INSERT started, run and reset once per row; for rows in key order into a
// WITHOUT ROWID table that takes less than half the time.
class SqliteRowFeed final
{
public:
    static constexpr int columnCount = 8;

    // One value of the current row. Text is UTF-8 and must stay valid until the next call
    // of Source::next().
    struct Value
    {
        enum class Type
        {
            Null,
            Integer,
            Real,
            Text
        };
        Type type = Type::Null;
        qint64 integer = 0;
        double real = 0;
        const char* text = nullptr;
        int size = 0;

        static Value ofInteger(qint64 value) { return {Type::Integer, value, 0, nullptr, 0}; }
        static Value ofReal(double value) { return {Type::Real, 0, value, nullptr, 0}; }
        static Value ofText(const char* text, int size) { return {Type::Text, 0, 0, text, size}; }
    };

    class Source
    {
    public:
        virtual ~Source() = default;
        // Fills `row` (columnCount values) with the next row; false after the last one.
        virtual bool next(Value* row) = 0;
    };

    // Runs `sql` once with `source` bound to ?1. The statement runs inside whatever
    // transaction the connection has open.
    static bool run(const QSqlDatabase& db, const char* sql, Source& source, QString* error);
};

} // namespace stuurboord
