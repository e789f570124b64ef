#pragma once

#include <QDate>
#include <QString>

namespace stuurboord {

class TableSpec;
struct Record;

// Why a row needs attention on a date, in a word or two ("Overdue", "Contact lapsed"),
// so overdue action items and lapsed contacts stand out in every table that lists them.
class RowAttention final
{
public:
    // Whether rows of this table can need attention at all (views add a column for it).
    static bool applies(const TableSpec& spec);
    // Empty when the row needs no attention.
    static QString of(const TableSpec& spec, const Record& record, const QDate& asOf);
    static QString columnTitle();
};

} // namespace stuurboord
