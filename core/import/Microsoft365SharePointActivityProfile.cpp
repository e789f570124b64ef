#include "Microsoft365SharePointActivityProfile.h"

#include <QCoreApplication>

namespace stuurboord {

namespace {
Microsoft365UserDetailProfile::Layout layout()
{
    using Count = Microsoft365UsageReport::Count;
    return {// OneDrive activity user detail has the same file columns, but no visited pages.
        {QStringLiteral("Report Refresh Date"), QStringLiteral("User Principal Name"),
            QStringLiteral("Viewed Or Edited File Count"), QStringLiteral("Synced File Count"),
            QStringLiteral("Visited Page Count"), QStringLiteral("Report Period")},
        {Count{QStringLiteral("Viewed Or Edited File Count"),
             QStringLiteral("sharepoint_files_viewed_or_edited"),
             QStringLiteral("SharePoint files viewed or edited")},
            Count{QStringLiteral("Synced File Count"), QStringLiteral("sharepoint_files_synced"),
                QStringLiteral("SharePoint files synced")},
            Count{QStringLiteral("Shared Internally File Count"),
                QStringLiteral("sharepoint_files_shared_internally"),
                QStringLiteral("SharePoint files shared internally")},
            Count{QStringLiteral("Shared Externally File Count"),
                QStringLiteral("sharepoint_files_shared_externally"),
                QStringLiteral("SharePoint files shared externally")},
            // Not sharepoint_visited_pages: the site usage report has that key for its own
            // count, per site.
            Count{QStringLiteral("Visited Page Count"),
                QStringLiteral("sharepoint_user_visited_pages"),
                QStringLiteral("SharePoint pages visited by users")}},
        QStringLiteral("sharepoint_active_users"), QStringLiteral("SharePoint active users"),
        QStringLiteral("sharepoint_listed_users"), QStringLiteral("SharePoint users listed"),
        QStringLiteral("Is Deleted"), QStringLiteral("True")};
}
} // namespace

Microsoft365SharePointActivityProfile::Microsoft365SharePointActivityProfile()
    : Microsoft365UserDetailProfile(layout())
{
}

QString Microsoft365SharePointActivityProfile::name() const
{
    return QCoreApplication::translate("Import", "Microsoft 365 SharePoint activity user detail");
}

int Microsoft365SharePointActivityProfile::recognise(
    const ProfileInput& input, QString* reason) const
{
    const int index = findHeader(input);
    if (index >= 0 && reason)
        *reason = QCoreApplication::translate(
            "Import", "the header matches Microsoft 365 SharePoint activity user detail");
    return index;
}

} // namespace stuurboord
