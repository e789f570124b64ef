#pragma once

#include "model/Entity.h"

#include <QDate>
#include <QString>

namespace stuurboord {

// A trend signal the coordinator dismissed on the dashboard ("seen, nothing to do"), kept by
// the signal's key so it does not come back; a new period gives a new signal.
struct DismissedSignal
{
    static const Entity<DismissedSignal>& entity();

    qint64 id = 0;
    QString signalKey;
    QDate dismissedOn;
};

} // namespace stuurboord
