#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDate>
#include <QString>

namespace stuurboord {

enum class GoalKind
{
    Concrete,
    Abstract
};
template <> const EnumSpec& enumSpec<GoalKind>();

enum class GoalStatus
{
    Proposed,
    Active,
    Achieved,
    Dropped
};
template <> const EnumSpec& enumSpec<GoalStatus>();

// One goal of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct Goal
{
    static const Entity<Goal>& entity();

    qint64 id = 0;
    QString title;
    QString description;
    GoalKind kind = GoalKind::Concrete;
    qint64 parentId = 0;
    qint64 ownerId = 0;
    QDate horizon;
    GoalStatus status = GoalStatus::Proposed;
};

} // namespace stuurboord
