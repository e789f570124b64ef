#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDateTime>
#include <QString>

namespace stuurboord {

// One import of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct ImportBatch
{
    static const Entity<ImportBatch>& entity();

    qint64 id = 0;
    QString fileName;
    QString sha256;
    QString profileName;
    QDateTime importedAt;
    int rowsRead = 0;
    int rowsKept = 0;
    int rowsRejected = 0;
    QString firstPeriod;
    QString lastPeriod;
};

} // namespace stuurboord
