#include "BuiltInProfiles.h"

#include "GoogleAnalytics4Profile.h"
#include "MatomoPeriodsProfile.h"
#include "MatomoScheduledReportProfile.h"
#include "MatomoSinglePeriodProfile.h"
#include "Microsoft365SharePointActivityProfile.h"
#include "Microsoft365SiteUsageProfile.h"
#include "Microsoft365TeamsUserProfile.h"
#include "Microsoft365VivaEngageDailyProfile.h"
#include "Microsoft365VivaEngageUserProfile.h"
#include "SpreadsheetProfile.h"
#include "UniversalAnalyticsProfile.h"

namespace stuurboord {

std::vector<std::unique_ptr<SourceProfile>> BuiltInProfiles::create()
{
    std::vector<std::unique_ptr<SourceProfile>> profiles;
    // Exports whose header names every column exactly.
    profiles.push_back(std::make_unique<Microsoft365SiteUsageProfile>());
    profiles.push_back(std::make_unique<Microsoft365SharePointActivityProfile>());
    profiles.push_back(std::make_unique<Microsoft365VivaEngageUserProfile>());
    profiles.push_back(std::make_unique<Microsoft365VivaEngageDailyProfile>());
    profiles.push_back(std::make_unique<Microsoft365TeamsUserProfile>());
    // Analytics exports whose preamble gives the period, and single-period summaries.
    profiles.push_back(std::make_unique<GoogleAnalytics4Profile>());
    profiles.push_back(std::make_unique<UniversalAnalyticsProfile>());
    // Before the single-period summary: its reports hold such summaries.
    profiles.push_back(std::make_unique<MatomoScheduledReportProfile>());
    profiles.push_back(std::make_unique<MatomoSinglePeriodProfile>());
    // Analytics exports with a date column, then anything with a date column.
    profiles.push_back(std::make_unique<MatomoPeriodsProfile>());
    profiles.push_back(std::make_unique<SpreadsheetProfile>());
    return profiles;
}

} // namespace stuurboord
