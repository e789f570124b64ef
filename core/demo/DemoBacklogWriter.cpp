#include "DemoBacklogWriter.h"

#include "DemoBudgetWriter.h"
#include "DemoContext.h"
#include "domain/BacklogItem.h"
#include "domain/Wish.h"

namespace stuurboord {

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString backlogKey(int number)
{
    return QStringLiteral("backlog:%1").arg(number);
}

struct BacklogRow
{
    const char* title;
    const char* description;
    BacklogOrigin origin;
    const char* goal; // empty: not tied to a goal
    Priority priority;
    int value;
    int effort;
    qint64 costEuro;
    bool phaseTwoBudget; // booked on the phase-two line of its target year
    BacklogStatus status;
    int quarterOffset; // target quarter relative to lastMonth's quarter
};

constexpr BacklogRow backlogRows[] = {
    {"Koppeling met het zaaksysteem",
        "Zaken en taken uit het zaaksysteem tonen op de persoonlijke startpagina; uitgesteld "
        "maatwerk uit de implementatie.",
        BacklogOrigin::DeferredCustomWork, "connect", Priority::Must, 5, 4, 24000, true,
        BacklogStatus::Done, -5},
    {"Plein-app voor de buitendienst",
        "Nieuws, smoelenboek en 'Vraag het de collega' op de werktelefoon, met inloggen via "
        "de telefoon.",
        BacklogOrigin::StakeholderRequest, "reach", Priority::Must, 5, 3, 16000, true,
        BacklogStatus::Done, -4},
    {"Agenda per afdeling",
        "Een gedeelde agenda op elke afdelingssite voor overleggen en "
        "bijeenkomsten.",
        BacklogOrigin::EmployeeWish, "connect", Priority::Should, 3, 2, 9500, true,
        BacklogStatus::Done, -3},
    {"Expertises koppelen aan de opleidingscatalogus",
        "Gevolgde opleidingen verschijnen als voorstel voor expertises op het profiel.",
        BacklogOrigin::StakeholderRequest, "expertise", Priority::Should, 4, 3, 12000, true,
        BacklogStatus::InProgress, 0},
    {"Vragen kunnen volgen in 'Vraag het de collega'",
        "Een vraag van een ander volgen en een melding krijgen bij een nieuw antwoord.",
        BacklogOrigin::EmployeeWish, "expertise", Priority::Must, 4, 2, 6500, true,
        BacklogStatus::InProgress, 0},
    {"Zoeken in documenten van het zaaksysteem",
        "Documenten uit het zaaksysteem doorzoekbaar maken vanuit Plein, met de rechten van "
        "het zaaksysteem.",
        BacklogOrigin::DeferredCustomWork, "expertise", Priority::Should, 4, 5, 28000, true,
        BacklogStatus::Planned, 1},
    {"Automatisch archiveren van verouderde pagina's",
        "Pagina's die een jaar niet zijn gewijzigd worden aan de eigenaar voorgelegd en daarna "
        "gearchiveerd. Zit in de standaardlicentie.",
        BacklogOrigin::SupplierImprovement, "learning", Priority::Should, 3, 2, 0, false,
        BacklogStatus::Planned, 1},
    {"Meldingen bundelen in één dagelijkse e-mail",
        "In plaats van losse e-mails per melding één overzicht per dag.",
        BacklogOrigin::EmployeeWish, "reach", Priority::Could, 3, 2, 4500, true,
        BacklogStatus::Planned, 2},
    {"Meertalige startpagina",
        "Een Engelstalige versie van de startpagina en de belangrijkste HR-pagina's.",
        BacklogOrigin::EmployeeWish, "", Priority::Could, 2, 3, 7000, true, BacklogStatus::Idea, 3},
    {"Welkomstpagina voor nieuwe medewerkers",
        "Een startpunt voor de eerste weken: wie is wie, waar vind ik wat, wie is mijn buddy.",
        BacklogOrigin::StakeholderRequest, "connect", Priority::Should, 4, 2, 5000, true,
        BacklogStatus::Planned, 1},
    {"Berichten uit Teams-kanalen tonen op Plein",
        "Nieuwe leveranciersfunctie: geselecteerde Teams-kanalen als tijdlijn op een site.",
        BacklogOrigin::SupplierImprovement, "connect", Priority::Could, 3, 3, 0, false,
        BacklogStatus::Idea, 2},
    {"Eigen huisstijl voor afdelingssites",
        "Afdelingen willen een eigen kleur en logo; past niet bij één herkenbaar intranet.",
        BacklogOrigin::DeferredCustomWork, "", Priority::Wont, 1, 4, 15000, false,
        BacklogStatus::Rejected, -2},
    {"Smoelenboek op het scherm in de kantine van de werf",
        "Een kioskweergave van nieuws en nieuwe collega's voor wie geen eigen computer heeft.",
        BacklogOrigin::EmployeeWish, "reach", Priority::Could, 2, 3, 6000, true,
        BacklogStatus::Idea, 4},
    {"Kennisbank werkinstructies",
        "Werkinstructies per proces op één plek, met eigenaar en revisiedatum.",
        BacklogOrigin::StakeholderRequest, "learning", Priority::Should, 4, 3, 8000, true,
        BacklogStatus::Idea, 2},
    {"Statistieken per site voor redacteuren",
        "Redacteuren zien zelf hoe vaak hun pagina's worden gelezen.",
        BacklogOrigin::SupplierImprovement, "reach", Priority::Must, 3, 1, 0, false,
        BacklogStatus::Done, -2},
};

struct WishRow
{
    int monthsAgo; // before lastMonth
    int day;
    const char* department;
    WishChannel channel;
    const char* text;
    WishStatus status;
    int backlogNumber; // 1-based row in backlogRows, 0 for none
    const char* declineReason = "";
};

constexpr WishRow wishRows[] = {
    {22, 5, "Publiekszaken", WishChannel::IntranetForm,
        "Graag een agenda per afdeling, nu staan overleggen verspreid in de mail.",
        WishStatus::MovedToBacklog, 3},
    {21, 12, "Beheer Openbare Ruimte", WishChannel::Conversation,
        "Op de werf hebben we geen computer. Kan Plein ook op de telefoon?",
        WishStatus::MovedToBacklog, 2},
    {20, 3, "Sociaal Domein", WishChannel::Email,
        "Ik krijg veel te veel e-mails met meldingen van Plein.", WishStatus::MovedToBacklog, 8},
    {19, 18, "Bedrijfsvoering", WishChannel::IntranetForm,
        "Zoeken vindt oude pagina's eerder dan de nieuwe versie.", WishStatus::Considered, 0},
    {17, 9, "Ruimte", WishChannel::Survey,
        "Kan ik een vraag volgen als een collega hem heeft gesteld?", WishStatus::MovedToBacklog,
        5},
    {16, 25, "Dienstverlening", WishChannel::IntranetForm,
        "Geef afdelingssites een eigen kleur en logo.", WishStatus::Declined, 0,
        "Eén herkenbaar intranet gaat voor; afgesproken in de stuurgroep."},
    {15, 7, "Griffie", WishChannel::Email,
        "Zet de raadsstukken ook op Plein, dan hoef ik niet naar het raadsinformatiesysteem.",
        WishStatus::Considered, 0},
    {14, 14, "Concernstaf", WishChannel::Meeting,
        "Nieuwe collega's weten niet waar ze moeten beginnen: maak een welkomstpagina.",
        WishStatus::MovedToBacklog, 10},
    {13, 2, "Sociaal Domein", WishChannel::Survey,
        "Fijn dat het nieuws nu op één plek staat, ga zo door!", WishStatus::Considered, 0},
    {12, 20, "Publiekszaken", WishChannel::IntranetForm,
        "Een Engelse versie van de startpagina voor onze internationale collega's.",
        WishStatus::MovedToBacklog, 9},
    {11, 11, "Beheer Openbare Ruimte", WishChannel::Conversation,
        "Zet het nieuws en de nieuwe collega's op het scherm in de kantine van de werf.",
        WishStatus::MovedToBacklog, 13},
    {10, 6, "Bedrijfsvoering", WishChannel::Email,
        "Waarom moet ik mijn profiel invullen? Wat gebeurt er met die gegevens?",
        WishStatus::Considered, 0},
    {9, 15, "Ruimte", WishChannel::IntranetForm,
        "Werkinstructies zijn niet te vinden. Graag een kennisbank.", WishStatus::MovedToBacklog,
        14},
    {8, 3, "Sociaal Domein", WishChannel::Survey,
        "Documenten uit het zaaksysteem zou ik graag via Plein vinden.", WishStatus::MovedToBacklog,
        6},
    {6, 22, "Dienstverlening", WishChannel::IntranetForm, "Een donkere modus voor Plein.",
        WishStatus::Declined, 0,
        "Plein volgt de instelling van de browser; de leverancier bouwt geen eigen modus."},
    {5, 8, "Concernstaf", WishChannel::Meeting,
        "Berichten uit onze Teams-kanalen ook op Plein tonen.", WishStatus::Considered, 0},
    {3, 13, "Griffie", WishChannel::Email,
        "Verouderde pagina's zouden automatisch gemarkeerd moeten worden.",
        WishStatus::MovedToBacklog, 7},
    {2, 4, "Publiekszaken", WishChannel::IntranetForm,
        "Kan een vraag in 'Vraag het de collega' ook anoniem?", WishStatus::New, 0},
    {1, 17, "Beheer Openbare Ruimte", WishChannel::Conversation,
        "De app logt steeds uit op de werktelefoon.", WishStatus::New, 0},
    {0, 10, "Ruimte", WishChannel::IntranetForm,
        "Graag een overzicht van alle groepen waar ik lid van ben.", WishStatus::New, 0},
};

} // namespace

