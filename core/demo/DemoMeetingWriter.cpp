#include "DemoMeetingWriter.h"

#include "DemoContext.h"
#include "domain/ActionItem.h"
#include "domain/Decision.h"
#include "domain/Meeting.h"
#include "domain/MeetingAttendee.h"
#include "domain/MeetingParticipant.h"
#include "domain/MeetingSeries.h"

#include <iterator>

namespace stuurboord {

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString dutchMonth(int month)
{
    static constexpr const char* names[] = {"januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december"};
    return text(names[month - 1]);
}

struct ActionRow
{
    const char* description;
    const char* owner;
    int dueDays;
    ActionStatus latestStatus; // only used for the most recent meeting; older ones are done
};

struct MeetingRow
{
    const char* location;
    const char* agenda;
    const char* minutes;
    const char* decisions[3];
    ActionRow actions[3];
};

// Oldest first; the first meeting is held in the first month after go-live. Empty
// entries end the lists of decisions and actions.
constexpr MeetingRow meetingRows[] = {
    {"Raadhuis, kamer 2.14",
        "1. Terugblik livegang\n2. Meetplan en KPI's\n3. Gebruiksafspraken\n4. Rondvraag",
        "De livegang verliep zonder grote storingen; in de eerste maand logde bijna negen op de "
        "tien medewerkers in. De stuurgroep bespreekt het meetplan en benadrukt: alleen meten "
        "waar we ook op gaan sturen.",
        {"Het meetplan met de KPI's en drempelwaarden wordt vastgesteld.",
            "De coördinator leest elke maand de gebruiksexport van Plein in.", nullptr},
        {{"Meetplan en afspraak over gebruiksstatistieken delen met de OR.", "or", 30,
             ActionStatus::Open},
            {"Welkomstcampagne afronden met een bedankbericht aan de key users.", "comms", 21,
                ActionStatus::Open},
            {nullptr, nullptr, 0, ActionStatus::Open}}},
    {"Teams", "1. Eerste kwartaalcijfers\n2. Ervaringen redacteuren\n3. Tevredenheidspeiling",
        "Het bereik zakt na de piek van de livegang naar ruim zeventig procent, zoals verwacht. "
        "Redacteuren vragen om meer ondersteuning bij het schrijven voor het web.",
        {"In het komende kwartaal volgen alle redacteuren een workshop.",
            "Elk kwartaal wordt een korte tevredenheidspeiling uitgezet.", nullptr},
        {{"Workshops voor redacteuren plannen en aankondigen.", "comms", 45, ActionStatus::Open},
            {"Vragenlijst voor de kwartaalpeiling opstellen.", "hr", 30, ActionStatus::Open},
            {nullptr, nullptr, 0, ActionStatus::Open}}},
    {"Raadhuis, kamer 2.14",
        "1. Voortgang KPI's\n2. Voorstel 'Vraag het de collega'\n3. Backlog fase twee",
        "Medewerkers stellen weinig vragen op Plein; kennis zit in mailboxen. De leverancier "
        "presenteert de functie 'Vraag het de collega'. Publiekszaken wil als eerste meedoen.",
        {"De functie 'Vraag het de collega' wordt aangezet, met Publiekszaken als pilot.", nullptr,
            nullptr},
        {{"Functie 'Vraag het de collega' configureren en testen.", "supplier", 30,
             ActionStatus::Open},
            {"Pilotgroep Publiekszaken starten en vragen binnen een werkdag beantwoorden.",
                "keyuser_pz", 45, ActionStatus::Open},
            {nullptr, nullptr, 0, ActionStatus::Open}}},
    {"Raadhuis, kamer 2.14", "1. Zomerdip en bereik\n2. Begroting en fase twee\n3. Rondvraag",
        "De zomerdip in het bereik is een vakantie-effect en geen reden tot zorg. Zonder "
        "reservering komt fase twee er niet; de concerncontroller adviseert een aparte "
        "budgetregel.",
        {"Voor fase twee wordt volgend jaar een eigen budgetregel opgenomen.",
            "De concerncontroller krijgt twee keer per jaar een overzicht van de uitgaven.",
            nullptr},
        {{"Reservering fase twee opnemen in de conceptbegroting.", "controller", 30,
             ActionStatus::Open},
            {"Backlog fase twee prioriteren volgens MoSCoW.", "it", 45, ActionStatus::Open},
            {nullptr, nullptr, 0, ActionStatus::Open}}},
    {"Gemeentewerf, vergaderruimte",
        "1. Bereik buitendienst\n2. Ingevulde profielen blijven achter\n3. KPI-evaluatie",
        "Beheer Openbare Ruimte blijft achter in bereik. Het aandeel ingevulde profielen staat "
        "op ongeveer een derde, te weinig om expertise te kunnen vinden. De KPI met het "
        "absolute aantal ingelogde medewerkers zegt weinig meer.",
        {"HR en Communicatie starten een profielcampagne; foto's blijven vrijwillig.",
            "Teamleiders van de buitendienst krijgen een workshop en de Plein-app.",
            "De KPI 'Unieke ingelogde medewerkers (aantal)' vervalt."},
        {{"Profielcampagne voorbereiden en afstemmen met de OR.", "hr", 50, ActionStatus::Open},
            {"Plein-app uitrollen op de werktelefoons van de buitendienst.", "it", 60,
                ActionStatus::Open},
            {"Workshops voor teamleiders Beheer Openbare Ruimte geven.", "keyuser_bor", 45,
                ActionStatus::Open}}},
    {"Teams", "1. Tussenstand profielcampagne\n2. Definitie actieve medewerkers\n3. Benchmark",
        "De profielcampagne loopt boven verwachting: het aandeel ingevulde profielen stijgt snel. "
        "Voorstel om 'Actieve medewerkers' te delen door het personeelsbestand in plaats van "
        "door de ingelogde gebruikers, zodat vergelijking met de benchmark mogelijk is.",
        {"De definitie van 'Actieve medewerkers' wordt per volgende maand aangepast.",
            "De gemeente doet mee aan de benchmark intranetgebruik gemeenten.", nullptr},
        {{"Definitiewijziging doorvoeren en als annotatie in de grafieken zetten.", "comms", 30,
             ActionStatus::Open},
            {"Gegevens aanleveren voor de benchmark.", "it", 40, ActionStatus::Open},
            {nullptr, nullptr, 0, ActionStatus::Open}}},
    {"Raadhuis, kamer 2.14",
        "1. Resultaten tevredenheidspeiling\n2. Benchmark\n3. Begroting volgend jaar",
        "De tevredenheid stijgt licht. In de benchmark scoort de gemeente bovengemiddeld op "
        "ingevulde profielen en rond de mediaan op bereik. De licentie stijgt met de indexatie.",
        {"De begroting voor volgend jaar wordt ingediend zoals voorgesteld.", nullptr, nullptr},
        {{"Resultaten van peiling en benchmark publiceren op Plein.", "comms", 21,
             ActionStatus::Open},
            {"Licentie-indexatie verwerken in de begroting.", "controller", 30, ActionStatus::Open},
            {nullptr, nullptr, 0, ActionStatus::Open}}},
    {"Raadhuis, kamer 2.14",
        "1. Bereik en vervolgacties\n2. Voortgang fase twee\n3. Afspraak sites en groepen",
        "Het bereik volgt het bekende patroon met een dip in de vakanties; de afgesproken "
        "vervolgacties lopen. Fase twee ligt op schema. Er "
        "zijn te veel groepen zonder eigenaar; de afspraak over het aanmaken van sites en "
        "groepen moet worden herzien.",
        {"De afspraak over sites en groepen wordt herzien en in de volgende stuurgroep "
         "vastgesteld.",
            "Verouderde pagina's worden na een jaar zonder wijziging aan de eigenaar voorgelegd.",
            nullptr},
        {{"Voorstel voor herziene afspraak over sites en groepen opstellen.", "it", 40,
             ActionStatus::InProgress},
            {"Voorstel voor het archiveren van verouderde pagina's uitwerken.", "comms", 50,
                ActionStatus::Open},
            {"Bereik per afdeling analyseren met de key users.", "keyuser_bor", 30,
                ActionStatus::Open}}},
};

constexpr int pastMeetings = int(std::size(meetingRows));

} // namespace

