#include "DemoUsageModel.h"

#include "DemoContext.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace stuurboord {

namespace {

struct Department
{
    const char* name;
    int employees; // share of the organisation, out of 1,100
    double viewIntensity; // page views per employee relative to the average
    double reachIntensity; // share that logs in, relative to the average
};

// Beheer Openbare Ruimte works outdoors and lags behind; the workshops for its team
// leaders (month 13 onwards) are part of the story the breakdown tells.
constexpr Department departmentTable[] = {
    {"Publiekszaken", 160, 1.00, 1.00},
    {"Ruimte", 190, 1.05, 1.02},
    {"Sociaal Domein", 240, 1.00, 1.00},
    {"Bedrijfsvoering", 170, 1.15, 1.03},
    {"Dienstverlening", 120, 0.95, 1.00},
    {"Griffie", 25, 1.20, 1.03},
    {"Concernstaf", 55, 1.30, 1.04},
    {"Beheer Openbare Ruimte", 140, 0.45, 0.62},
};

// Fewer colleagues at work in the summer holidays and around Christmas.
double season(int calendarMonth)
{
    static constexpr double factors[]
        = {0.97, 1.00, 1.02, 0.98, 0.97, 0.95, 0.70, 0.66, 1.00, 1.00, 1.02, 0.88};
    return factors[calendarMonth - 1];
}

bool isSummer(int calendarMonth)
{
    return calendarMonth == 7 || calendarMonth == 8;
}

// A fixed, platform-independent pseudo-random number in [-1, 1] per metric and month
// (SplitMix64), so every run and every machine writes the same demo.
double noise(int metricIndex, int month)
{
    quint64 z = quint64(metricIndex) * 1000u + quint64(month) + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return double(z % 20001u) / 10000.0 - 1.0;
}

} // namespace

const QList<DemoUsageModel::MetricInfo>& DemoUsageModel::metrics()
{
    static const QList<MetricInfo> list{
        {"active_users", "Actieve gebruikers", MetricUnit::Count, Aggregation::Max,
            "Medewerkers die in de maand iets deden op Plein: een reactie, like, bericht of "
            "vraag.",
            false},
        {"unique_logged_in_users", "Unieke ingelogde gebruikers", MetricUnit::Count,
            Aggregation::Max, "Medewerkers die in de maand minstens één keer inlogden.", true},
        {"page_views", "Paginaweergaven", MetricUnit::Count, Aggregation::Sum,
            "Alle bekeken pagina's, nieuwsberichten en groepspagina's.", true},
        {"pages_created", "Aangemaakte pagina's", MetricUnit::Count, Aggregation::Sum,
            "Nieuwe pagina's en nieuwsberichten, door redacteuren en medewerkers.", false},
        {"profiles_completed", "Ingevulde profielen", MetricUnit::Count, Aggregation::Last,
            "Profielen met foto, functie en minstens drie expertises; stand aan het eind van "
            "de maand.",
            false},
        {"questions_asked", "Gestelde vragen", MetricUnit::Count, Aggregation::Sum,
            "Vragen gesteld via 'Vraag het de collega' en in groepen.", false},
        {"likes", "Likes", MetricUnit::Count, Aggregation::Sum,
            "Waarderingen bij berichten en reacties.", false},
        {"comments", "Reacties", MetricUnit::Count, Aggregation::Sum,
            "Reacties onder nieuws, berichten en vragen.", false},
        {"avg_session_seconds", "Gemiddelde sessieduur", MetricUnit::Seconds, Aggregation::Average,
            "Gemiddelde duur van een bezoek in seconden.", false},
    };
    return list;
}

QStringList DemoUsageModel::departments()
{
    QStringList names;
    for (const Department& department : departmentTable)
        names << QString::fromUtf8(department.name);
    return names;
}

DemoUsageModel::DemoUsageModel(const DemoContext& context)
    : m_context(context)
{
    // Later metrics derive from earlier ones (active users from logged-in users), so the
    // order of this list matters.
    static const char* const order[]
        = {"unique_logged_in_users", "active_users", "page_views", "pages_created",
            "profiles_completed", "questions_asked", "likes", "comments", "avg_session_seconds"};
    for (const char* key : order) {
        const QString name = QString::fromUtf8(key);
        QList<double>& values = m_totals[name];
        for (int i = 0; i < DemoContext::usageMonths; ++i)
            values << compute(name, i);
    }
}

double DemoUsageModel::total(const QString& key, int month) const
{
    return m_totals.value(key).value(month);
}