Outcome DemoBacklogWriter::write(DemoContext& context)
{
    if (Outcome outcome = writeBacklog(context); !outcome)
        return outcome;
    return writeWishes(context);
}

Outcome DemoBacklogWriter::writeBacklog(DemoContext& context)
{
    const int thisYear = context.lastMonth().year();
    int number = 0;
    for (const BacklogRow& row : backlogRows) {
        const QDate quarter = context.lastMonth().addMonths(3 * row.quarterOffset);
        BacklogItem item;
        item.title = text(row.title);
        item.description = text(row.description);
        item.origin = row.origin;
        item.goalId = *row.goal ? context.id(QStringLiteral("goal:") + text(row.goal)) : 0;
        item.priority = row.priority;
        item.value = row.value;
        item.effort = row.effort;
        item.estimatedCostCents = row.costEuro * 100;
        if (row.phaseTwoBudget) {
            // Work for a later year is reserved on this year's line until that year's
            // budget exists.
            const int yearOffset = quarter.year() < thisYear ? -1 : 0;
            item.budgetLineId
                = context.id(DemoBudgetWriter::lineKey(yearOffset, BudgetCategory::PhaseTwo));
        }
        item.status = row.status;
        item.targetQuarter = DemoContext::quarterKey(quarter);
        // Taken up half a year before its quarter; an item that came from a wish is dated
        // by that wish below.
        item.added = qMin(quarter.addMonths(-6), context.today());
        if (Outcome outcome = context.add(item, item.title, backlogKey(++number)); !outcome)
            return outcome;
    }
    return {};
}

Outcome DemoBacklogWriter::writeWishes(DemoContext& context)
{
    for (const WishRow& row : wishRows) {
        const QDate month = context.lastMonth().addMonths(-row.monthsAgo);
        Wish wish;
        wish.received = QDate(month.year(), month.month(), qMin(row.day, month.daysInMonth()));
        wish.department = text(row.department);
        wish.channel = row.channel;
        wish.text = text(row.text);
        wish.status = row.status;
        wish.backlogItemId = row.backlogNumber ? context.id(backlogKey(row.backlogNumber)) : 0;
        wish.declineReason = text(row.declineReason);
        if (Outcome outcome = context.add(wish, wish.text); !outcome)
            return outcome;
        if (wish.backlogItemId == 0)
            continue;
        // The item entered the backlog a week after the wish that asked for it.
        auto backlog = context.workspace().repository<BacklogItem>();
        std::optional<BacklogItem> item = backlog.get(wish.backlogItemId);
        item->added = wish.received.addDays(7);
        if (Outcome outcome = backlog.update(*item); !outcome)
            return DemoContext::failure(BacklogItem::entity().spec().singular(), item->title, outcome);
    }
    return {};
}

} // namespace stuurboord
