#pragma once

#include "model/Record.h"

#include <QList>
#include <QString>

namespace stuurboord {

// Everything a delete took with it, so that undo can put it back exactly: the row, the
// rows removed with it (ON DELETE CASCADE) and the references that were cleared.
struct DeletedRows
{
    struct Row
    {
        QString table;
        Record record;
    };
    struct ClearedReference
    {
        QString table;
        qint64 id = 0;
        QString column;
        qint64 target = 0;
    };

    QList<Row> rows; // parents before children
    QList<ClearedReference> cleared;
};

} // namespace stuurboord
