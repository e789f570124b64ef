#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDate>
#include <QString>

namespace stuurboord {

enum class BacklogOrigin
{
    EmployeeWish,
    DeferredCustomWork,
    StakeholderRequest,
    SupplierImprovement
};
template <> const EnumSpec& enumSpec<BacklogOrigin>();

enum class Priority
{
    Must,
    Should,
    Could,
    Wont
};
template <> const EnumSpec& enumSpec<Priority>();

enum class BacklogStatus
{
    Idea,
    Planned,
    InProgress,
    Done,
    Rejected
};
template <> const EnumSpec& enumSpec<BacklogStatus>();

// One backlog item of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct BacklogItem
{
    static const Entity<BacklogItem>& entity();

    qint64 id = 0;
    QString title;
    QString description;
    BacklogOrigin origin = BacklogOrigin::EmployeeWish;
    qint64 goalId = 0;
    Priority priority = Priority::Must;
    int value = 1;
    int effort = 1;
    qint64 estimatedCostCents = 0;
    qint64 budgetLineId = 0;
    BacklogStatus status = BacklogStatus::Idea;
    QString targetQuarter;
    QDate added; // when it entered the backlog; invalid for items from before schema 6
};

} // namespace stuurboord
