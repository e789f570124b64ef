#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDate>
#include <QString>

namespace stuurboord {

enum class ActionStatus
{
    Open,
    InProgress,
    Done,
    Cancelled
};
template <> const EnumSpec& enumSpec<ActionStatus>();

// One action item of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct ActionItem
{
    static const Entity<ActionItem>& entity();

    qint64 id = 0;
    QString description;
    qint64 ownerId = 0;
    QDate due;
    ActionStatus status = ActionStatus::Open;
    qint64 meetingId = 0;
    qint64 kpiId = 0;
    qint64 ruleId = 0;
    QDate created;
    QDate closed;
    QString breachPeriod;
};

} // namespace stuurboord
