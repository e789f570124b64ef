#include "DemoKpiWriter.h"

#include "DemoContext.h"
#include "domain/ActionItem.h"
#include "domain/Kpi.h"
#include "domain/KpiChange.h"
#include "domain/KpiTarget.h"
#include "domain/KpiValue.h"
#include "domain/ThresholdRule.h"
#include "kpi/KpiEvaluator.h"
#include "storage/Workspace.h"

#include <cmath>
#include <QDateTime>
#include <QTimeZone>

namespace stuurboord {

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString kpiKey(const char* key)
{
    return QStringLiteral("kpi:") + text(key);
}

QString ruleKey(const char* kpi, ThresholdStatus status)
{
    return QStringLiteral("rule:%1:%2")
        .arg(text(kpi),
            status == ThresholdStatus::AtRisk ? QStringLiteral("at_risk")
                                              : QStringLiteral("off_track"));
}

QDateTime utc(QDate date, int hour)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone::utc());
}

const QString coordinator = QStringLiteral("Noor de Wit");

struct KpiRow
{
    const char* key;
    const char* name;
    const char* description;
    const char* goal;
    const char* owner;
    KpiUnit unit;
    Direction direction;
    KpiSource source;
    const char* formula;
    Frequency frequency;
    KpiLifecycle lifecycle;
    const char* retiredReason;
    int version;
    int createdDaysFromGoLive;
};

constexpr KpiRow kpiRows[] = {
    {"reach", "Bereik: ingelogde medewerkers",
        "Aandeel medewerkers dat in de maand minstens één keer op Plein inlogde.", "reach", "comms",
        KpiUnit::Percentage, Direction::HigherIsBetter, KpiSource::Formula,
        "unique_logged_in_users / headcount * 100", Frequency::Monthly, KpiLifecycle::Active, "", 1,
        -10},
    {"active", "Actieve medewerkers",
        "Aandeel medewerkers dat in de maand iets bijdroeg: een bericht, reactie, like of "
        "vraag.",
        "connect", "comms", KpiUnit::Percentage, Direction::HigherIsBetter, KpiSource::Formula,
        "active_users / headcount * 100", Frequency::Monthly, KpiLifecycle::Active, "", 2, -10},
    {"profiles", "Ingevulde profielen",
        "Aandeel medewerkers met een compleet profiel (functie en minstens drie expertises).",
        "expertise", "hr", KpiUnit::Percentage, Direction::HigherIsBetter, KpiSource::Formula,
        "profiles_completed / headcount * 100", Frequency::Monthly, KpiLifecycle::Active, "", 1,
        -10},
    {"questions", "Vragen aan collega's per 100 medewerkers",
        "Gestelde vragen via 'Vraag het de collega' en in groepen, per 100 medewerkers.",
        "expertise", "keyuser_pz", KpiUnit::Ratio, Direction::HigherIsBetter, KpiSource::Formula,
        "questions_asked / headcount * 100", Frequency::Monthly, KpiLifecycle::Active, "", 1, -10},
    {"unreached", "Niet-bereikte medewerkers",
        "Aandeel medewerkers dat Plein in de maand niet bezocht; zij missen nieuws en "
        "mededelingen.",
        "reach", "comms", KpiUnit::Percentage, Direction::LowerIsBetter, KpiSource::Formula,
        "(headcount - unique_logged_in_users) / headcount * 100", Frequency::Monthly,
        KpiLifecycle::Active, "", 1, -10},
    {"views", "Paginaweergaven per medewerker",
        "Bekeken pagina's per medewerker per maand: een maat voor hoe vaak Plein de "
        "vindplaats is.",
        "connect", "comms", KpiUnit::Ratio, Direction::HigherIsBetter, KpiSource::Formula,
        "page_views / headcount", Frequency::Monthly, KpiLifecycle::Active, "", 1, -10},
    {"satisfaction", "Tevredenheid medewerkers over intranet",
        "Gemiddeld rapportcijfer (1-10) uit de kwartaalpeiling onder een steekproef van "
        "medewerkers.",
        "connect", "sponsor", KpiUnit::Score, Direction::HigherIsBetter, KpiSource::Manual, "",
        Frequency::Quarterly, KpiLifecycle::Active, "", 1, 40},
    {"reach_count", "Unieke ingelogde medewerkers (aantal)",
        "Aantal verschillende medewerkers dat in de maand inlogde.", "reach", "it", KpiUnit::Count,
        Direction::HigherIsBetter, KpiSource::Formula, "unique_logged_in_users", Frequency::Monthly,
        KpiLifecycle::Retired,
        "Een absoluut aantal zegt weinig nu het personeelsbestand groeit; vervangen door "
        "'Bereik: ingelogde medewerkers' (percentage van het personeelsbestand).",
        1, -10},
};

} // namespace

