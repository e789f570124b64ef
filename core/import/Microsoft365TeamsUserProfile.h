#pragma once

#include "Microsoft365UserDetailProfile.h"

namespace stuurboord {

// Microsoft 365 admin center / Graph "Teams user activity user detail" export: per user,
// the messages, calls and meetings in the window. Microsoft adds columns to it now and
// then, so it is recognised by a few lasting ones and counts only the columns it finds.
class Microsoft365TeamsUserProfile final : public Microsoft365UserDetailProfile
{
public:
    Microsoft365TeamsUserProfile();
    QString name() const override;
    int recognise(const ProfileInput& input, QString* reason) const override;
};

} // namespace stuurboord
