#include "Microsoft365VivaEngageUserProfile.h"

#include <QCoreApplication>

namespace stuurboord {

namespace {
Microsoft365UserDetailProfile::Layout layout()
{
    using Count = Microsoft365UsageReport::Count;
    return {{QStringLiteral("Report Refresh Date"), QStringLiteral("User Principal Name"),
                QStringLiteral("Posted Count"), QStringLiteral("Read Count"),
                QStringLiteral("Liked Count"), QStringLiteral("Report Period")},
        // The same keys as the daily activity counts: the same messages, counted per user.
        {Count{QStringLiteral("Posted Count"), QStringLiteral("viva_engage_posted"),
             QStringLiteral("Viva Engage messages posted")},
            Count{QStringLiteral("Read Count"), QStringLiteral("viva_engage_read"),
                QStringLiteral("Viva Engage messages read")},
            Count{QStringLiteral("Liked Count"), QStringLiteral("viva_engage_liked"),
                QStringLiteral("Viva Engage messages liked")}},
        QStringLiteral("viva_engage_active_users"), QStringLiteral("Viva Engage active users"),
        QStringLiteral("viva_engage_listed_users"), QStringLiteral("Viva Engage users listed"),
        // Viva Engage has no "Is Deleted": its user state reads Active, Suspended or Deleted.
        QStringLiteral("User State"), QStringLiteral("Deleted")};
}
} // namespace

Microsoft365VivaEngageUserProfile::Microsoft365VivaEngageUserProfile()
    : Microsoft365UserDetailProfile(layout())
{
}

QString Microsoft365VivaEngageUserProfile::name() const
{
    return QCoreApplication::translate("Import", "Microsoft 365 Viva Engage activity user detail");
}

int Microsoft365VivaEngageUserProfile::recognise(const ProfileInput& input, QString* reason) const
{
    const int index = findHeader(input);
    if (index >= 0 && reason)
        *reason = QCoreApplication::translate(
            "Import", "the header matches Microsoft 365 Viva Engage activity user detail");
    return index;
}

} // namespace stuurboord
