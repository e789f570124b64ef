#include "DemoPeopleWriter.h"

#include "DemoContext.h"
#include "domain/Agreement.h"
#include "domain/Goal.h"
#include "domain/Stakeholder.h"

namespace stuurboord {

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// The first yearly review date after today, for agreements reviewed every year.
QDate nextAnniversary(QDate agreed, QDate today)
{
    QDate date = agreed.addYears(1);
    while (date <= today)
        date = date.addYears(1);
    return date;
}

} // namespace

Outcome DemoPeopleWriter::writeStakeholders(DemoContext& context)
{
    struct Row
    {
        const char* key;
        const char* name;
        const char* role;
        const char* department;
        StakeholderCategory category;
        int influence;
        int interest;
        const char* contact;
        Cadence cadence;
        int daysSinceContact;
        const char* notes;
    };
    // Spread over the influence/interest grid on purpose: the register's grid view should
    // show people to manage closely, keep satisfied, keep informed and monitor.
    static constexpr Row rows[] = {
        {"sponsor", "Marieke van den Berg", "Gemeentesecretaris en algemeen directeur", "Directie",
            StakeholderCategory::Sponsor, 5, 4, "m.vandenberg@dijkstede.example",
            Cadence::Quarterly, 12,
            "Opdrachtgever van Plein. Wil per kwartaal zien of het intranet bijdraagt aan "
            "samenwerking tussen afdelingen."},
        {"or", "Hans Kuipers", "Voorzitter ondernemingsraad", "Ondernemingsraad",
            StakeholderCategory::WorksCouncil, 4, 3, "or@dijkstede.example", Cadence::HalfYearly,
            48,
            "Instemmingsrecht bij systemen die gedrag kunnen volgen (WOR art. 27). Let op "
            "privacy bij gebruiksstatistieken."},
        {"comms", "Sanne Visser", "Teamleider Communicatie", "Concernstaf",
            StakeholderCategory::Communication, 3, 5, "s.visser@dijkstede.example",
            Cadence::Monthly, 5, "Hoofdredacteur van het nieuws op Plein."},
        {"it", "Erik de Groot", "Manager Informatievoorziening", "Bedrijfsvoering",
            StakeholderCategory::It, 4, 2, "e.degroot@dijkstede.example", Cadence::Quarterly, 30,
            "Verantwoordelijk voor koppelingen, inloggen (SSO) en het contract met de "
            "leverancier."},
        {"hr", "Fatima El Amrani", "Senior HR-adviseur", "Bedrijfsvoering", StakeholderCategory::Hr,
            3, 4, "f.elamrani@dijkstede.example", Cadence::Quarterly, 20,
            "Trekker van de profielcampagne; wil expertises koppelen aan de "
            "opleidingscatalogus."},
        {"manager", "Joost Hendriks", "Afdelingsmanager Sociaal Domein", "Sociaal Domein",
            StakeholderCategory::Management, 4, 2, "j.hendriks@dijkstede.example",
            Cadence::HalfYearly, 75, "Grootste afdeling; kritisch over tijdsbesteding aan Plein."},
        {"keyuser_pz", "Linda Bakker", "Key user en redacteur", "Publiekszaken",
            StakeholderCategory::KeyUser, 2, 5, "l.bakker@dijkstede.example", Cadence::Monthly, 8,
            "Beheert de groep 'Vraag het de collega' voor Publiekszaken."},
        {"keyuser_bor", "Ahmed Yilmaz", "Key user buitendienst", "Beheer Openbare Ruimte",
            StakeholderCategory::KeyUser, 1, 4, "a.yilmaz@dijkstede.example", Cadence::Monthly, 15,
            "Helpt collega's op de werf met Plein op de telefoon."},
        {"supplier", "Petra Jansen", "Accountmanager", "Pleinwerk B.V.",
            StakeholderCategory::Supplier, 2, 3, "petra.jansen@pleinwerk.example",
            Cadence::Quarterly, 130,
            "Leverancier van Plein; roadmap-overleg per kwartaal (het laatste is uitgesteld)."},
        {"controller", "Gerrit Mulder", "Concerncontroller", "Concernstaf",
            StakeholderCategory::Other, 3, 1, "g.mulder@dijkstede.example", Cadence::Yearly, 120,
            "Betrokken bij de begroting; wil de licentiekosten per medewerker zien."},
    };
    for (const Row& row : rows) {
        Stakeholder stakeholder;
        stakeholder.name = text(row.name);
        stakeholder.role = text(row.role);
        stakeholder.department = text(row.department);
        stakeholder.category = row.category;
        stakeholder.influence = row.influence;
        stakeholder.interest = row.interest;
        stakeholder.contact = text(row.contact);
        stakeholder.cadence = row.cadence;
        stakeholder.lastContact = context.today().addDays(-row.daysSinceContact);
        stakeholder.notes = text(row.notes);
        const QString key = QStringLiteral("stakeholder:") + text(row.key);
        if (Outcome outcome = context.add(stakeholder, stakeholder.name, key); !outcome)
            return outcome;
    }
    return {};
}