double DemoUsageModel::compute(const QString& key, int i) const
{
    const int metricIndex
        = int(std::find_if(metrics().cbegin(), metrics().cend(), [&](const MetricInfo& m) {
              return key == QLatin1String(m.key);
          }) - metrics().cbegin());
    const double n = noise(metricIndex, i);
    const int calendarMonth = m_context.month(i).month();
    const double s = season(calendarMonth);
    const double employees = m_context.headcount(i);
    const double trend = double(i) / (DemoContext::usageMonths - 1);
    const double launch = std::exp(-i / 1.5); // the go-live peak fades in a few months

    if (key == u"unique_logged_in_users") {
        const double share = (0.70 + 0.12 * trend + 0.18 * launch) * s * (1 + 0.015 * n);
        return std::round(employees * std::min(share, 0.97));
    }
    if (key == u"active_users") {
        const double ratio
            = (0.55 + 0.10 * trend + 0.12 * launch) * (isSummer(calendarMonth) ? 0.96 : 1.0);
        return std::round(
            total(QStringLiteral("unique_logged_in_users"), i) * ratio * (1 + 0.015 * n));
    }
    if (key == u"page_views") {
        const double perUser = (44 + 8 * trend + 30 * std::exp(-i / 2.0))
            * (isSummer(calendarMonth) ? 0.9 : 1.0) * (1 + 0.03 * n);
        return std::round(total(QStringLiteral("unique_logged_in_users"), i) * perUser);
    }
    if (key == u"pages_created")
        return std::round((105 + 20 * trend + 320 * std::exp(-i / 1.8)) * s * (1 + 0.08 * n));
    if (key == u"profiles_completed") {
        // About a third of the colleagues fill in a profile on their own; the campaign
        // doubles that in three months, after which it creeps up slowly.
        const int c = DemoContext::campaignMonth;
        double share = 0;
        if (i <= c)
            share = 0.20 + 0.15 * i / c;
        else if (i <= c + 3)
            share = 0.35 + 0.35 * (i - c) / 3.0;
        else
            share = 0.70 + 0.006 * (i - c - 3);
        return std::round(employees * share * (1 + 0.01 * n));
    }
    if (key == u"questions_asked") {
        const int f = DemoContext::questionsFeatureMonth;
        if (i < f)
            return std::round(9 + 3 * n);
        const double growth = double(i - f) / (DemoContext::usageMonths - 1 - f);
        return std::round((22 + 70 * growth) * s * (1 + 0.06 * n));
    }
    if (key == u"likes")
        return std::round(
            total(QStringLiteral("active_users"), i) * (3.1 + 1.5 * trend) * (1 + 0.04 * n));
    if (key == u"comments")
        return std::round(
            total(QStringLiteral("active_users"), i) * (0.55 + 0.35 * trend) * (1 + 0.05 * n));
    if (key == u"avg_session_seconds")
        return std::round((230 + 40 * trend - 30 * launch) * (1 + 0.03 * n));
    return 0;
}

QList<double> DemoUsageModel::byDepartment(const QString& key, int month) const
{
    const bool views = key == u"page_views";
    // Beheer Openbare Ruimte catches up after the workshops for its team leaders (month 13).
    const double catchUp = month >= 13 ? std::min(1.0, (month - 12) / 6.0) : 0.0;
    QList<double> weights;
    for (const Department& department : departmentTable) {
        double intensity = views ? department.viewIntensity : department.reachIntensity;
        if (intensity < 0.7)
            intensity += (views ? 0.30 : 0.20) * catchUp;
        weights << department.employees * intensity;
    }
    return split(total(key, month), weights);
}

QList<double> DemoUsageModel::split(double total, const QList<double>& weights) const
{
    // Largest remainder: whole numbers that add up to the total exactly; ties go to the
    // earlier department so the result never depends on sort stability.
    const double sum = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    const qint64 whole = qint64(total);
    QList<double> parts;
    QList<std::pair<double, int>> remainders;
    qint64 assigned = 0;
    for (int d = 0; d < weights.size(); ++d) {
        const double exact = whole * weights.at(d) / sum;
        const double floor = std::floor(exact);
        parts << floor;
        assigned += qint64(floor);
        remainders << std::pair<double, int>{exact - floor, d};
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (qint64 k = 0; k < whole - assigned; ++k)
        parts[remainders.at(int(k % remainders.size())).second] += 1;
    return parts;
}

} // namespace stuurboord
