#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDate>
#include <QString>

namespace stuurboord {

enum class WishChannel
{
    IntranetForm,
    Email,
    Meeting,
    Survey,
    Conversation,
    Other
};
template <> const EnumSpec& enumSpec<WishChannel>();

enum class WishStatus
{
    New,
    Considered,
    MovedToBacklog,
    Declined
};
template <> const EnumSpec& enumSpec<WishStatus>();

// One wish of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct Wish
{
    static const Entity<Wish>& entity();

    qint64 id = 0;
    QDate received;
    QString department;
    WishChannel channel = WishChannel::IntranetForm;
    QString text;
    WishStatus status = WishStatus::New;
    qint64 backlogItemId = 0;
    QString declineReason;
};

} // namespace stuurboord