Outcome DemoKpiWriter::write(DemoContext& context)
{
    for (auto step :
        {writeKpis, writeTargets, writeRules, activateKpis, writeSurveyScores, writeChanges, writeFiredActions}) {
        if (Outcome outcome = step(context); !outcome)
            return outcome;
    }
    return {};
}

Outcome DemoKpiWriter::writeKpis(DemoContext& context)
{
    for (const KpiRow& row : kpiRows) {
        Kpi kpi;
        kpi.name = text(row.name);
        kpi.description = text(row.description);
        kpi.goalId = context.id(QStringLiteral("goal:") + text(row.goal));
        kpi.ownerId = context.id(QStringLiteral("stakeholder:") + text(row.owner));
        kpi.unit = row.unit;
        kpi.direction = row.direction;
        kpi.source = row.source;
        kpi.formula = text(row.formula);
        kpi.frequency = row.frequency;
        // Only measure what you plan to act on: a KPI becomes active once its threshold
        // rules and follow-up actions exist (activateKpis), so it starts as a draft.
        kpi.lifecycle = row.lifecycle == KpiLifecycle::Active ? KpiLifecycle::Draft : row.lifecycle;
        kpi.retiredReason = text(row.retiredReason);
        // Active KPIs are evaluated at the next stakeholder meeting.
        if (row.lifecycle != KpiLifecycle::Retired)
            kpi.nextReview = context.meetingDate(0);
        kpi.version = row.version;
        if (Outcome outcome = context.add(kpi, kpi.name, kpiKey(row.key)); !outcome)
            return outcome;
    }
    return {};
}

Outcome DemoKpiWriter::activateKpis(DemoContext& context)
{
    Repository<Kpi> kpis = context.workspace().repository<Kpi>();
    for (const KpiRow& row : kpiRows) {
        if (row.lifecycle != KpiLifecycle::Active)
            continue;
        std::optional<Kpi> kpi = kpis.get(context.id(kpiKey(row.key)));
        if (!kpi)
            return Outcome::failure(QStringLiteral("missing KPI %1").arg(text(row.name)));
        kpi->lifecycle = KpiLifecycle::Active;
        if (Outcome outcome = kpis.update(*kpi); !outcome)
            return outcome;
    }
    return {};
}

Outcome DemoKpiWriter::writeTargets(DemoContext& context)
{
    struct Row
    {
        const char* kpi;
        int yearOffset; // target for the year lastMonth.year() + offset ...
        int month; // ... or, when not -1, from this usage month on
        TargetKind kind;
        TargetPath path;
        double value;
    };
    // Step targets per year; the active-users target rises along a straight line from the
    // first month to half a year ahead.
    static constexpr Row rows[] = {
        {"reach", -1, -1, TargetKind::AtLeast, TargetPath::Step, 75},
        {"reach", 0, -1, TargetKind::AtLeast, TargetPath::Step, 80},
        {"active", 0, 0, TargetKind::IncreaseTo, TargetPath::Linear, 45},
        {"active", 0, DemoContext::usageMonths + 5, TargetKind::IncreaseTo, TargetPath::Linear, 55},
        {"profiles", -1, -1, TargetKind::AtLeast, TargetPath::Step, 40},
        {"profiles", 0, -1, TargetKind::AtLeast, TargetPath::Step, 70},
        {"questions", -1, -1, TargetKind::AtLeast, TargetPath::Step, 3},
        {"questions", 0, -1, TargetKind::AtLeast, TargetPath::Step, 6},
        {"unreached", -1, -1, TargetKind::AtMost, TargetPath::Step, 25},
        {"unreached", 0, -1, TargetKind::AtMost, TargetPath::Step, 20},
        {"views", -1, -1, TargetKind::AtLeast, TargetPath::Step, 35},
        {"views", 0, -1, TargetKind::AtLeast, TargetPath::Step, 40},
        {"satisfaction", -1, -1, TargetKind::AtLeast, TargetPath::Step, 7.0},
        {"satisfaction", 0, -1, TargetKind::AtLeast, TargetPath::Step, 7.5},
    };
    for (const Row& row : rows) {
        KpiTarget target;
        target.kpiId = context.id(kpiKey(row.kpi));
        target.period = row.month >= 0
            ? DemoContext::monthKey(context.month(row.month))
            : DemoContext::yearKey(context.lastMonth().year() + row.yearOffset);
        target.kind = row.kind;
        target.path = row.path;
        target.value = row.value;
        if (Outcome outcome = context.add(target, text(row.kpi) + QLatin1Char(' ') + target.period);
            !outcome)
            return outcome;
    }
    return {};
}