Outcome DemoMeetingWriter::write(DemoContext& context)
{
    MeetingSeries series;
    series.title = QStringLiteral("Stuurgroep intranet");
    series.cadence = Cadence::Quarterly;
    series.chairId = context.id(QStringLiteral("stakeholder:sponsor"));
    series.purpose = QStringLiteral("Sturen op de doelen van Plein: resultaten en KPI's "
                                    "bespreken, besluiten over vervolgacties, budget en fase "
                                    "twee.");
    if (Outcome outcome = context.add(series, series.title); !outcome)
        return outcome;

    QList<qint64> invited;
    for (const char* key : {"sponsor", "or", "comms", "it", "hr", "manager", "controller"}) {
        MeetingParticipant participant;
        participant.seriesId = series.id;
        participant.stakeholderId = context.id(QStringLiteral("stakeholder:") + text(key));
        if (Outcome outcome = context.add(participant, text(key)); !outcome)
            return outcome;
        invited << participant.stakeholderId;
    }

    for (int n = 0; n <= pastMeetings; ++n) {
        const int quartersAgo = pastMeetings - n; // 0 is the upcoming meeting
        const QDate date = context.meetingDate(quartersAgo);
        Meeting meeting;
        meeting.seriesId = series.id;
        meeting.date = date;
        meeting.title = QStringLiteral("Stuurgroep intranet %1 %2")
                            .arg(dutchMonth(date.month()))
                            .arg(date.year());
        if (quartersAgo == 0) {
            meeting.location = QStringLiteral("Raadhuis, kamer 2.14");
            meeting.agenda = QStringLiteral(
                "1. Vergaderrapport: KPI's en vervolgacties\n2. Herziene afspraak sites en "
                "groepen\n3. Backlog fase twee en budget\n4. KPI-evaluatie\n5. Rondvraag");
            if (Outcome outcome = context.add(meeting, meeting.title); !outcome)
                return outcome;
            continue;
        }
        const MeetingRow& row = meetingRows[n];
        meeting.location = text(row.location);
        meeting.agenda = text(row.agenda);
        meeting.minutes = text(row.minutes);
        if (Outcome outcome = context.add(meeting, meeting.title); !outcome)
            return outcome;
        // Everyone invited came, except the manager of the largest department, who missed
        // every other meeting (so the register has someone whose contact is thin).
        for (qint64 stakeholderId : std::as_const(invited)) {
            if (stakeholderId == context.id(QStringLiteral("stakeholder:manager")) && n % 2 == 1)
                continue;
            MeetingAttendee attendee;
            attendee.meetingId = meeting.id;
            attendee.stakeholderId = stakeholderId;
            if (Outcome outcome = context.add(attendee, meeting.title); !outcome)
                return outcome;
        }

        for (const char* decisionText : row.decisions) {
            if (!decisionText)
                break;
            Decision decision;
            decision.meetingId = meeting.id;
            decision.text = text(decisionText);
            if (Outcome outcome = context.add(decision, decision.text); !outcome)
                return outcome;
        }
        for (const ActionRow& actionRow : row.actions) {
            if (!actionRow.description)
                break;
            ActionItem action;
            action.description = text(actionRow.description);
            action.ownerId = context.id(QStringLiteral("stakeholder:") + text(actionRow.owner));
            action.meetingId = meeting.id;
            action.created = date;
            action.due = date.addDays(actionRow.dueDays);
            if (quartersAgo == 1) {
                action.status = actionRow.latestStatus;
            } else {
                action.status = ActionStatus::Done;
                // Most actions are finished a little before their due date.
                action.closed = date.addDays(actionRow.dueDays - 3 - quartersAgo);
            }
            if (Outcome outcome = context.add(action, action.description); !outcome)
                return outcome;
        }
    }
    return {};
}

} // namespace stuurboord
