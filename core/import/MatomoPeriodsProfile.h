#pragma once

#include "SpreadsheetProfile.h"

namespace stuurboord {

// Matomo visits summaries over several periods: the coordinator's spreadsheet shape (a
// date column, one column per metric) with Matomo's column names, so it reads the same
// way and only says where the file comes from.
class MatomoPeriodsProfile final : public SpreadsheetProfile
{
public:
    QString name() const override;
    int recognise(const ProfileInput& input, QString* reason) const override;
};

} // namespace stuurboord
