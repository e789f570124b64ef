#pragma once

#include "Microsoft365UserDetailProfile.h"

namespace stuurboord {

// Microsoft 365 admin center / Graph "SharePoint activity user detail" export: per user,
// the files viewed, synced and shared and the pages visited in the window.
class Microsoft365SharePointActivityProfile final : public Microsoft365UserDetailProfile
{
public:
    Microsoft365SharePointActivityProfile();
    QString name() const override;
    int recognise(const ProfileInput& input, QString* reason) const override;
};

} // namespace stuurboord
