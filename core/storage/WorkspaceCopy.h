#pragma once

#include "model/Outcome.h"
#include "TableChecksum.h"

#include <functional>
#include <QList>
#include <QString>

namespace stuurboord {

// Moves a workspace between a file and a team workspace (PostgreSQL), either way, or makes a
// copy of one in the same kind of place: `stuurboord copy FROM TO`. The target is new (a
// file that does not exist yet, or an empty database) and is written in one piece: when
// anything fails, including the comparison at the end, it is left as it was. Every table is
// compared afterwards, rows and checksum, source against target.
class WorkspaceCopy final
{
public:
    struct Table
    {
        QString name;
        TableChecksum source;
        TableChecksum target;
    };
    struct Result
    {
        Outcome outcome;
        QList<Table> tables; // in name order; filled when the copy got as far as comparing
        qint64 rows() const;
    };

    static Result copy(const QString& from, const QString& to,
        const std::function<void(const QString& table, qint64 rows)>& progress = {});
};

} // namespace stuurboord
