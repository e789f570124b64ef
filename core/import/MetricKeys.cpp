#include "MetricKeys.h"

#include <algorithm>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

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
        // As coordinators name them in their own KPI sheets.
        {QStringLiteral("pagina's aangemaakt"), QStringLiteral("pages_created")},
        {QStringLiteral("nieuwe pagina's"), QStringLiteral("pages_created")},
        {QStringLiteral("created pages"), QStringLiteral("pages_created")},
        {QStringLiteral("new pages"), QStringLiteral("pages_created")},
        {QStringLiteral("vragen gesteld"), QStringLiteral("questions_asked")},
        {QStringLiteral("asked questions"), QStringLiteral("questions_asked")},
        {QStringLiteral("profiles completed"), QStringLiteral("profiles_completed")},
        {QStringLiteral("filled-in profiles"), QStringLiteral("profiles_completed")},
        {QStringLiteral("filled in profiles"), QStringLiteral("profiles_completed")},
        {QStringLiteral("volledige profielen"), QStringLiteral("profiles_completed")},
        {QStringLiteral("gem. sessieduur"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("gemiddelde sessieduur"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("gem. bezoekduur"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("gemiddelde bezoekduur"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("avg. session duration"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("average session duration"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("average visit duration"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("ingelogde gebruikers"), QStringLiteral("unique_logged_in_users")},
        {QStringLiteral("logged-in users"), QStringLiteral("unique_logged_in_users")},
        {QStringLiteral("paginabezoeken"), QStringLiteral("page_views")},
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
        {QStringLiteral("nb_uniq_pageviews"), QStringLiteral("unique_pageviews")},
        // Matomo's interface exports in Dutch, English and German.
        {QStringLiteral("acties"), QStringLiteral("nb_actions")},
        {QStringLiteral("bounce-ratio"), QStringLiteral("bounce_rate")},
        {QStringLiteral("bounceratio"), QStringLiteral("bounce_rate")},
        {QStringLiteral("gemiddelde tijd op website"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("gemiddelde bezoekduur"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("acties per bezoek"), QStringLiteral("nb_actions_per_visit")},
        {QStringLiteral("maximum aantal acties in één bezoek"), QStringLiteral("max_actions")},
        {QStringLiteral("unieke paginaweergaven"), QStringLiteral("unique_pageviews")},
        {QStringLiteral("totale bestede tijd door bezoekers (in seconden)"),
            QStringLiteral("sum_visit_length")},
        {QStringLiteral("unique visitors"), QStringLiteral("unique_visitors")},
        {QStringLiteral("visits"), QStringLiteral("visits")},
        {QStringLiteral("actions"), QStringLiteral("nb_actions")},
        {QStringLiteral("bounce rate"), QStringLiteral("bounce_rate")},
        {QStringLiteral("avg. time on website"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("average time on website"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("avg. visit duration (in seconds)"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("actions per visit"), QStringLiteral("nb_actions_per_visit")},
        {QStringLiteral("max actions in one visit"), QStringLiteral("max_actions")},
        {QStringLiteral("maximum actions in one visit"), QStringLiteral("max_actions")},
        {QStringLiteral("unique pageviews"), QStringLiteral("unique_pageviews")},
        {QStringLiteral("total time spent by visitors (in seconds)"),
            QStringLiteral("sum_visit_length")},
        {QStringLiteral("eindeutige besucher"), QStringLiteral("unique_visitors")},
        {QStringLiteral("besuche"), QStringLiteral("visits")},
        {QStringLiteral("aktionen"), QStringLiteral("nb_actions")},
        {QStringLiteral("absprungrate"), QStringLiteral("bounce_rate")},
        {QStringLiteral("absprungsrate"), QStringLiteral("bounce_rate")},
        {QStringLiteral("durchschn. aufenthaltsdauer"), QStringLiteral("average_visit_seconds")},
        {QStringLiteral("durchschnittliche aufenthaltsdauer"),
            QStringLiteral("average_visit_seconds")},
        {QStringLiteral("aktionen pro besuch"), QStringLiteral("nb_actions_per_visit")},
        {QStringLiteral("maximale aktionen in einem besuch"), QStringLiteral("max_actions")},
        {QStringLiteral("seitenansichten"), QStringLiteral("page_views")},
        {QStringLiteral("eindeutige seitenansichten"), QStringLiteral("unique_pageviews")},
        {QStringLiteral("gesamte von besuchern verbrachte zeit (in sekunden)"),
            QStringLiteral("sum_visit_length")},

        {QStringLiteral("bouncepercentage"), QStringLiteral("bounce_rate")},
    };
    return names;
}

// "Gem. sessieduur (min)": the name, and the unit in its last brackets.
std::pair<QString, QString> splitUnit(const QString& header)
{
    static const QRegularExpression unit(QStringLiteral("^(.*\\S)\\s*\\(([^()]*)\\)\\s*$"));
    const QRegularExpressionMatch match = unit.match(header.trimmed());
    if (!match.hasMatch())
        return {header.trimmed(), {}};
    return {match.captured(1), match.captured(2).trimmed().toLower()};
}

struct UnitWord
{
    const char* word;
    const char* unit;
    double factor;
};

constexpr UnitWord unitWords[] = {
    {"%", "percentage", 1},
    {"procent", "percentage", 1},
    {"percentage", "percentage", 1},
    {"percent", "percentage", 1},
    {"s", "seconds", 1},
    {"sec", "seconds", 1},
    {"sec.", "seconds", 1},
    {"seconden", "seconds", 1},
    {"seconds", "seconds", 1},
    {"min", "seconds", 60},
    {"min.", "seconds", 60},
    {"minuten", "seconds", 60},
    {"minutes", "seconds", 60},
    {"u", "seconds", 3600},
    {"uur", "seconds", 3600},
    {"uren", "seconds", 3600},
    {"h", "seconds", 3600},
    {"hours", "seconds", 3600},
    {"aantal", "count", 1},
    {"number", "count", 1},
    {"#", "count", 1},
};

const UnitWord* unitWord(const QString& word)
{
    for (const UnitWord& known : unitWords) {
        if (word == QLatin1String(known.word))
            return &known;
    }
    return nullptr;
}

// Curly apostrophes (Excel's autocorrect) read as straight ones: "pagina’s aangemaakt".
QString plainName(const QString& name)
{
    QString lowered = name.trimmed().toLower();
    lowered.replace(QChar(0x2019), u'\'');
    return lowered;
}
} // namespace

MetricKeys::Unit MetricKeys::unitOf(const QString& header)
{
    const auto [name, word] = splitUnit(header);
    Q_UNUSED(name)
    if (const UnitWord* known = word.isEmpty() ? nullptr : unitWord(word))
        return {QString::fromLatin1(known->unit), known->factor};
    return {};
}

bool MetricKeys::countsPeople(const QString& key)
{
    // New users count each person once anyway: their days add up.
    if (key == u"new_users" || key.endsWith(QStringLiteral("new_users")))
        return false;
    static const QStringList people{QStringLiteral("users"), QStringLiteral("visitors"),
        QStringLiteral("gebruikers"), QStringLiteral("bezoekers"), QStringLiteral("medewerkers")};
    return std::any_of(people.cbegin(), people.cend(),
        [&key](const QString& word) { return key == word || key.endsWith(u'_' + word); });
}

QString MetricKeys::peopleRule()
{
    return QCoreApplication::translate("Import",
        "counts distinct people: the days and windows of a month combine by their maximum "
        "(or the export's own monthly figure), never by their sum");
}

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
    const QString lowered = plainName(header);
    if (m_known.contains(lowered))
        return m_known.value(lowered);
    if (standardNames().contains(lowered))
        return standardNames().value(lowered);
    // Without the unit in brackets, when the brackets hold one.
    if (const auto [name, word] = splitUnit(header); !word.isEmpty() && unitWord(word)) {
        const QString bare = plainName(name);
        if (m_known.contains(bare))
            return m_known.value(bare);
        if (standardNames().contains(bare))
            return standardNames().value(bare);
        return slug(name);
    }
    return slug(header);
}

} // namespace stuurboord
