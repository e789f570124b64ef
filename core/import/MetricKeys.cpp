#include "MetricKeys.h"

#include <QRegularExpression>

namespace stuurboord {

namespace {
// Names the intranet platforms and the coordinators' own spreadsheets use, in Dutch and
// English, for the metrics every workspace has.
const QHash<QString, QString>& standardNames()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("paginaweergaven"), QStringLiteral("page_views")},
        {QStringLiteral("page views"), QStringLiteral("page_views")},
        {QStringLiteral("pageviews"), QStringLiteral("page_views")},
        {QStringLiteral("actieve gebruikers"), QStringLiteral("active_users")},
        {QStringLiteral("active users"), QStringLiteral("active_users")},
        {QStringLiteral("unieke ingelogde gebruikers"), QStringLiteral("unique_logged_in_users")},
        {QStringLiteral("unique logged-in users"), QStringLiteral("unique_logged_in_users")},
        {QStringLiteral("unique logged in users"), QStringLiteral("unique_logged_in_users")},
        {QStringLiteral("ingevulde profielen"), QStringLiteral("profiles_completed")},
        {QStringLiteral("completed profiles"), QStringLiteral("profiles_completed")},
        {QStringLiteral("aangemaakte pagina's"), QStringLiteral("pages_created")},
        {QStringLiteral("pages created"), QStringLiteral("pages_created")},
        {QStringLiteral("gestelde vragen"), QStringLiteral("questions_asked")},
        {QStringLiteral("questions asked"), QStringLiteral("questions_asked")},
        // Matomo's API columns and its Dutch user-interface export.
        {QStringLiteral("nb_pageviews"), QStringLiteral("page_views")},
        {QStringLiteral("nb_users"), QStringLiteral("unique_logged_in_users")},
        {QStringLiteral("gebruikers"), QStringLiteral("unique_logged_in_users")},
        {QStringLiteral("nb_uniq_visitors"), QStringLiteral("unique_visitors")},
        {QStringLiteral("unieke bezoekers"), QStringLiteral("unique_visitors")},
        {QStringLiteral("nb_visits"), QStringLiteral("visits")},
        {QStringLiteral("bezoeken"), QStringLiteral("visits")},
        {QStringLiteral("avg_time_on_site"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("gem. tijd op website"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("bounce_rate"), QStringLiteral("bounce_rate")},
        {QStringLiteral("bouncepercentage"), QStringLiteral("bounce_rate")},
    };
    return names;
}
} // namespace

MetricKeys::MetricKeys(QHash<QString, QString> known)
    : m_known(std::move(known))
{
}

QString MetricKeys::slug(const QString& text)
{
    // Strip accents (é -> e) by decomposing and dropping the marks.
    QString plain;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    }
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString key = plain.toLower().replace(nonWord, QStringLiteral("_"));
    while (key.startsWith(u'_'))
        key.remove(0, 1);
    while (key.endsWith(u'_'))
        key.chop(1);
    if (key.isEmpty() || !key.at(0).isLetter())
        key.prepend(QStringLiteral("m_"));
    return key;
}

QString MetricKeys::keyFor(const QString& header) const
{
    const QString lowered = header.trimmed().toLower();
    if (m_known.contains(lowered))
        return m_known.value(lowered);
    if (standardNames().contains(lowered))
        return standardNames().value(lowered);
    return slug(header);
}

} // namespace stuurboord
