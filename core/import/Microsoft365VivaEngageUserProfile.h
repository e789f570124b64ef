#pragma once

#include "Microsoft365UserDetailProfile.h"

namespace stuurboord {

// Microsoft 365 admin center / Graph "Viva Engage (Yammer) activity user detail" export:
// per user, the messages posted, read and liked in the window.
class Microsoft365VivaEngageUserProfile final : public Microsoft365UserDetailProfile
{
public:
    Microsoft365VivaEngageUserProfile();
    QString name() const override;
    int recognise(const ProfileInput& input, QString* reason) const override;
};

} // namespace stuurboord
