#include "Microsoft365TeamsUserProfile.h"

#include <QCoreApplication>

namespace stuurboord {

namespace {
Microsoft365UserDetailProfile::Layout layout()
{
    using Count = Microsoft365UsageReport::Count;
    const auto count = [](const char* column, const char* key, const char* label) {
        return Count{
            QString::fromLatin1(column), QString::fromLatin1(key), QString::fromLatin1(label)};
    };
    return {{QStringLiteral("Report Refresh Date"), QStringLiteral("User Principal Name"),
                QStringLiteral("Team Chat Message Count"),
                QStringLiteral("Private Chat Message Count"), QStringLiteral("Report Period")},
        {count("Team Chat Message Count", "teams_chat_messages", "Teams team chat messages"),
            count("Private Chat Message Count", "teams_private_chat_messages",
                "Teams private chat messages"),
            count("Post Messages", "teams_post_messages", "Teams channel posts"),
            count("Reply Messages", "teams_reply_messages", "Teams channel replies"),
            count("Urgent Messages", "teams_urgent_messages", "Teams urgent messages"),
            count("Call Count", "teams_calls", "Teams calls"),
            count("Meeting Count", "teams_meetings", "Teams meetings"),
            count(
                "Meetings Organized Count", "teams_meetings_organized", "Teams meetings organized"),
            count("Meetings Attended Count", "teams_meetings_attended", "Teams meetings attended"),
            count("Audio Duration In Seconds", "teams_audio_seconds", "Teams audio seconds"),
            count("Video Duration In Seconds", "teams_video_seconds", "Teams video seconds"),
            count("Screen Share Duration In Seconds", "teams_screen_share_seconds",
                "Teams screen share seconds")},
        QStringLiteral("teams_active_users"), QStringLiteral("Teams active users"),
        QStringLiteral("teams_listed_users"), QStringLiteral("Teams users listed"),
        QStringLiteral("Is Deleted"), QStringLiteral("True")};
}
} // namespace

Microsoft365TeamsUserProfile::Microsoft365TeamsUserProfile()
    : Microsoft365UserDetailProfile(layout())
{
}

QString Microsoft365TeamsUserProfile::name() const
{
    return QCoreApplication::translate("Import", "Microsoft 365 Teams user activity user detail");
}

int Microsoft365TeamsUserProfile::recognise(const ProfileInput& input, QString* reason) const
{
    const int index = findHeader(input);
    if (index >= 0 && reason)
        *reason = QCoreApplication::translate(
            "Import", "the header matches Microsoft 365 Teams user activity user detail");
    return index;
}

} // namespace stuurboord
