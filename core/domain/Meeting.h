#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDate>
#include <QString>

namespace stuurboord {

// One meeting of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct Meeting
{
    static const Entity<Meeting>& entity();

    qint64 id = 0;
    qint64 seriesId = 0;
    QDate date;
    QString title;
    QString location;
    QString agenda;
    QString minutes;
};

} // namespace stuurboord