Outcome DemoKpiWriter::writeRules(DemoContext& context)
{
    struct Row
    {
        const char* kpi;
        ThresholdStatus status;
        double boundary;
        int consecutive;
        const char* action;
        const char* owner;
        int days;
    };
    // Most rules wait for three measurements past the line, so the summer dip alone (July
    // and August) does not fire them; reach at risk is meant to flag the summer dip.
    static constexpr Row rows[] = {
        {"reach", ThresholdStatus::AtRisk, 70, 2,
            "Nagaan welke afdelingen achterblijven en met hun key users een "
            "nieuwsbrief-actie of teamoverleg-demo plannen.",
            "comms", 30},
        {"reach", ThresholdStatus::OffTrack, 60, 3,
            "Agenderen in de stuurgroep; de sponsor vraagt managers om Plein in het "
            "werkoverleg te gebruiken.",
            "sponsor", 45},
        {"active", ThresholdStatus::AtRisk, 38, 3,
            "Interactieve content plannen: een vraag van de week en een fotowedstrijd in de "
            "groep van de buitendienst.",
            "comms", 21},
        {"profiles", ThresholdStatus::AtRisk, 60, 2,
            "Herinnering via de leidinggevenden: profiel bijwerken in het eerstvolgende "
            "werkoverleg.",
            "hr", 30},
        {"profiles", ThresholdStatus::OffTrack, 45, 3,
            "Profielcampagne starten met HR: fotoshoot-dagen, expertises uit de "
            "opleidingscatalogus en een wedstrijd tussen afdelingen.",
            "hr", 60},
        {"questions", ThresholdStatus::AtRisk, 3, 3,
            "Key users stellen zelf vragen in 'Vraag het de collega' en beantwoorden open "
            "vragen binnen een werkdag.",
            "keyuser_pz", 30},
        {"unreached", ThresholdStatus::AtRisk, 32, 3,
            "Inlogproblemen en bereik per afdeling bespreken met Informatievoorziening; extra "
            "uitleg over de Plein-app voor de buitendienst.",
            "it", 30},
        {"unreached", ThresholdStatus::OffTrack, 40, 3,
            "Besluit in de stuurgroep over verplichte mededelingen alleen nog via Plein.",
            "sponsor", 60},
        {"views", ThresholdStatus::AtRisk, 30, 3,
            "Startpagina en navigatie evalueren met vijf medewerkers uit verschillende "
            "afdelingen.",
            "comms", 45},
        {"satisfaction", ThresholdStatus::AtRisk, 7.0, 1,
            "Open antwoorden uit de peiling analyseren en de drie meest genoemde ergernissen "
            "op de backlog zetten.",
            "comms", 30},
        {"satisfaction", ThresholdStatus::OffTrack, 6.5, 2,
            "Focusgroepen met medewerkers organiseren en de uitkomsten in de stuurgroep "
            "bespreken.",
            "sponsor", 60},
    };
    for (const Row& row : rows) {
        ThresholdRule rule;
        rule.kpiId = context.id(kpiKey(row.kpi));
        rule.status = row.status;
        rule.boundary = row.boundary;
        rule.consecutive = row.consecutive;
        rule.action = text(row.action);
        rule.actionOwnerId = context.id(QStringLiteral("stakeholder:") + text(row.owner));
        rule.actionDays = row.days;
        if (Outcome outcome = context.add(rule, rule.action, ruleKey(row.kpi, row.status));
            !outcome)
            return outcome;
    }
    return {};
}

