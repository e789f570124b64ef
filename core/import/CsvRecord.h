#pragma once

#include <QStringList>

namespace stuurboord {

// One row of a delimited file, with the 1-based line it starts on in the source file (a
// quoted field may span lines, so the next record can start more than one line later).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A `#` line: GA4 and Universal Analytics put the report period there
// ("# Start date: 20260101") and separate tables with them.
struct CsvComment
{
    int line = 0;
    QString text; // without the leading '#'
};

} // namespace stuurboord