Outcome DemoPeopleWriter::writeGoals(DemoContext& context)
{
    struct Row
    {
        const char* key;
        const char* title;
        const char* description;
        GoalKind kind;
        const char* parent; // a goal written earlier in this table
        const char* owner;
        int horizonYears; // end of the year, counted from lastMonth's year
        GoalStatus status;
    };
    static constexpr Row rows[] = {
        {"connect", "Een platform dat collega's verbindt",
            "Plein is de plek waar collega's elkaar vinden, kennis delen en samen aan "
            "opgaven werken, over de grenzen van afdelingen heen.",
            GoalKind::Abstract, "", "sponsor", 1, GoalStatus::Active},
        {"expertise", "Binnen twee minuten een collega met de juiste expertise vinden",
            "Elke medewerker vindt via het smoelenboek en 'Vraag het de collega' binnen twee "
            "minuten iemand die een vakvraag kan beantwoorden.",
            GoalKind::Concrete, "connect", "hr", 0, GoalStatus::Active},
        {"reach", "Negen van de tien medewerkers bezoeken Plein elke maand",
            "Ook de buitendienst en parttimers lezen het nieuws en de mededelingen op Plein, "
            "zodat de personeelsmail kan verdwijnen.",
            GoalKind::Concrete, "", "comms", 0, GoalStatus::Active},
        {"learning", "Een open, lerende organisatie waarin kennis vanzelf gedeeld wordt",
            "Werkwijzen, handreikingen en lessen uit projecten staan op Plein in plaats van "
            "in persoonlijke mappen.",
            GoalKind::Abstract, "", "manager", 2, GoalStatus::Proposed},
    };
    for (const Row& row : rows) {
        Goal goal;
        goal.title = text(row.title);
        goal.description = text(row.description);
        goal.kind = row.kind;
        goal.parentId = *row.parent ? context.id(QStringLiteral("goal:") + text(row.parent)) : 0;
        goal.ownerId = context.id(QStringLiteral("stakeholder:") + text(row.owner));
        goal.horizon = QDate(context.lastMonth().year() + row.horizonYears, 12, 31);
        goal.status = row.status;
        const QString key = QStringLiteral("goal:") + text(row.key);
        if (Outcome outcome = context.add(goal, goal.title, key); !outcome)
            return outcome;
    }
    return {};
}

Outcome DemoPeopleWriter::writeAgreements(DemoContext& context)
{
    enum class Review
    {
        Yearly,
        Soon
    };
    enum class Anchor
    {
        GoLive,
        Campaign
    };
    struct Row
    {
        const char* title;
        const char* text;
        const char* party;
        const char* stakeholder;
        Anchor anchor;
        int daysFromAnchor;
        Review review;
        AgreementStatus status;
    };
    static constexpr Row rows[] = {
        {"Moderatie van reacties",
            "Reacties verschijnen direct. Communicatie kijkt elke werkdag mee en verwijdert "
            "kwetsende of vertrouwelijke berichten; de schrijver krijgt daarvan persoonlijk "
            "bericht.",
            "Communicatie en ondernemingsraad", "comms", Anchor::GoLive, -21, Review::Yearly,
            AgreementStatus::InForce},
        {"Gebruiksstatistieken alleen op groepsniveau",
            "Gebruikscijfers worden alleen per afdeling en voor de hele organisatie bekeken, "
            "nooit per medewerker. Exports met namen worden bij het inlezen tot aantallen "
            "teruggebracht.",
            "Ondernemingsraad", "or", Anchor::GoLive, -45, Review::Yearly,
            AgreementStatus::InForce},
        {"Wie mag een site of groep aanmaken",
            "Afdelingssites maakt Communicatie aan op verzoek van de manager; groepen mag "
            "iedere medewerker aanmaken, met minstens twee eigenaren. Groepen zonder "
            "activiteit in een halfjaar worden gearchiveerd.",
            "Informatievoorziening en Communicatie", "it", Anchor::GoLive, -14, Review::Soon,
            AgreementStatus::UnderReview},
        {"Profielfoto's zijn vrijwillig",
            "Een profielfoto is welkom maar niet verplicht. Leidinggevenden vragen er niet om "
            "en de profielcampagne telt een profiel ook zonder foto als compleet.",
            "Ondernemingsraad en HR", "or", Anchor::Campaign, -20, Review::Yearly,
            AgreementStatus::InForce},
    };
    for (const Row& row : rows) {
        const QDate anchor = row.anchor == Anchor::GoLive
            ? context.goLive()
            : context.month(DemoContext::campaignMonth);
        Agreement agreement;
        agreement.title = text(row.title);
        agreement.text = text(row.text);
        agreement.party = text(row.party);
        agreement.stakeholderId
            = context.id(QStringLiteral("stakeholder:") + text(row.stakeholder));
        agreement.agreedOn = anchor.addDays(row.daysFromAnchor);
        agreement.nextReview = row.review == Review::Yearly
            ? nextAnniversary(agreement.agreedOn, context.today())
            : context.today().addDays(30);
        agreement.status = row.status;
        if (Outcome outcome = context.add(agreement, agreement.title); !outcome)
            return outcome;
    }
    return {};
}

} // namespace stuurboord