Outcome DemoKpiWriter::writeSurveyScores(DemoContext& context)
{
    // Scores rise slowly with a dip in the quarter that holds the summer holidays.
    static constexpr double wiggle[] = {0.0, 0.1, -0.2, 0.1, 0.0, 0.2, -0.1, 0.1, 0.0};
    static constexpr const char* remarks[] = {
        "Veel waardering voor het nieuws; zoeken levert nog te veel oude pagina's op.",
        "Smoelenboek wordt vaker genoemd; de buitendienst mist een goede app.",
        "Minder respons in de vakantieperiode; klachten over meldingen per e-mail.",
        "'Vraag het de collega' wordt gewaardeerd; wens om vragen te kunnen volgen.",
        "Profielcampagne positief ontvangen; zoekresultaten merkbaar beter.",
        "Buitendienst tevredener sinds de app; wens voor een agenda per afdeling.",
        "Stabiel beeld; aandacht gevraagd voor verouderde afdelingspagina's.",
    };
    const QDate first = context.month(0);
    // Peilingen start in the first full quarter after go-live.
    QDate quarter(first.year(), ((first.month() - 1) / 3) * 3 + 1, 1);
    if (quarter < first)
        quarter = quarter.addMonths(3);
    // The pulse survey of the last quarter is still being processed: the demo shows an
    // overdue measurement moment for it.
    const QDate dataEnd = DemoContext::monthEnd(context.lastMonth()).addMonths(-3);
    const qint64 kpiId = context.id(kpiKey("satisfaction"));
    for (int k = 0; quarter.addMonths(3).addDays(-1) <= dataEnd;
         ++k, quarter = quarter.addMonths(3)) {
        const QDate quarterEnd = quarter.addMonths(3).addDays(-1);
        const int respondents = 380 + (k * 37) % 90 - (quarter.month() == 7 ? 80 : 0);
        KpiValue value;
        value.kpiId = kpiId;
        value.period = DemoContext::quarterKey(quarter);
        value.value
            = qMin(7.7, 6.4 + 0.15 * k + wiggle[k % 9] - (quarter.month() == 7 ? 0.2 : 0.0));
        value.value = std::round(value.value * 10) / 10;
        value.version = 1;
        value.note = QStringLiteral("Pulspeiling %1: %2 respondenten (respons %3%). %4")
                         .arg(value.period)
                         .arg(respondents)
                         .arg(respondents * 100 / 1100)
                         .arg(text(remarks[k % 7]));
        value.enteredAt = utc(quarterEnd.addDays(7), 10);
        if (Outcome outcome = context.add(value, value.period); !outcome)
            return outcome;
    }
    return {};
}

Outcome DemoKpiWriter::writeChanges(DemoContext& context)
{
    for (const KpiRow& row : kpiRows) {
        KpiChange change;
        change.kpiId = context.id(kpiKey(row.key));
        change.version = 1;
        change.changedAt = utc(context.goLive().addDays(row.createdDaysFromGoLive), 11);
        change.author = coordinator;
        change.what = QStringLiteral("KPI aangemaakt");
        change.why = row.source == KpiSource::Manual
            ? QStringLiteral("Afgesproken in de stuurgroep: naast gebruikscijfers ook de "
                             "ervaring van medewerkers meten.")
            : QStringLiteral("Vastgesteld in het meetplan bij de livegang.");
        // Version 1 of the active-users KPI measured contributors among visitors.
        if (row.version > 1)
            change.what = QStringLiteral("KPI aangemaakt (formule: active_users / "
                                         "unique_logged_in_users * 100)");
        if (Outcome outcome = context.add(change, text(row.name)); !outcome)
            return outcome;
    }

    KpiChange definition;
    definition.kpiId = context.id(kpiKey("active"));
    definition.version = 2;
    definition.changedAt = utc(context.month(DemoContext::usageMonths - 7), 9);
    definition.author = coordinator;
    definition.what = QStringLiteral("Definitie gewijzigd: noemer is nu het personeelsbestand "
                                     "in plaats van de ingelogde gebruikers");
    definition.why = QStringLiteral("Zo is de KPI vergelijkbaar met de benchmark van gemeenten "
                                    "en daalt hij niet kunstmatig als het bereik stijgt.");
    if (Outcome outcome = context.add(definition, definition.what); !outcome)
        return outcome;
    if (Outcome outcome = freezeFirstVersion(context, definition.changedAt.date()); !outcome)
        return outcome;

    KpiChange retired;
    retired.kpiId = context.id(kpiKey("reach_count"));
    retired.version = 1;
    // Decided in the steering group of month 12, carried out just after it.
    retired.changedAt = utc(context.month(13).addDays(2), 15);
    retired.author = coordinator;
    retired.what = QStringLiteral("KPI buiten gebruik gesteld");
    retired.why = text(kpiRows[7].retiredReason);
    return context.add(retired, retired.what);
}

