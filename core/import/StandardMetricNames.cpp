#include "StandardMetricNames.h"

#include <QCoreApplication>
#include <QHash>

namespace stuurboord {

namespace {
struct Named
{
    const char* key;
    const char* name;
};

// Keys from MetricKeys, the analytics column names and the Microsoft 365 profiles.
constexpr Named standard[] = {
    {"page_views", QT_TRANSLATE_NOOP("Metric", "Page views")},
    {"active_users", QT_TRANSLATE_NOOP("Metric", "Active users")},
    {"unique_logged_in_users", QT_TRANSLATE_NOOP("Metric", "Unique logged-in users")},
    {"profiles_completed", QT_TRANSLATE_NOOP("Metric", "Completed profiles")},
    {"pages_created", QT_TRANSLATE_NOOP("Metric", "Pages created")},
    {"questions_asked", QT_TRANSLATE_NOOP("Metric", "Questions asked")},
    {"unique_visitors", QT_TRANSLATE_NOOP("Metric", "Unique visitors")},
    {"visits", QT_TRANSLATE_NOOP("Metric", "Visits")},
    {"average_visit_seconds", QT_TRANSLATE_NOOP("Metric", "Average visit duration (seconds)")},
    {"bounce_rate", QT_TRANSLATE_NOOP("Metric", "Bounce rate (%)")},
    {"nb_actions", QT_TRANSLATE_NOOP("Metric", "Actions")},
    {"nb_actions_per_visit", QT_TRANSLATE_NOOP("Metric", "Actions per visit")},
    {"max_actions", QT_TRANSLATE_NOOP("Metric", "Most actions in one visit")},
    {"sum_visit_length", QT_TRANSLATE_NOOP("Metric", "Total visit duration (seconds)")},
    {"users", QT_TRANSLATE_NOOP("Metric", "Users")},
    {"new_users", QT_TRANSLATE_NOOP("Metric", "New users")},
    {"sessions", QT_TRANSLATE_NOOP("Metric", "Sessions")},
    {"views", QT_TRANSLATE_NOOP("Metric", "Views")},
    {"views_per_user", QT_TRANSLATE_NOOP("Metric", "Views per user")},
    {"event_count", QT_TRANSLATE_NOOP("Metric", "Events")},
    {"average_engagement_time", QT_TRANSLATE_NOOP("Metric", "Average engagement time (seconds)")},
    {"unique_pageviews", QT_TRANSLATE_NOOP("Metric", "Unique page views")},
    {"avg_time_on_page", QT_TRANSLATE_NOOP("Metric", "Average time on page (seconds)")},
    {"entrances", QT_TRANSLATE_NOOP("Metric", "Entrances")},
    {"exit", QT_TRANSLATE_NOOP("Metric", "Exit percentage (%)")},
    {"page_value", QT_TRANSLATE_NOOP("Metric", "Page value")},
    {"bounce_count", QT_TRANSLATE_NOOP("Metric", "Bounces")},
    {"nb_visits_converted", QT_TRANSLATE_NOOP("Metric", "Visits with a conversion")},
    {"nb_conversions", QT_TRANSLATE_NOOP("Metric", "Conversions")},
    {"revenue", QT_TRANSLATE_NOOP("Metric", "Revenue")},
    {"nb_downloads", QT_TRANSLATE_NOOP("Metric", "Downloads")},
    {"nb_uniq_downloads", QT_TRANSLATE_NOOP("Metric", "Unique downloads")},
    {"nb_outlinks", QT_TRANSLATE_NOOP("Metric", "Outlinks")},
    {"nb_uniq_outlinks", QT_TRANSLATE_NOOP("Metric", "Unique outlinks")},
    {"nb_searches", QT_TRANSLATE_NOOP("Metric", "Site searches")},
    {"nb_keywords", QT_TRANSLATE_NOOP("Metric", "Unique search keywords")},
    {"nb_hits", QT_TRANSLATE_NOOP("Metric", "Hits")},
    {"sum_time_spent", QT_TRANSLATE_NOOP("Metric", "Total time spent (seconds)")},
    {"avg_time_generation", QT_TRANSLATE_NOOP("Metric", "Average page generation time (seconds)")},
    {"views_per_active_user", QT_TRANSLATE_NOOP("Metric", "Views per active user")},
    {"average_engagement_time_per_active_user",
        QT_TRANSLATE_NOOP("Metric", "Average engagement time per active user (seconds)")},
    {"key_events", QT_TRANSLATE_NOOP("Metric", "Key events")},
    {"conversions", QT_TRANSLATE_NOOP("Metric", "Conversions")},
    {"total_revenue", QT_TRANSLATE_NOOP("Metric", "Total revenue")},
    {"engaged_sessions", QT_TRANSLATE_NOOP("Metric", "Engaged sessions")},
    {"engagement_rate", QT_TRANSLATE_NOOP("Metric", "Engagement rate (%)")},
    {"sessions_per_user", QT_TRANSLATE_NOOP("Metric", "Sessions per user")},
    {"total_users", QT_TRANSLATE_NOOP("Metric", "Total users")},
    {"pages_session", QT_TRANSLATE_NOOP("Metric", "Pages per session")},
    {"new_sessions", QT_TRANSLATE_NOOP("Metric", "New sessions (%)")},
    {"goal_conversion_rate", QT_TRANSLATE_NOOP("Metric", "Goal conversion rate (%)")},
    {"goal_completions", QT_TRANSLATE_NOOP("Metric", "Goal completions")},
    {"goal_value", QT_TRANSLATE_NOOP("Metric", "Goal value")},
    {"exits", QT_TRANSLATE_NOOP("Metric", "Exits")},
    {"sharepoint_page_views", QT_TRANSLATE_NOOP("Metric", "SharePoint page views")},
    {"sharepoint_visited_pages", QT_TRANSLATE_NOOP("Metric", "SharePoint pages visited")},
    {"sharepoint_sites", QT_TRANSLATE_NOOP("Metric", "SharePoint sites")},
    {"sharepoint_active_sites", QT_TRANSLATE_NOOP("Metric", "Active SharePoint sites")},
    {"sharepoint_files", QT_TRANSLATE_NOOP("Metric", "SharePoint files")},
    {"sharepoint_active_files", QT_TRANSLATE_NOOP("Metric", "Active SharePoint files")},
    {"sharepoint_storage_used_bytes",
        QT_TRANSLATE_NOOP("Metric", "SharePoint storage used (bytes)")},
    {"sharepoint_files_viewed_or_edited",
        QT_TRANSLATE_NOOP("Metric", "SharePoint files viewed or edited")},
    {"sharepoint_files_synced", QT_TRANSLATE_NOOP("Metric", "SharePoint files synced")},
    {"sharepoint_files_shared_internally",
        QT_TRANSLATE_NOOP("Metric", "SharePoint files shared internally")},
    {"sharepoint_files_shared_externally",
        QT_TRANSLATE_NOOP("Metric", "SharePoint files shared externally")},
    {"sharepoint_user_visited_pages",
        QT_TRANSLATE_NOOP("Metric", "SharePoint pages visited by users")},
    {"sharepoint_active_users", QT_TRANSLATE_NOOP("Metric", "Active SharePoint users")},
    {"sharepoint_listed_users", QT_TRANSLATE_NOOP("Metric", "SharePoint users in the report")},
    {"viva_engage_active_users", QT_TRANSLATE_NOOP("Metric", "Active Viva Engage users")},
    {"viva_engage_listed_users", QT_TRANSLATE_NOOP("Metric", "Viva Engage users in the report")},
    {"viva_engage_posted", QT_TRANSLATE_NOOP("Metric", "Viva Engage messages posted")},
    {"viva_engage_read", QT_TRANSLATE_NOOP("Metric", "Viva Engage messages read")},
    {"viva_engage_liked", QT_TRANSLATE_NOOP("Metric", "Viva Engage messages liked")},
    {"teams_active_users", QT_TRANSLATE_NOOP("Metric", "Active Teams users")},
    {"teams_listed_users", QT_TRANSLATE_NOOP("Metric", "Teams users in the report")},
    {"teams_chat_messages", QT_TRANSLATE_NOOP("Metric", "Teams team chat messages")},
    {"teams_private_chat_messages", QT_TRANSLATE_NOOP("Metric", "Teams private chat messages")},
    {"teams_post_messages", QT_TRANSLATE_NOOP("Metric", "Teams channel posts")},
    {"teams_reply_messages", QT_TRANSLATE_NOOP("Metric", "Teams channel replies")},
    {"teams_urgent_messages", QT_TRANSLATE_NOOP("Metric", "Teams urgent messages")},
    {"teams_calls", QT_TRANSLATE_NOOP("Metric", "Teams calls")},
    {"teams_meetings", QT_TRANSLATE_NOOP("Metric", "Teams meetings")},
    {"teams_meetings_organized", QT_TRANSLATE_NOOP("Metric", "Teams meetings organised")},
    {"teams_meetings_attended", QT_TRANSLATE_NOOP("Metric", "Teams meetings attended")},
    {"teams_audio_seconds", QT_TRANSLATE_NOOP("Metric", "Teams audio (seconds)")},
    {"teams_video_seconds", QT_TRANSLATE_NOOP("Metric", "Teams video (seconds)")},
    {"teams_screen_share_seconds", QT_TRANSLATE_NOOP("Metric", "Teams screen sharing (seconds)")},
};
} // namespace

QString StandardMetricNames::name(const QString& key)
{
    static const QHash<QString, const char*> byKey = [] {
        QHash<QString, const char*> names;
        for (const Named& named : standard)
            names.insert(QString::fromLatin1(named.key), named.name);
        return names;
    }();
    const char* source = byKey.value(key, nullptr);
    return source ? QCoreApplication::translate("Metric", source) : QString();
}

QString StandardMetricNames::nameOr(const QString& key, const QString& label)
{
    if (QString standardName = name(key); !standardName.isEmpty())
        return standardName;
    return label.trimmed().isEmpty() ? key : label.trimmed();
}

} // namespace stuurboord
