#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDate>
#include <QString>

namespace stuurboord {

// One expense of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct Expense
{
    static const Entity<Expense>& entity();

    qint64 id = 0;
    qint64 lineId = 0;
    QDate date;
    qint64 amountCents = 0;
    QString description;
    QString supplier;
};

} // namespace stuurboord