Outcome DemoKpiWriter::freezeFirstVersion(DemoContext& context, const QDate& changedOn)
{
    // The months measured before the definition changed keep the values version 1 gave,
    // as the app does when a coordinator changes a definition.
    std::optional<Kpi> first = context.workspace().repository<Kpi>().get(context.id(kpiKey("active")));
    if (!first)
        return Outcome::failure(QStringLiteral("missing KPI active"));
    first->formula = QStringLiteral("active_users / unique_logged_in_users * 100");
    first->version = 1;
    const KpiEvaluator evaluator(context.workspace());
    for (const Period& period : evaluator.periods(*first)) {
        if (period.lastDay() >= changedOn)
            break;
        const std::optional<double> computed = evaluator.liveValue(*first, period);
        if (!computed)
            continue;
        KpiValue value;
        value.kpiId = first->id;
        value.period = period.toString();
        value.value = *computed;
        value.version = 1;
        value.note = QStringLiteral("Berekend met versie 1, voor de wijziging van de definitie.");
        value.enteredAt = utc(period.lastDay().addDays(5), 9);
        if (Outcome outcome = context.add(value, first->name + QLatin1Char(' ') + value.period); !outcome)
            return outcome;
    }
    return {};
}

Outcome DemoKpiWriter::writeFiredActions(DemoContext& context)
{
    // Profiles started far below 45%: after the third measurement the off-track rule
    // fired. Its action (the campaign) needed the works council and a budget, so it was
    // only closed when the campaign started, months after it was due.
    ActionItem campaignAction;
    campaignAction.description = QStringLiteral(
        "Drempel 'Ingevulde profielen' overschreden (drie metingen onder 45%): profielcampagne "
        "starten met HR.");
    campaignAction.ownerId = context.id(QStringLiteral("stakeholder:hr"));
    campaignAction.created = DemoContext::monthEnd(context.month(2)).addDays(7);
    campaignAction.due = campaignAction.created.addDays(60);
    campaignAction.status = ActionStatus::Done;
    campaignAction.closed = context.month(DemoContext::campaignMonth).addDays(4);
    campaignAction.kpiId = context.id(kpiKey("profiles"));
    campaignAction.ruleId = context.id(ruleKey("profiles", ThresholdStatus::OffTrack));
    if (Outcome outcome = context.add(campaignAction, campaignAction.description); !outcome)
        return outcome;

    // The most recent summer dip took reach below 70% in July and August: two
    // measurements, so the at-risk rule fired once the August export was in.
    int august = DemoContext::usageMonths - 1;
    while (context.month(august).month() != 8)
        --august;
    ActionItem summerAction;
    summerAction.description = QStringLiteral(
        "Drempel 'Bereik: ingelogde medewerkers' overschreden in juli en augustus %1: "
        "achterblijvende afdelingen nagaan en met key users een actie plannen.")
                                   .arg(context.month(august).year());
    summerAction.ownerId = context.id(QStringLiteral("stakeholder:comms"));
    summerAction.created = DemoContext::monthEnd(context.month(august)).addDays(7);
    summerAction.due = summerAction.created.addDays(30);
    const bool recent = summerAction.created.daysTo(context.today()) < 45;
    summerAction.status = recent ? ActionStatus::InProgress : ActionStatus::Done;
    if (!recent)
        summerAction.closed = summerAction.created.addDays(26);
    summerAction.kpiId = context.id(kpiKey("reach"));
    summerAction.ruleId = context.id(ruleKey("reach", ThresholdStatus::AtRisk));
    if (Outcome outcome = context.add(summerAction, summerAction.description); !outcome)
        return outcome;
    return {};
}

} // namespace stuurboord
