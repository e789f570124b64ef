<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Agenda</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation>Rondvraag</translation>
    </message>
    <message>
        <source>Standing point of every meeting.</source>
        <translation>Vast punt van elk overleg.</translation>
    </message>
    <message>
        <source>Opening and introductions</source>
        <translation>Opening en kennismaking</translation>
    </message>
    <message>
        <source>This is the first meeting of the series.</source>
        <translation>Dit is het eerste overleg van de reeks.</translation>
    </message>
    <message>
        <source>The previous meeting was on %1.</source>
        <translation>Het vorige overleg was op %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its action items are still open.</source>
        <translation>
            <numerusform>%n actiepunt daarvan staat nog open.</numerusform>
            <numerusform>%n actiepunten daarvan staan nog open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes and action items of the previous meeting</source>
        <translation>Verslag en actiepunten van het vorige overleg</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>geen eigenaar</translation>
    </message>
    <message>
        <source>“%1” (%2, due %3)</source>
        <translation>“%1” (%2, uiterlijk %3)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue action items (%n)</source>
        <translation>
            <numerusform>Verlopen actiepunten (%n)</numerusform>
            <numerusform>Verlopen actiepunten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Past their due date and still open:</source>
        <translation>Over de deadline en nog open:</translation>
    </message>
    <message>
        <source>Its review was due on %1.</source>
        <translation>De evaluatie stond gepland op %1.</translation>
    </message>
    <message>
        <source>Its review is due on %1, before the next meeting.</source>
        <translation>De evaluatie staat gepland op %1, vóór het volgende overleg.</translation>
    </message>
    <message>
        <source>Review agreement “%1”</source>
        <translation>Afspraak “%1” evalueren</translation>
    </message>
    <message>
        <source>Sponsorship of the intranet</source>
        <translation>Sponsorschap van het intranet</translation>
    </message>
    <message numerus="yes">
        <source>Stakeholders without recent contact (%n)</source>
        <translation>
            <numerusform>Belanghebbenden zonder recent contact (%n)</numerusform>
            <numerusform>Belanghebbenden zonder recent contact (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KPIs off track or at risk (%n)</source>
        <translation>
            <numerusform>KPI&apos;s uit koers of in gevaar (%n)</numerusform>
            <numerusform>KPI&apos;s uit koers of in gevaar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up actions fired by threshold rules (%n)</source>
        <translation>
            <numerusform>Vervolgacties door drempelwaarden (%n)</numerusform>
            <numerusform>Vervolgacties door drempelwaarden (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue measurement moments (%n)</source>
        <translation>
            <numerusform>Verlopen meetmomenten (%n)</numerusform>
            <numerusform>Verlopen meetmomenten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Budget warnings (%n)</source>
        <translation>
            <numerusform>Budgetwaarschuwingen (%n)</numerusform>
            <numerusform>Budgetwaarschuwingen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backlog items awaiting a decision (%n)</source>
        <translation>
            <numerusform>Backlogitems die op een besluit wachten (%n)</numerusform>
            <numerusform>Backlogitems die op een besluit wachten (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionCollector</name>
    <message>
        <source>“%1” is off track in %2: %3</source>
        <translation>“%1” is uit koers in %2: %3</translation>
    </message>
    <message>
        <source>“%1” is at risk in %2: %3</source>
        <translation>“%1” is in gevaar in %2: %3</translation>
    </message>
    <message>
        <source>%1 against a target of %2.</source>
        <translation>%1 tegen een streefwaarde van %2.</translation>
    </message>
    <message>
        <source>Follow-up action for “%1”, overdue since %2: %3</source>
        <translation>Vervolgactie voor “%1”, verlopen sinds %2: %3</translation>
    </message>
    <message>
        <source>Follow-up action for “%1”, due %2: %3</source>
        <translation>Vervolgactie voor “%1”, uiterlijk %2: %3</translation>
    </message>
    <message>
        <source>Action item overdue since %1: %2</source>
        <translation>Actiepunt verlopen sinds %1: %2</translation>
    </message>
    <message>
        <source>Measurement of “%1” for %2 is overdue: %3.</source>
        <translation>Meting van “%1” over %2 is te laat: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n later moment(s) too.</source>
        <translation>
            <numerusform>En nog %n later meetmoment.</numerusform>
            <numerusform>En nog %n latere meetmomenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement “%1” was due for review on %2.</source>
        <translation>Afspraak “%1” had op %2 herzien moeten worden.</translation>
    </message>
    <message>
        <source>Agreement “%1” is due for review on %2.</source>
        <translation>Afspraak “%1” moet op %2 herzien worden.</translation>
    </message>
</context>
<context>
    <name>Backlog</name>
    <message>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message numerus="yes">
        <source>%1 has been an idea for %n days without a decision: plan it or reject it.</source>
        <translation>
            <numerusform>%1 is al %n dag een idee zonder besluit: plan het of wijs het af.</numerusform>
            <numerusform>%1 is al %n dagen een idee zonder besluit: plan het of wijs het af.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is planned but has no target quarter.</source>
        <translation>%1 is gepland maar heeft geen doelkwartaal.</translation>
    </message>
    <message>
        <source>%1 was planned for %2, which has passed: plan it again or drop it.</source>
        <translation>%1 was gepland voor %2 en dat is voorbij: plan het opnieuw of laat het vallen.</translation>
    </message>
    <message>
        <source>A wish</source>
        <translation>Een wens</translation>
    </message>
    <message>
        <source>A wish from %1</source>
        <translation>Een wens van %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has waited %n days for an answer.</source>
        <translation>
            <numerusform>%1 wacht al %n dag op antwoord.</numerusform>
            <numerusform>%1 wacht al %n dagen op antwoord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Snelle winst</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Grote klussen</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Tussendoortjes</translation>
    </message>
    <message>
        <source>Money pits</source>
        <translation>Geldputten</translation>
    </message>
    <message>
        <source>High value, little effort: do these first.</source>
        <translation>Veel waarde, weinig inspanning: doe deze eerst.</translation>
    </message>
    <message>
        <source>High value, much effort: plan them and reserve budget.</source>
        <translation>Veel waarde, veel inspanning: plan ze en reserveer budget.</translation>
    </message>
    <message>
        <source>Little value, little effort: do them when there is room.</source>
        <translation>Weinig waarde, weinig inspanning: doe ze als er ruimte is.</translation>
    </message>
    <message>
        <source>Little value, much effort: decline them or rethink them.</source>
        <translation>Weinig waarde, veel inspanning: wijs ze af of bedenk ze opnieuw.</translation>
    </message>
    <message>
        <source>This wish no longer exists.</source>
        <translation>Deze wens bestaat niet meer.</translation>
    </message>
    <message>
        <source>Wish received on %1 by %2:</source>
        <translation>Wens ontvangen op %1 via %2:</translation>
    </message>
    <message>
        <source>Wish from %1, received on %2 by %3:</source>
        <translation>Wens van %1, ontvangen op %2 via %3:</translation>
    </message>
    <message>
        <source>This wish was already moved to the backlog.</source>
        <translation>Deze wens staat al op de backlog.</translation>
    </message>
    <message>
        <source>The wish could not be moved to the backlog.</source>
        <translation>De wens kon niet naar de backlog worden verplaatst.</translation>
    </message>
</context>
<context>
    <name>BenchmarkExchange</name>
    <message>
        <source>The benchmark file could not be written: %1</source>
        <translation>Het benchmarkbestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Het bestand %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>This is not a Stuurboord benchmark file. Ask the peer organisation for the file that Stuurboord exports under Data › Benchmarks.</source>
        <translation>Dit is geen benchmarkbestand van Stuurboord. Vraag de andere organisatie om het bestand dat Stuurboord exporteert onder Gegevens › Benchmarks.</translation>
    </message>
    <message>
        <source>This benchmark file was made by a newer version of Stuurboord.</source>
        <translation>Dit benchmarkbestand is gemaakt met een nieuwere versie van Stuurboord.</translation>
    </message>
    <message>
        <source>Peer organisation (%1, %2), file %3</source>
        <translation>Vergelijkbare organisatie (%1, %2), bestand %3</translation>
    </message>
    <message>
        <source>The benchmark values could not be saved.</source>
        <translation>De benchmarkwaarden konden niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message numerus="yes">
        <source>Other (%n)</source>
        <translation>
            <numerusform>Overig (%n)</numerusform>
            <numerusform>Overig (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>There is no %1 budget to copy.</source>
        <translation>Er is geen begroting %1 om te kopiëren.</translation>
    </message>
    <message>
        <source>The %1 budget already exists; adjust its lines instead.</source>
        <translation>De begroting %1 bestaat al; pas daar de budgetregels aan.</translation>
    </message>
    <message>
        <source>The %1 budget has no lines to copy.</source>
        <translation>De begroting %1 heeft geen budgetregels om te kopiëren.</translation>
    </message>
    <message>
        <source>Draft prepared from the %1 budget; adjust the amounts and approve it.</source>
        <translation>Concept op basis van de begroting %1; pas de bedragen aan en laat het vaststellen.</translation>
    </message>
    <message>
        <source>The %1 budget could not be written.</source>
        <translation>De begroting %1 kon niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>BudgetWarnings</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>‘%1’ (%2)</translation>
    </message>
    <message>
        <source>Budget line %1 is overspent: %2 spent of %3 planned.</source>
        <translation>Budgetregel %1 is overschreden: %2 besteed van %3 begroot.</translation>
    </message>
    <message>
        <source>Budget line %1 is overcommitted: %2 spent and %3 committed to backlog items exceed the %4 planned.</source>
        <translation>Budgetregel %1 is overvraagd: %2 besteed en %3 vastgelegd voor backlogitems is meer dan de %4 begroot.</translation>
    </message>
    <message>
        <source>The %1 budget has no money for phase-two development: without it the backlog does not get built.</source>
        <translation>De begroting %1 heeft geen geld voor doorontwikkeling (fase twee): zonder dat wordt de backlog niet gebouwd.</translation>
    </message>
    <message>
        <source>Backlog item “%1” is %2 at an estimated %3 but has no budget line.</source>
        <translation>Backlogitem ‘%1’ is %2 voor naar schatting %3, maar heeft geen budgetregel.</translation>
    </message>
    <message>
        <source>“%1” (draft %2)</source>
        <translation>‘%1’ (concept %2)</translation>
    </message>
    <message>
        <source>The draft %1 budget has no money for phase-two development: without it the backlog does not get built.</source>
        <translation>De conceptbegroting %1 heeft geen geld voor doorontwikkeling (fase twee): zonder dat wordt de backlog niet gebouwd.</translation>
    </message>
</context>
<context>
    <name>BusinessCase</name>
    <message>
        <source>“%1”: %2 per year, as entered.</source>
        <translation>‘%1’: %2 per jaar, zoals ingevuld.</translation>
    </message>
    <message>
        <source>“%1”: %2 minutes per active user per month, not counted because there are no usage figures for active users.</source>
        <translation>‘%1’: %2 minuten per actieve gebruiker per maand, niet meegeteld omdat er geen gebruikscijfers van actieve gebruikers zijn.</translation>
    </message>
    <message>
        <source>“%1”: %2 minutes saved per active user per month × %3 active users × %4 % of them × 12 months = %5 hours a year, at %6 an hour = %7 per year.</source>
        <translation>‘%1’: %2 minuten tijdwinst per actieve gebruiker per maand × %3 actieve gebruikers × %4 % van hen × 12 maanden = %5 uur per jaar, tegen %6 per uur = %7 per jaar.</translation>
    </message>
    <message>
        <source>Cost in %1: %2 spent, more than the %3 budgeted.</source>
        <translation>Kosten in %1: %2 besteed, meer dan de %3 begroot.</translation>
    </message>
    <message>
        <source>Cost in %1: the budget of %2 (%3 spent so far).</source>
        <translation>Kosten in %1: de begroting van %2 (tot nu toe %3 besteed).</translation>
    </message>
    <message>
        <source>active users</source>
        <translation>actieve gebruikers</translation>
    </message>
    <message>
        <source>unique logged-in users</source>
        <translation>unieke ingelogde gebruikers</translation>
    </message>
    <message numerus="yes">
        <source>Active users: on average %1 a month in %2 (%3, %n months of figures).</source>
        <translation>
            <numerusform>Actieve gebruikers: gemiddeld %1 per maand in %2 (%3, %n maand aan cijfers).</numerusform>
            <numerusform>Actieve gebruikers: gemiddeld %1 per maand in %2 (%3, %n maanden aan cijfers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active users: on average %1 a month over the latest %n months of figures (%3); there are none for %2 yet.</source>
        <translation>
            <numerusform>Actieve gebruikers: gemiddeld %1 per maand over de laatste %n maand met cijfers (%3); voor %2 zijn er nog geen.</numerusform>
            <numerusform>Actieve gebruikers: gemiddeld %1 per maand over de laatste %n maanden met cijfers (%3); voor %2 zijn er nog geen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost per active user: %1 a year, %2 a month.</source>
        <translation>Kosten per actieve gebruiker: %1 per jaar, %2 per maand.</translation>
    </message>
    <message>
        <source>There are no usage figures for active users yet, so the cost per active user is not known.</source>
        <translation>Er zijn nog geen gebruikscijfers van actieve gebruikers, dus de kosten per actieve gebruiker zijn niet bekend.</translation>
    </message>
    <message>
        <source>No benefit assumptions yet: add what the intranet saves to estimate its return.</source>
        <translation>Nog geen batenaannames: vul in wat het intranet bespaart om het rendement te schatten.</translation>
    </message>
    <message>
        <source>%1 more than it costs</source>
        <translation>%1 meer dan het kost</translation>
    </message>
    <message>
        <source>%1 less than it costs</source>
        <translation>%1 minder dan het kost</translation>
    </message>
    <message>
        <source>Estimated return: %1 a year in benefits against %2 cost, %3.</source>
        <translation>Geschat rendement: %1 per jaar aan baten tegenover %2 kosten, %3.</translation>
    </message>
    <message>
        <source>Every euro spent returns %1.</source>
        <translation>Elke uitgegeven euro levert %1 op.</translation>
    </message>
</context>
<context>
    <name>BusyWorkspacePrompt</name>
    <message>
        <source>Workspace in use</source>
        <translation>Werkruimte in gebruik</translation>
    </message>
    <message>
        <source>Stuurboord can wait until it is closed there and then open it. If you are sure Stuurboord no longer runs there (for example after a crash), you can open it anyway.</source>
        <translation>Stuurboord kan wachten tot de werkruimte daar is gesloten en haar dan openen. Als zeker is dat Stuurboord daar niet meer draait (bijvoorbeeld na een crash), kan de werkruimte ook meteen worden geopend.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the workspace. Stuurboord can wait until the other program is done and then open it.</source>
        <translation>Er is niets mis met de werkruimte. Stuurboord kan wachten tot het andere programma klaar is en haar dan openen.</translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation>&amp;Wachten</translation>
    </message>
    <message>
        <source>&amp;Open Anyway</source>
        <translation>&amp;Toch openen</translation>
    </message>
    <message>
        <source>Waiting for the workspace</source>
        <translation>Wachten op de werkruimte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%1

Waiting until it is free… (%n second(s))</source>
        <translation>
            <numerusform>%1

Wachten tot ze vrij is… (%n seconde)</numerusform>
            <numerusform>%1

Wachten tot ze vrij is… (%n seconden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>chart</source>
        <translation>grafiek</translation>
    </message>
    <message>
        <source>Chart made with Stuurboord</source>
        <translation>Grafiek gemaakt met Stuurboord</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Grafiek exporteren als SVG</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Grafiek exporteren als PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-afbeeldingen (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation>Grafiek niet geëxporteerd</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to.</source>
        <translation>De grafiek kon niet worden opgeslagen in %1. Kies een map waarin je mag schrijven.</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporteren als PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exporteren als SVG…</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Grafiek kopiëren</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Delete %1 “%2”</source>
        <translation>%1 “%2” verwijderen</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source>Remove import of %1</source>
        <translation>Import van %1 verwijderen</translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation>%1 “%2” toevoegen</translation>
    </message>
    <message>
        <source>Edit %1 “%2”</source>
        <translation>%1 “%2” wijzigen</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importgeschiedenis</translation>
    </message>
    <message>
        <source>Taking the import of %1 out…</source>
        <translation>De import van %1 wordt eruit gehaald…</translation>
    </message>
    <message>
        <source>Taking the imported figures out…</source>
        <translation>De geïmporteerde cijfers worden eruit gehaald…</translation>
    </message>
    <message>
        <source>Putting the imported figures back…</source>
        <translation>De geïmporteerde cijfers worden teruggezet…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>new, demo, check, or a workspace to open.</source>
        <translation>new, demo, check of een werkruimte om te openen.</translation>
    </message>
    <message>
        <source>Run “stuurboord --help” for the usage.</source>
        <translation>Voer “stuurboord --help” uit voor het gebruik.</translation>
    </message>
    <message>
        <source>Usage: stuurboord new PATH [--name ORGANISATION]</source>
        <translation>Gebruik: stuurboord new PATH [--name ORGANISATION]</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Mijn organisatie</translation>
    </message>
    <message>
        <source>Created workspace %1 for %2.</source>
        <translation>Werkruimte %1 aangemaakt voor %2.</translation>
    </message>
    <message>
        <source>Usage: stuurboord demo PATH [--as-of YYYY-MM]</source>
        <translation>Gebruik: stuurboord demo PATH [--as-of YYYY-MM]</translation>
    </message>
    <message>
        <source>--as-of needs a month such as 2026-10.</source>
        <translation>--as-of verwacht een maand, zoals 2026-10.</translation>
    </message>
    <message>
        <source>Wrote the demo workspace to %1 (usage data up to %2).</source>
        <translation>Demowerkruimte geschreven naar %1 (gebruiksgegevens tot en met %2).</translation>
    </message>
    <message>
        <source>Usage: stuurboord check WORKSPACE</source>
        <translation>Gebruik: stuurboord check WORKSPACE</translation>
    </message>
    <message>
        <source>Organisation name for a new workspace.</source>
        <translation>Naam van de organisatie voor een nieuwe werkruimte.</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>Last month of demo usage data.</source>
        <translation>Laatste maand met gebruiksgegevens in de demo.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Onbekende opdracht “%1”.</translation>
    </message>
    <message>
        <source>Open the application with the demo workspace.</source>
        <translation>De toepassing openen met de demowerkruimte.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>Profiel: %1 (%2)</translation>
    </message>
    <message>
        <source>Rows read: %1; figures: %2; rows rejected: %3</source>
        <translation>Regels gelezen: %1; cijfers: %2; regels afgewezen: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Meetwaarden: %1</translation>
    </message>
    <message>
        <source>Periods: %1 to %2</source>
        <translation>Perioden: %1 tot en met %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Proefrun: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Written: %1 figures (%2 replaced, %3 skipped).</source>
        <translation>Opgeslagen: %1 cijfers (%2 vervangen, %3 overgeslagen).</translation>
    </message>
    <message>
        <source>Usage: stuurboord metrics WORKSPACE [--period YYYY-MM] [--metric KEY] [--json]</source>
        <translation>Gebruik: stuurboord metrics WORKSPACE [--period YYYY-MM] [--metric KEY] [--json]</translation>
    </message>
    <message>
        <source>--period needs a month such as 2026-03 here.</source>
        <translation>--period verwacht hier een maand, zoals 2026-03.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Meetwaarde</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <source>Usage: stuurboord benchmark export|import WORKSPACE FILE</source>
        <translation>Gebruik: stuurboord benchmark export|import WORKSPACE FILE</translation>
    </message>
    <message>
        <source>Wrote the anonymised benchmark file %1.</source>
        <translation>Geanonimiseerd benchmarkbestand %1 geschreven.</translation>
    </message>
    <message>
        <source>Added %1 benchmark values; %2 were already there.</source>
        <translation>%1 benchmarkwaarden toegevoegd; %2 waren er al.</translation>
    </message>
    <message>
        <source>Usage: stuurboord kpis WORKSPACE [--period P] [--json]</source>
        <translation>Gebruik: stuurboord kpis WORKSPACE [--period P] [--json]</translation>
    </message>
    <message>
        <source>--period needs a period such as 2026-03, 2026-Q1, 2026-H2 or 2026.</source>
        <translation>--period verwacht een periode zoals 2026-03, 2026-Q1, 2026-H2 of 2026.</translation>
    </message>
    <message>
        <source>Only this period (YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY).</source>
        <translation>Alleen deze periode (YYYY-MM, YYYY-Qn, YYYY-Hn of YYYY).</translation>
    </message>
    <message>
        <source>Only this metric (its key, e.g. page_views).</source>
        <translation>Alleen deze meetwaarde (de sleutel, bijvoorbeeld page_views).</translation>
    </message>
    <message>
        <source>Show what an import would do without writing anything.</source>
        <translation>Laat zien wat een import zou doen, zonder iets op te slaan.</translation>
    </message>
    <message>
        <source>Replace figures already in the workspace for the same metric and month.</source>
        <translation>Vervang cijfers die al in de werkruimte staan voor dezelfde meetwaarde en maand.</translation>
    </message>
    <message>
        <source>Keep figures already in the workspace; skip those rows.</source>
        <translation>Behoud cijfers die al in de werkruimte staan; sla die regels over.</translation>
    </message>
    <message>
        <source>Import a file again even though these exact bytes were imported before.</source>
        <translation>Importeer een bestand opnieuw, ook al is precies dit bestand al eerder geïmporteerd.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Toon JSON in plaats van een tabel.</translation>
    </message>
    <message>
        <source>Choose either --replace or --skip-existing.</source>
        <translation>Kies --replace of --skip-existing, niet allebei.</translation>
    </message>
    <message>
        <source>… and %1 more rejected rows</source>
        <translation>… en nog %1 afgewezen rijen</translation>
    </message>
    <message>
        <source>Usage: stuurboord import WORKSPACE FILE... [--profile NAME] [--period YYYY-MM] [--table N] [--sheet NAME] [--dry-run] [--replace|--skip-existing] [--force] [--json]</source>
        <translation>Gebruik: stuurboord import WORKSPACE FILE... [--profile NAME] [--period YYYY-MM] [--table N] [--sheet NAME] [--dry-run] [--replace|--skip-existing] [--force] [--json]</translation>
    </message>
    <message>
        <source>Read the file with this import profile instead of recognising one.</source>
        <translation>Lees het bestand met dit importprofiel, in plaats van zelf een profiel te herkennen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Which table of a file with several tables to import (1, 2, …).</source>
        <translation>Welke tabel van een bestand met meerdere tabellen wordt geïmporteerd (1, 2, …).</translation>
    </message>
    <message>
        <source>Which sheet of an Excel workbook to import.</source>
        <translation>Welk werkblad van een Excel-werkmap wordt geïmporteerd.</translation>
    </message>
    <message>
        <source>The text encoding of the file (UTF-8, UTF-16LE, UTF-16BE, Windows-1252) when detection is wrong.</source>
        <translation>De tekstcodering van het bestand (UTF-8, UTF-16LE, UTF-16BE, Windows-1252) als de herkenning niet klopt.</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”; use UTF-8, UTF-16LE, UTF-16BE or Windows-1252.</source>
        <translation>Onbekende codering “%1”; gebruik UTF-8, UTF-16LE, UTF-16BE of Windows-1252.</translation>
    </message>
    <message>
        <source>Usage: stuurboord imports WORKSPACE [--json]</source>
        <translation>Gebruik: stuurboord imports WORKSPACE [--json]</translation>
    </message>
    <message>
        <source>%1  %2  %3 (%4)</source>
        <translation>%1  %2  %3 (%4)</translation>
    </message>
    <message>
        <source>%1 to %2; %3 figures; %4 earlier figures replaced</source>
        <translation>%1 t/m %2; %3 cijfers; %4 eerdere cijfers vervangen</translation>
    </message>
    <message>
        <source>Usage: stuurboord remove-import WORKSPACE ID (see “stuurboord imports”)</source>
        <translation>Gebruik: stuurboord remove-import WORKSPACE ID (zie “stuurboord imports”)</translation>
    </message>
    <message>
        <source>Removed import %1: %2 figures taken out, %3 earlier figures back.</source>
        <translation>Import %1 verwijderd: %2 cijfers eruit gehaald, %3 eerdere cijfers terug.</translation>
    </message>
    <message>
        <source>line %1 left out: %2</source>
        <translation>regel %1 weggelaten: %2</translation>
    </message>
    <message>
        <source>Usage: stuurboord backup WORKSPACE DEST</source>
        <translation>Gebruik: stuurboord backup WORKSPACE DEST</translation>
    </message>
    <message>
        <source>Wrote a checked backup to %1.</source>
        <translation>Een gecontroleerde back-up geschreven naar %1.</translation>
    </message>
    <message>
        <source>Usage: stuurboord restore BACKUP WORKSPACE</source>
        <translation>Gebruik: stuurboord restore BACKUP WORKSPACE</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 teruggezet uit %2.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>Het vervangen bestand is bewaard als %1.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 en nog %2</translation>
    </message>
    <message>
        <source>Partial months completed (their earlier figures replaced): %1</source>
        <translation>Onvolledige maanden aangevuld (hun eerdere cijfers vervangen): %1</translation>
    </message>
    <message>
        <source>(incomplete: %1)</source>
        <translation>(onvolledig: %1)</translation>
    </message>
    <message>
        <source>Usage: stuurboord export WORKSPACE TABLE --out FILE.csv</source>
        <translation>Gebruik: stuurboord export WERKRUIMTE TABEL --out BESTAND.csv</translation>
    </message>
    <message>
        <source>Unknown table “%1”.</source>
        <translation>Onbekende tabel ‘%1’.</translation>
    </message>
    <message>
        <source>TABLE is one of: %1</source>
        <translation>TABEL is een van: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows of %1 to %2.</source>
        <translation>
            <numerusform>%n rij van %1 geschreven naar %2.</numerusform>
            <numerusform>%n rijen van %1 geschreven naar %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file to write (export).</source>
        <translation>Het CSV-bestand dat geschreven wordt (export).</translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n second(s) for it to be free…</source>
        <translation>
            <numerusform>Stuurboord wacht maximaal %n seconde tot ze vrij is…</numerusform>
            <numerusform>Stuurboord wacht maximaal %n seconden tot ze vrij is…</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again when it is done, or add --wait SECONDS to wait for it.</source>
        <translation>Probeer het opnieuw als dat klaar is, of voeg --wait SECONDEN toe om erop te wachten.</translation>
    </message>
    <message>
        <source>When another program is changing the workspace, wait up to this many seconds for it.</source>
        <translation>Als een ander programma de werkruimte wijzigt, maximaal zoveel seconden daarop wachten.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDEN</translation>
    </message>
    <message>
        <source>--wait needs a number of seconds, such as 60.</source>
        <translation>--wait verwacht een aantal seconden, bijvoorbeeld 60.</translation>
    </message>
    <message>
        <source>Usage: stuurboord copy FROM TO</source>
        <translation>Gebruik: stuurboord copy FROM TO</translation>
    </message>
    <message>
        <source>%1: %L2 rows…</source>
        <translation>%1: %L2 rijen…</translation>
    </message>
    <message>
        <source>Table                    Rows      Rows in copy  Checksum                          Same</source>
        <translation>Tabel                    Rijen     Rijen in kopie Controlegetal                    Gelijk</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEE</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %L3 rows in %4 tables, each table the same in both.</source>
        <translation>%1 gekopieerd naar %2: %L3 rijen in %4 tabellen, elke tabel in beide gelijk.</translation>
    </message>
    <message>
        <source>Stuurboord: steer your social intranet after go-live.

Without a command it opens the application (optionally on WORKSPACE, or on the
demo workspace with --demo).
Commands:
  new PATH [--name ORGANISATION]   create an empty workspace
  demo PATH [--as-of YYYY-MM]      write the demo workspace
  check WORKSPACE                  check a workspace and describe it
  backup WORKSPACE DEST            write a checked copy (DEST: a file or a folder)
  restore BACKUP WORKSPACE         put a backup in the workspace&apos;s place (the
                                   replaced file is kept beside it)
  copy FROM TO                     copy a workspace between a file and a team
                                   workspace (postgresql://user@server/database),
                                   comparing every table afterwards
  team grant WORKSPACE USER editor|viewer|none
                                   who may change a team workspace, who only reads
  kpis WORKSPACE [--period P] [--json]
                                   KPI values, targets, status and follow-up actions
  import WORKSPACE FILE... [--dry-run] [--replace|--skip-existing] [--force] [--json]
                                   import usage exports (one batch per file)
  metrics WORKSPACE [--period YYYY-MM] [--metric KEY] [--json]
                                   imported usage figures per metric and month
  imports WORKSPACE [--json]       the import history: every batch and its figures
  remove-import WORKSPACE ID       take an import out again; figures it replaced
                                   come back
  benchmark export WORKSPACE FILE  write an anonymised benchmark file for peers
  benchmark import WORKSPACE FILE  add a peer&apos;s benchmark file to the benchmarks
  export WORKSPACE TABLE --out FILE.csv
                                   write a table as CSV (UTF-8, for Excel)
  meetings WORKSPACE [--json]      the meetings and their ids, for report --meeting</source>
        <translation>Stuurboord: houd je sociale intranet op koers na de livegang.

Zonder opdracht opent het de toepassing (eventueel met WORKSPACE, of met de
demowerkruimte via --demo).
Opdrachten:
  new PATH [--name ORGANISATION]   een lege werkruimte aanmaken
  demo PATH [--as-of YYYY-MM]      de demowerkruimte schrijven
  check WORKSPACE                  een werkruimte controleren en beschrijven
  backup WORKSPACE DEST            een gecontroleerde kopie schrijven (DEST: bestand of map)
  restore BACKUP WORKSPACE         een back-up op de plaats van de werkruimte zetten (het
                                   vervangen bestand blijft ernaast bewaard)
  copy FROM TO                     een werkruimte kopiëren tussen een bestand en een
                                   teamwerkruimte (postgresql://gebruiker@server/database),
                                   met daarna een vergelijking van elke tabel
  team grant WORKSPACE USER editor|viewer|none
                                   wie een teamwerkruimte mag wijzigen, wie alleen leest
  kpis WORKSPACE [--period P] [--json]
                                   KPI-waarden, streefwaarden, status en vervolgacties
  import WORKSPACE FILE... [--dry-run] [--replace|--skip-existing] [--force] [--json]
                                   gebruiksexports importeren (één batch per bestand)
  metrics WORKSPACE [--period YYYY-MM] [--metric KEY] [--json]
                                   geïmporteerde gebruikscijfers per meetwaarde en maand
  imports WORKSPACE [--json]       de importgeschiedenis: elke batch en zijn cijfers
  remove-import WORKSPACE ID       een import weer verwijderen; cijfers die hij verving
                                   komen terug
  benchmark export WORKSPACE FILE  een geanonimiseerd benchmarkbestand voor vakgenoten schrijven
  benchmark import WORKSPACE FILE  het benchmarkbestand van een vakgenoot toevoegen
  export WORKSPACE TABLE --out FILE.csv
                                   een tabel als CSV schrijven (UTF-8, voor Excel)
  meetings WORKSPACE [--json]      de vergaderingen met hun id (voor report --meeting)</translation>
    </message>
    <message>
        <source>Usage: stuurboord team grant WORKSPACE USER editor|viewer|none</source>
        <translation>Gebruik: stuurboord team grant WORKSPACE USER editor|viewer|none</translation>
    </message>
    <message>
        <source>%1 can now change %2.</source>
        <translation>%1 kan %2 nu wijzigen.</translation>
    </message>
    <message>
        <source>%1 can now read %2, not change it.</source>
        <translation>%1 kan %2 nu lezen, niet wijzigen.</translation>
    </message>
    <message>
        <source>%1 is no longer an editor or viewer of %2.</source>
        <translation>%1 is geen redacteur of lezer van %2 meer.</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>%1 (right axis)</source>
        <translation>%1 (rechteras)</translation>
    </message>
</context>
<context>
    <name>ComparisonData</name>
    <message>
        <source>“%1” is left out: one chart compares at most %2.</source>
        <translation>“%1” is weggelaten: één grafiek vergelijkt er hoogstens %2.</translation>
    </message>
    <message>
        <source>“%1” is left out: its unit (%2) would need a third axis. A chart has two, left and right.</source>
        <translation>“%1” is weggelaten: de eenheid (%2) zou een derde as nodig hebben. Een grafiek heeft er twee, links en rechts.</translation>
    </message>
    <message>
        <source>None of these has values yet.</source>
        <translation>Hiervan zijn nog geen waarden bekend.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo workspace could not be written: %1 “%2”: %3</source>
        <translation>De demowerkruimte kon niet worden geschreven: %1 “%2”: %3</translation>
    </message>
    <message>
        <source>The demo workspace could not be written: the workspace has no organisation profile.</source>
        <translation>De demowerkruimte kon niet worden geschreven: de werkruimte heeft geen organisatieprofiel.</translation>
    </message>
    <message>
        <source>Give the last month of usage data for the demo workspace.</source>
        <translation>Geef de laatste maand met gebruiksgegevens voor de demowerkruimte op.</translation>
    </message>
    <message>
        <source>The demo workspace could not be written: %1</source>
        <translation>De demowerkruimte kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>action item</source>
        <translation>actiepunt</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>actiepunten</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>afspraken</translation>
    </message>
    <message>
        <source>backlog item</source>
        <translation>backlogitem</translation>
    </message>
    <message>
        <source>backlog items</source>
        <translation>backlogitems</translation>
    </message>
    <message>
        <source>benchmark value</source>
        <translation>benchmarkwaarde</translation>
    </message>
    <message>
        <source>benchmark values</source>
        <translation>benchmarkwaarden</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>budgetregel</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>budgetregels</translation>
    </message>
    <message>
        <source>budget year</source>
        <translation>budgetjaar</translation>
    </message>
    <message>
        <source>budget years</source>
        <translation>budgetjaren</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>besluit</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>besluiten</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>uitgave</translation>
    </message>
    <message>
        <source>expenses</source>
        <translation>uitgaven</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>doelstelling</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>doelstellingen</translation>
    </message>
    <message>
        <source>headcount month</source>
        <translation>maand personeelsomvang</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>imports</translation>
    </message>
    <message>
        <source>import profile</source>
        <translation>importprofiel</translation>
    </message>
    <message>
        <source>import profiles</source>
        <translation>importprofielen</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI&apos;s</translation>
    </message>
    <message>
        <source>KPI change</source>
        <translation>KPI-wijziging</translation>
    </message>
    <message>
        <source>target</source>
        <translation>streefwaarde</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>streefwaarden</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>KPI-waarde</translation>
    </message>
    <message>
        <source>KPI values</source>
        <translation>KPI-waarden</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>overleg</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>overleggen</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <source>meeting series</source>
        <translation>overlegreeks</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>meetwaarde</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>meetwaarden</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>waarneming</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>waarnemingen</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>belanghebbende</translation>
    </message>
    <message>
        <source>stakeholders</source>
        <translation>belanghebbenden</translation>
    </message>
    <message>
        <source>threshold rule</source>
        <translation>drempelwaarderegel</translation>
    </message>
    <message>
        <source>threshold rules</source>
        <translation>drempelwaarderegels</translation>
    </message>
    <message>
        <source>wish</source>
        <translation>wens</translation>
    </message>
    <message>
        <source>wishes</source>
        <translation>wensen</translation>
    </message>
    <message>
        <source>event</source>
        <translation>gebeurtenis</translation>
    </message>
    <message>
        <source>events</source>
        <translation>gebeurtenissen</translation>
    </message>
    <message>
        <source>headcount months</source>
        <translation>maanden personeelsomvang</translation>
    </message>
    <message>
        <source>KPI changes</source>
        <translation>KPI-wijzigingen</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>aanwezige</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>aanwezigen</translation>
    </message>
    <message>
        <source>benefit assumption</source>
        <translation>batenaanname</translation>
    </message>
    <message>
        <source>benefit assumptions</source>
        <translation>batenaannames</translation>
    </message>
    <message>
        <source>dismissed signal</source>
        <translation>weggeklikt signaal</translation>
    </message>
    <message>
        <source>dismissed signals</source>
        <translation>weggeklikte signalen</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in uitvoering</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>van kracht</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>in herziening</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lancering</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <source>platform change</source>
        <translation>platformwijziging</translation>
    </message>
    <message>
        <source>definition change</source>
        <translation>definitiewijziging</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>employee wish</source>
        <translation>wens van medewerker</translation>
    </message>
    <message>
        <source>deferred custom work</source>
        <translation>uitgesteld maatwerk</translation>
    </message>
    <message>
        <source>stakeholder request</source>
        <translation>verzoek van belanghebbende</translation>
    </message>
    <message>
        <source>supplier improvement</source>
        <translation>verbetering door leverancier</translation>
    </message>
    <message>
        <source>must have</source>
        <translation>moet</translation>
    </message>
    <message>
        <source>should have</source>
        <translation>zou moeten</translation>
    </message>
    <message>
        <source>could have</source>
        <translation>kan</translation>
    </message>
    <message>
        <source>won&apos;t have</source>
        <translation>niet nu</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>fewer than 250 employees</source>
        <translation>minder dan 250 medewerkers</translation>
    </message>
    <message>
        <source>250 to 999 employees</source>
        <translation>250 tot en met 999 medewerkers</translation>
    </message>
    <message>
        <source>1,000 to 4,999 employees</source>
        <translation>1.000 tot en met 4.999 medewerkers</translation>
    </message>
    <message>
        <source>5,000 employees or more</source>
        <translation>5.000 medewerkers of meer</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>licenties</translation>
    </message>
    <message>
        <source>phase-two development</source>
        <translation>ontwikkeling fase twee</translation>
    </message>
    <message>
        <source>workshops and training</source>
        <translation>workshops en training</translation>
    </message>
    <message>
        <source>inspiration sessions</source>
        <translation>inspiratiesessies</translation>
    </message>
    <message>
        <source>communication and campaigns</source>
        <translation>communicatie en campagnes</translation>
    </message>
    <message>
        <source>consultancy</source>
        <translation>advies</translation>
    </message>
    <message>
        <source>concrete</source>
        <translation>concreet</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>abstract</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>behaald</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>geschrapt</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>percentage</translation>
    </message>
    <message>
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>verhouding</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>hoger is beter</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lager is beter</translation>
    </message>
    <message>
        <source>within a band</source>
        <translation>binnen een bandbreedte</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>formule</translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation>handmatige invoer</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>maandelijks</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>per kwartaal</translation>
    </message>
    <message>
        <source>half-yearly</source>
        <translation>halfjaarlijks</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jaarlijks</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>buiten gebruik</translation>
    </message>
    <message>
        <source>stay at or above</source>
        <translation>op of boven blijven</translation>
    </message>
    <message>
        <source>stay at or below</source>
        <translation>op of onder blijven</translation>
    </message>
    <message>
        <source>increase to</source>
        <translation>stijgen naar</translation>
    </message>
    <message>
        <source>decrease to</source>
        <translation>dalen naar</translation>
    </message>
    <message>
        <source>stay within a band</source>
        <translation>binnen een bandbreedte blijven</translation>
    </message>
    <message>
        <source>step</source>
        <translation>in één stap</translation>
    </message>
    <message>
        <source>linear path</source>
        <translation>geleidelijk (lineair)</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>som</translation>
    </message>
    <message>
        <source>last value</source>
        <translation>laatste waarde</translation>
    </message>
    <message>
        <source>average</source>
        <translation>gemiddelde</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>province</source>
        <translation>provincie</translation>
    </message>
    <message>
        <source>water authority</source>
        <translation>waterschap</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>ziekenhuis</translation>
    </message>
    <message>
        <source>care</source>
        <translation>zorg</translation>
    </message>
    <message>
        <source>housing corporation</source>
        <translation>woningcorporatie</translation>
    </message>
    <message>
        <source>education</source>
        <translation>onderwijs</translation>
    </message>
    <message>
        <source>other government</source>
        <translation>overige overheid</translation>
    </message>
    <message>
        <source>business</source>
        <translation>bedrijfsleven</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>sponsor</translation>
    </message>
    <message>
        <source>management</source>
        <translation>management</translation>
    </message>
    <message>
        <source>key user</source>
        <translation>key-user</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>ICT</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>communicatie</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>works council</source>
        <translation>ondernemingsraad</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>leverancier</translation>
    </message>
    <message>
        <source>none agreed</source>
        <translation>niet afgesproken</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>risico</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>niet op koers</translation>
    </message>
    <message>
        <source>intranet feedback form</source>
        <translation>feedbackformulier op intranet</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>overleg</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>enquête</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>gesprek</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>considered</source>
        <translation>beoordeeld</translation>
    </message>
    <message>
        <source>moved to backlog</source>
        <translation>naar backlog verplaatst</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>op koers</translation>
    </message>
    <message>
        <source>KPI off track</source>
        <translation>KPI uit koers</translation>
    </message>
    <message>
        <source>KPI at risk</source>
        <translation>KPI in gevaar</translation>
    </message>
    <message>
        <source>follow-up action</source>
        <translation>vervolgactie</translation>
    </message>
    <message>
        <source>overdue action item</source>
        <translation>verlopen actiepunt</translation>
    </message>
    <message>
        <source>overdue measurement moment</source>
        <translation>verlopen meetmoment</translation>
    </message>
    <message>
        <source>agreement due for review</source>
        <translation>afspraak toe aan herziening</translation>
    </message>
    <message>
        <source>contact lapsed</source>
        <translation>contact verlopen</translation>
    </message>
    <message>
        <source>no sponsor</source>
        <translation>geen sponsor</translation>
    </message>
    <message>
        <source>budget warning</source>
        <translation>budgetwaarschuwing</translation>
    </message>
    <message>
        <source>backlog item awaiting a decision</source>
        <translation>backlogitem wacht op besluit</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>ter kennisname</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <source>time saved per active user</source>
        <translation>tijdwinst per actieve gebruiker</translation>
    </message>
    <message>
        <source>fixed amount per year</source>
        <translation>vast bedrag per jaar</translation>
    </message>
    <message>
        <source>incomplete period</source>
        <translation>onvolledige periode</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>geen streefwaarde</translation>
    </message>
    <message>
        <source>no thresholds</source>
        <translation>geen drempelwaarden</translation>
    </message>
    <message>
        <source>short of target, within tolerance</source>
        <translation>onder streefwaarde, binnen marge</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>samenvatting</translation>
    </message>
    <message>
        <source>KPI table</source>
        <translation>KPI-tabel</translation>
    </message>
    <message>
        <source>KPI charts</source>
        <translation>KPI-grafieken</translation>
    </message>
    <message>
        <source>usage figures</source>
        <translation>gebruikscijfers</translation>
    </message>
    <message>
        <source>follow-up actions</source>
        <translation>vervolgacties</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>doelstellingen</translation>
    </message>
    <message>
        <source>previous meeting</source>
        <translation>vorige vergadering</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>phase-two backlog</source>
        <translation>backlog fase twee</translation>
    </message>
    <message>
        <source>trend signals</source>
        <translation>trendsignalen</translation>
    </message>
    <message>
        <source>what comes next</source>
        <translation>wat komt er</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>There is no table “%1”.</source>
        <translation>Er is geen tabel ‘%1’.</translation>
    </message>
    <message>
        <source>the table could not be read.</source>
        <translation>de tabel kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Threshold rule</source>
        <translation>Drempelwaarderegel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Wat is afgesproken</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Belanghebbende</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Afgesproken op</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Meetwaarde</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>Priority (MoSCoW)</source>
        <translation>Prioriteit (MoSCoW)</translation>
    </message>
    <message>
        <source>Value (1-5)</source>
        <translation>Waarde (1-5)</translation>
    </message>
    <message>
        <source>Effort (1-5)</source>
        <translation>Inspanning (1-5)</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschatte kosten</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budgetregel</translation>
    </message>
    <message>
        <source>Target quarter</source>
        <translation>Beoogd kwartaal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Size band</source>
        <translation>Omvangsklasse</translation>
    </message>
    <message>
        <source>Metric key</source>
        <translation>Sleutel meetwaarde</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation>Eerste kwartiel</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation>Derde kwartiel</translation>
    </message>
    <message>
        <source>Per employee</source>
        <translation>Per medewerker</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>Budgetjaar</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Begroot</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Parent goal</source>
        <translation>Bovenliggende doelstelling</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Geïmporteerd op</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rijen gelezen</translation>
    </message>
    <message>
        <source>Rows kept</source>
        <translation>Rijen behouden</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Rijen afgewezen</translation>
    </message>
    <message>
        <source>First period</source>
        <translation>Eerste periode</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>Laatste periode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Ingebouwd</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definitie</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Levenscyclus</translation>
    </message>
    <message>
        <source>Reason for retirement</source>
        <translation>Reden buiten gebruik</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Gewijzigd op</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat is gewijzigd</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>From period</source>
        <translation>Vanaf periode</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Soort streefwaarde</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Upper value (band)</source>
        <translation>Bovengrens (bandbreedte)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>KPI version</source>
        <translation>KPI-versie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>Ingevoerd op</translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation>Overlegreeks</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Aggregation over time</source>
        <translation>Aggregatie over tijd</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Begin meetperiode</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>Einde meetperiode</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Intranet platform</source>
        <translation>Intranetplatform</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>Datum livegang</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapporttaal</translation>
    </message>
    <message>
        <source>Intranet coordinator</source>
        <translation>Intranetcoördinator</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Influence (1-5)</source>
        <translation>Invloed (1-5)</translation>
    </message>
    <message>
        <source>Interest (1-5)</source>
        <translation>Belang (1-5)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Agreed meeting cadence</source>
        <translation>Afgesproken overlegfrequentie</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Status when crossed</source>
        <translation>Status bij overschrijding</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Drempelwaarde</translation>
    </message>
    <message>
        <source>Consecutive measurement moments</source>
        <translation>Opeenvolgende meetmomenten</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Eigenaar actie</translation>
    </message>
    <message>
        <source>Days to act</source>
        <translation>Termijn (dagen)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Wish or feedback</source>
        <translation>Wens of feedback</translation>
    </message>
    <message>
        <source>Backlog item</source>
        <translation>Backlogitem</translation>
    </message>
    <message>
        <source>Breach since</source>
        <translation>Overschreden sinds</translation>
    </message>
    <message>
        <source>Added to the backlog</source>
        <translation>Op de backlog gezet</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Baat</translation>
    </message>
    <message>
        <source>Minutes saved per active user per month</source>
        <translation>Minuten tijdwinst per actieve gebruiker per maand</translation>
    </message>
    <message>
        <source>Hourly cost</source>
        <translation>Kosten per uur</translation>
    </message>
    <message>
        <source>Share of active users (%)</source>
        <translation>Deel van de actieve gebruikers (%)</translation>
    </message>
    <message>
        <source>Amount per year</source>
        <translation>Bedrag per jaar</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Dismissed on</source>
        <translation>Weggeklikt op</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Reden van afwijzing</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>The follow-up actions could not be saved.</source>
        <translation>De vervolgacties konden niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>The formula is empty.</source>
        <translation>De formule is leeg.</translation>
    </message>
    <message>
        <source>The formula ends too early; something is missing after the last operator.</source>
        <translation>De formule houdt te vroeg op; na de laatste bewerking ontbreekt iets.</translation>
    </message>
    <message>
        <source>A closing parenthesis is missing.</source>
        <translation>Er ontbreekt een sluithaakje.</translation>
    </message>
    <message>
        <source>There is a parenthesis where none is expected.</source>
        <translation>Er staat een haakje waar dat niet hoort.</translation>
    </message>
    <message>
        <source>There is an operator where a number or metric is expected.</source>
        <translation>Er staat een rekenteken waar een getal of meetwaarde hoort.</translation>
    </message>
    <message>
        <source>An operator (+ - * /) is missing between two values.</source>
        <translation>Tussen twee waarden ontbreekt een rekenteken (+ - * /).</translation>
    </message>
    <message>
        <source>“%1” is not a metric, number or operator.</source>
        <translation>“%1” is geen meetwaarde, getal of rekenteken.</translation>
    </message>
    <message>
        <source>Use a point, not a comma, for decimals in a formula (for example 0.5).</source>
        <translation>Gebruik in een formule een punt voor decimalen, geen komma (bijvoorbeeld 0.5).</translation>
    </message>
    <message>
        <source>“%1” is not a metric of this workspace. Known metrics: %2.</source>
        <translation>“%1” is geen meetwaarde van deze werkruimte. Bekende meetwaarden: %2.</translation>
    </message>
    <message>
        <source>no data for %1</source>
        <translation>geen gegevens voor %1</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>deling door nul</translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <source>No contact with %1 recorded yet (%2 agreed).</source>
        <translation>Nog geen contact met %1 vastgelegd (%2 afgesproken).</translation>
    </message>
    <message>
        <source>No contact with %1 since %2 (%3 agreed; due %4).</source>
        <translation>Geen contact met %1 sinds %2 (%3 afgesproken; uiterlijk %4).</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Dit overleg bestaat niet meer.</translation>
    </message>
    <message>
        <source>The attendees could not be saved.</source>
        <translation>De aanwezigen konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The meeting could not be saved.</source>
        <translation>Het overleg kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Contact lapsed</source>
        <translation>Contact verlopen</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Aandacht</translation>
    </message>
    <message>
        <source>No sponsor: nobody at board or management level is marked as the intranet&apos;s sponsor. Without one, the intranet drifts once the project ends.</source>
        <translation>Geen sponsor: niemand op bestuurs- of directieniveau is als sponsor van het intranet aangemerkt. Zonder sponsor raakt het intranet na afloop van het project op drift.</translation>
    </message>
    <message>
        <source>The sponsor (%1) has influence below board or management level (%2 of 5 or more needed). Look for a sponsor who can decide on budget and priorities.</source>
        <translation>De sponsor (%1) heeft minder invloed dan bestuurs- of directieniveau (%2 van 5 of meer nodig). Zoek een sponsor die over budget en prioriteiten kan beslissen.</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Nauw betrekken</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Tevreden houden</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Informeren</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitoren</translation>
    </message>
    <message>
        <source>Involve them in decisions and meet them regularly.</source>
        <translation>Betrek hen bij besluiten en spreek hen regelmatig.</translation>
    </message>
    <message>
        <source>Ask for their view on what matters to them; do not burden them with detail.</source>
        <translation>Vraag hun mening over wat voor hen belangrijk is; belast hen niet met details.</translation>
    </message>
    <message>
        <source>Share results and plans; they are often the intranet&apos;s best ambassadors.</source>
        <translation>Deel resultaten en plannen; zij zijn vaak de beste ambassadeurs van het intranet.</translation>
    </message>
    <message>
        <source>Keep an eye on them; a short update now and then is enough.</source>
        <translation>Houd hen in het oog; af en toe een korte update is genoeg.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>text that was already decoded</source>
        <translation>tekst die al was gedecodeerd</translation>
    </message>
    <message>
        <source>%1, as you chose</source>
        <translation>%1, zoals gekozen</translation>
    </message>
    <message>
        <source>a quoted field starts here but its closing quote (&quot;) is missing, so the rest of the file would become one value.</source>
        <translation>hier begint een veld tussen aanhalingstekens, maar het sluitende aanhalingsteken (&quot;) ontbreekt, waardoor de rest van het bestand één waarde zou worden.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 kon niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The file has no rows, only blank or comment lines.</source>
        <translation>Het bestand heeft geen regels met gegevens, alleen lege regels of commentaar.</translation>
    </message>
    <message>
        <source>The file has only a header (line %1) and no data rows.</source>
        <translation>Het bestand heeft alleen een kopregel (regel %1) en geen gegevens.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntkomma&apos;s</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>komma&apos;s</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>verticale strepen</translation>
    </message>
    <message>
        <source>%1: the file starts with the line sep=%2</source>
        <translation>%1: het bestand begint met de regel sep=%2</translation>
    </message>
    <message>
        <source>no separator found: the file has one column</source>
        <translation>geen scheidingsteken gevonden: het bestand heeft één kolom</translation>
    </message>
    <message>
        <source>%1: %2 columns on all %3 lines looked at</source>
        <translation>%1: %2 kolommen op alle %3 bekeken regels</translation>
    </message>
    <message>
        <source>%1: %2 columns on %3 of %4 lines looked at</source>
        <translation>%1: %2 kolommen op %3 van de %4 bekeken regels</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; is geen datum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no month %2</source>
        <translation>&quot;%1&quot; is geen datum: er is geen maand %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: %2-%3 has no day %4</source>
        <translation>&quot;%1&quot; is geen datum: %2-%3 heeft geen dag %4</translation>
    </message>
    <message>
        <source>day-month-year</source>
        <translation>dag-maand-jaar</translation>
    </message>
    <message>
        <source>month-day-year</source>
        <translation>maand-dag-jaar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: that ISO week does not exist</source>
        <translation>&quot;%1&quot; is geen datum: die ISO-week bestaat niet</translation>
    </message>
    <message>
        <source>no date has its day and month in doubt</source>
        <translation>bij geen enkele datum zijn dag en maand twijfelachtig</translation>
    </message>
    <message>
        <source>no date shows whether the day or the month comes first (&quot;%1&quot; fits both); read as day-month-year, as is usual in Dutch</source>
        <translation>geen enkele datum laat zien of de dag of de maand eerst komt (&quot;%1&quot; past bij beide); gelezen als dag-maand-jaar, zoals in het Nederlands gebruikelijk is</translation>
    </message>
    <message>
        <source>no date shows whether the day or the month comes first (&quot;%1&quot; fits both); read as %2 by default</source>
        <translation>geen enkele datum laat zien of de dag of de maand eerst komt (&quot;%1&quot; past bij beide); standaard gelezen als %2</translation>
    </message>
    <message>
        <source>dates read as %1 because %2 occurs</source>
        <translation>datums gelezen als %1 omdat %2 voorkomt</translation>
    </message>
    <message>
        <source>The file could not be opened for reading.</source>
        <translation>Het bestand kon niet worden geopend om te lezen.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Het bestand is leeg (0 bytes).</translation>
    </message>
    <message>
        <source>%1: the file starts with its byte order mark</source>
        <translation>%1: het bestand begint met zijn byte-order-markering</translation>
    </message>
    <message>
        <source>UTF-8: the file starts with its byte order mark</source>
        <translation>UTF-8: het bestand begint met zijn byte-order-markering</translation>
    </message>
    <message>
        <source>%1: every other byte is zero, as in UTF-16 text</source>
        <translation>%1: elke tweede byte is nul, zoals in UTF-16-tekst</translation>
    </message>
    <message>
        <source>This is not a text file: it contains control bytes (the first at byte %1). Choose a CSV, TSV or Excel export.</source>
        <translation>Dit is geen tekstbestand: het bevat stuurtekens (de eerste bij byte %1). Kies een CSV-, TSV- of Excel-export.</translation>
    </message>
    <message>
        <source>UTF-8: the text has only plain ASCII characters</source>
        <translation>UTF-8: de tekst bevat alleen gewone ASCII-tekens</translation>
    </message>
    <message>
        <source>UTF-8: the text is valid UTF-8</source>
        <translation>UTF-8: de tekst is geldige UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252: byte 0x%1 on line %2 is not valid UTF-8, and Dutch Excel saves CSV files as Windows-1252</source>
        <translation>Windows-1252: byte 0x%1 op regel %2 is geen geldige UTF-8, en Nederlandse Excel slaat CSV-bestanden op als Windows-1252</translation>
    </message>
    <message>
        <source>Windows-1252: byte %1 of the file is not valid UTF-8, and Dutch Excel saves CSV files as Windows-1252</source>
        <translation>Windows-1252: byte %1 van het bestand is geen geldige UTF-8, en Nederlandse Excel slaat CSV-bestanden op als Windows-1252</translation>
    </message>
    <message>
        <source> (the character set detector suggests %1; choose another encoding if the text looks wrong)</source>
        <translation> (de tekensetherkenning stelt %1 voor; kies een andere codering als de tekst er vreemd uitziet)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is geen getal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as 00:01:48</source>
        <translation>&quot;%1&quot; is geen tijdsduur zoals 00:01:48</translation>
    </message>
    <message>
        <source>a decimal comma (1.234,5)</source>
        <translation>een decimale komma (1.234,5)</translation>
    </message>
    <message>
        <source>a decimal point (1,234.5)</source>
        <translation>een decimale punt (1,234.5)</translation>
    </message>
    <message>
        <source>numbers have no decimals or thousands separators</source>
        <translation>de getallen hebben geen decimalen of scheidingstekens voor duizendtallen</translation>
    </message>
    <message>
        <source>no value shows which convention the numbers use (&quot;%1&quot; fits both); read with %2 by default</source>
        <translation>geen enkele waarde laat zien welke notatie de getallen gebruiken (&quot;%1&quot; past bij beide); standaard gelezen met %2</translation>
    </message>
    <message>
        <source>numbers read with %1 because &quot;%2&quot; occurs</source>
        <translation>getallen gelezen met %1 omdat &quot;%2&quot; voorkomt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit the convention of this column: numbers are read with %2</source>
        <translation>&quot;%1&quot; past niet bij de notatie van deze kolom: getallen worden gelezen met %2</translation>
    </message>
    <message>
        <source>Byte %1 of the file is not valid UTF-8. Choose the encoding Windows-1252 and read the file again.</source>
        <translation>Byte %1 van het bestand is geen geldige UTF-8. Kies de codering Windows-1252 en lees het bestand opnieuw.</translation>
    </message>
    <message>
        <source>a totals row (&quot;%1&quot;), not a period of its own</source>
        <translation>een totaalregel (&quot;%1&quot;), geen eigen periode</translation>
    </message>
    <message>
        <source>the first cell is empty, as in a totals row</source>
        <translation>de eerste cel is leeg, zoals in een totaalregel</translation>
    </message>
    <message>
        <source>This file was already imported on %1 (%2). Nothing was imported again; import it anyway if that is what you want.</source>
        <translation>Dit bestand is al geïmporteerd op %1 (%2). Er is niets opnieuw geïmporteerd; importeer het toch als dat de bedoeling is.</translation>
    </message>
    <message>
        <source>The file holds no figures that can be imported.</source>
        <translation>Het bestand bevat geen cijfers die kunnen worden geïmporteerd.</translation>
    </message>
    <message>
        <source>The workspace already has figures for %1 of the metric-months in this file, for example %2. Choose whether to replace them or to skip those rows; nothing was imported.</source>
        <translation>De werkruimte heeft al cijfers voor %1 van de combinaties van meetwaarde en maand in dit bestand, bijvoorbeeld %2. Kies of ze vervangen worden of dat die regels worden overgeslagen; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Line %1 could not be saved: %2</source>
        <translation>Regel %1 kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>The import could not be saved.</source>
        <translation>De import kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Het bestand %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Stuurboord does not recognise this file: no known export header and no date column. Use the import wizard to tell it which columns hold what.</source>
        <translation>Stuurboord herkent dit bestand niet: geen bekende kopregel van een export en geen datumkolom. Gebruik de importwizard om aan te geven welke kolom wat bevat.</translation>
    </message>
    <message>
        <source>Own spreadsheet</source>
        <translation>Eigen spreadsheet</translation>
    </message>
    <message>
        <source>line %1 has a date, a metric and a value column (one figure per row)</source>
        <translation>regel %1 heeft een kolom voor datum, meetwaarde en waarde (één cijfer per regel)</translation>
    </message>
    <message>
        <source>line %1 has a date column followed by one column per metric</source>
        <translation>regel %1 heeft een datumkolom gevolgd door één kolom per meetwaarde</translation>
    </message>
    <message>
        <source>there is no date in column “%1”</source>
        <translation>er staat geen datum in kolom “%1”</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>de waarde is leeg</translation>
    </message>
    <message>
        <source>“%1” in column “%2”: %3</source>
        <translation>“%1” in kolom “%2”: %3</translation>
    </message>
    <message>
        <source>the metric name is empty</source>
        <translation>de naam van de meetwaarde is leeg</translation>
    </message>
    <message>
        <source>Microsoft 365 SharePoint site usage</source>
        <translation>Microsoft 365 SharePoint-sitegebruik</translation>
    </message>
    <message>
        <source>the header matches Microsoft 365 SharePoint site usage detail</source>
        <translation>de kopregel komt overeen met het detailrapport SharePoint-sitegebruik van Microsoft 365</translation>
    </message>
    <message>
        <source>the %1-day window %2 to %3 counts for %4, the month with most of its days</source>
        <translation>de periode van %1 dagen van %2 tot en met %3 telt voor %4, de maand met de meeste dagen daarvan</translation>
    </message>
    <message>
        <source>site owners&apos; names and addresses are not kept: the sites are added up</source>
        <translation>namen en adressen van site-eigenaren worden niet bewaard: de sites worden opgeteld</translation>
    </message>
    <message>
        <source>the report refresh date or report period is missing or not valid</source>
        <translation>de rapportdatum of rapportperiode ontbreekt of is ongeldig</translation>
    </message>
    <message>
        <source>a count in this row is not a number</source>
        <translation>een aantal in deze regel is geen getal</translation>
    </message>
    <message>
        <source>the header matches a Matomo visits summary (%1)</source>
        <translation>de kopregel komt overeen met een bezoekersoverzicht van Matomo (%1)</translation>
    </message>
    <message>
        <source>The lines starting with # above the table do not give the period the report covers, or its dates cannot be read.</source>
        <translation>De regels boven de tabel die met # beginnen, vermelden niet welke periode het rapport beslaat, of de datums daarin zijn niet leesbaar.</translation>
    </message>
    <message>
        <source>column “%1” dates each row: a row counts for the month of its own day, week or month within the report period %2 to %3</source>
        <translation>kolom “%1” geeft elke rij een datum: een rij telt voor de maand van de eigen dag, week of maand binnen de rapportperiode %2 tot en met %3</translation>
    </message>
    <message>
        <source>%1 is outside the report period %2 to %3</source>
        <translation>%1 valt buiten de rapportperiode %2 tot en met %3</translation>
    </message>
    <message>
        <source>Give the profile a name, so you can recognise it next month.</source>
        <translation>Geef het profiel een naam, zodat het volgende maand te herkennen is.</translation>
    </message>
    <message>
        <source>Choose at least one column that holds figures.</source>
        <translation>Kies ten minste één kolom met cijfers.</translation>
    </message>
    <message>
        <source>The period “%1” is not a month such as 2026-03.</source>
        <translation>De periode “%1” is geen maand zoals 2026-03.</translation>
    </message>
    <message>
        <source>The column “%1” has no metric.</source>
        <translation>De kolom “%1” heeft geen meetwaarde.</translation>
    </message>
    <message>
        <source>The column “%1” cannot be both figures and the period or dimension.</source>
        <translation>De kolom “%1” kan niet tegelijk cijfers bevatten en de periode of dimensie zijn.</translation>
    </message>
    <message>
        <source>The saved import profile cannot be read.</source>
        <translation>Het opgeslagen importprofiel kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>“%1” is not a table number: give 1 for the first table of the file, 2 for the second, and so on.</source>
        <translation>“%1” is geen tabelnummer: geef 1 voor de eerste tabel van het bestand, 2 voor de tweede, enzovoort.</translation>
    </message>
    <message numerus="yes">
        <source>there is no table %1, so nothing was imported: %n table(s) in this file: %2</source>
        <translation>
            <numerusform>er is geen tabel %1, dus er is niets geïmporteerd: %n tabel in dit bestand: %2</numerusform>
            <numerusform>er is geen tabel %1, dus er is niets geïmporteerd: %n tabellen in dit bestand: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in this file: %1; importing table 1 “%2”; choose another with --table</source>
        <translation>
            <numerusform>%n tabel in dit bestand: %1; tabel 1 “%2” wordt geïmporteerd; kies een andere met --table</numerusform>
            <numerusform>%n tabellen in dit bestand: %1; tabel 1 “%2” wordt geïmporteerd; kies een andere met --table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in this file: %1; importing table %2 “%3”, as chosen</source>
        <translation>
            <numerusform>%n tabel in dit bestand: %1; tabel %2 “%3” wordt geïmporteerd, zoals gekozen</numerusform>
            <numerusform>%n tabellen in dit bestand: %1; tabel %2 “%3” wordt geïmporteerd, zoals gekozen</numerusform>
        </translation>
    </message>
    <message>
        <source>Google Analytics 4</source>
        <translation>Google Analytics 4</translation>
    </message>
    <message>
        <source>the preamble has a GA4 start and end date</source>
        <translation>de inleidende regels geven een begin- en einddatum van GA4</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a count such as 0003</source>
        <translation>“%1” in kolom “%2” is geen aantal zoals 0003</translation>
    </message>
    <message>
        <source>“%1” in column “%2” occurs more than once in the report period %3 to %4; export with the column “Date” instead</source>
        <translation>“%1” in kolom “%2” komt meer dan eens voor in de rapportperiode %3 tot en met %4; exporteer in plaats daarvan met de kolom “Date”</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>De import is gestopt; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The profile “%1” does not fit this file: its header was not found.</source>
        <translation>Het profiel “%1” past niet bij dit bestand: de kopregel ervan is niet gevonden.</translation>
    </message>
    <message>
        <source>There is no profile “%1”. Known profiles: %2.</source>
        <translation>Er is geen profiel “%1”. Bekende profielen: %2.</translation>
    </message>
    <message>
        <source>The file %1 changed after it was previewed; nothing was imported. Open it again to see what it holds now.</source>
        <translation>Het bestand %1 is gewijzigd na de voorvertoning; er is niets geïmporteerd. Open het opnieuw om te zien wat het nu bevat.</translation>
    </message>
    <message>
        <source>the header on line %1 matches your saved profile “%2”</source>
        <translation>de kopregel op regel %1 komt overeen met het opgeslagen profiel “%2”</translation>
    </message>
    <message>
        <source>The profile “%1” reads one period per file, but the file name does not say which month. Give the month (for example --period 2026-03).</source>
        <translation>Het profiel “%1” leest één periode per bestand, maar de bestandsnaam vermeldt niet welke maand. Geef de maand op (bijvoorbeeld --period 2026-03).</translation>
    </message>
    <message>
        <source>all figures count for %1</source>
        <translation>alle cijfers tellen voor %1</translation>
    </message>
    <message>
        <source>Matomo visits summary (one period)</source>
        <translation>Bezoekersoverzicht van Matomo (één periode)</translation>
    </message>
    <message>
        <source>the header matches a Matomo visits summary for one period</source>
        <translation>de kopregel komt overeen met een bezoekersoverzicht van Matomo voor één periode</translation>
    </message>
    <message>
        <source>the file name “%1” names the month %2</source>
        <translation>de bestandsnaam “%1” noemt de maand %2</translation>
    </message>
    <message>
        <source>“%1” is not a month: give it as 2026-03.</source>
        <translation>“%1” is geen maand: geef deze op als 2026-03.</translation>
    </message>
    <message>
        <source>the month %1 was given with --period</source>
        <translation>de maand %1 is opgegeven met --period</translation>
    </message>
    <message>
        <source>; the file name names %1, which is not used</source>
        <translation>; de bestandsnaam noemt %1, maar dat wordt niet gebruikt</translation>
    </message>
    <message>
        <source>This Matomo export covers one period but does not say which. Give the month (for example --period 2026-03).</source>
        <translation>Deze Matomo-export beslaat één periode, maar vermeldt niet welke. Geef de maand op (bijvoorbeeld --period 2026-03).</translation>
    </message>
    <message>
        <source>a summary of one period has one row; this further row has no period of its own</source>
        <translation>een overzicht van één periode heeft één rij; deze extra rij heeft geen eigen periode</translation>
    </message>
    <message>
        <source>Microsoft 365 SharePoint activity user detail</source>
        <translation>Microsoft 365 SharePoint-activiteit per gebruiker</translation>
    </message>
    <message>
        <source>the header matches Microsoft 365 SharePoint activity user detail</source>
        <translation>de kopregel komt overeen met Microsoft 365 SharePoint-activiteit per gebruiker</translation>
    </message>
    <message>
        <source>Microsoft 365 Teams user activity user detail</source>
        <translation>Microsoft 365 Teams-gebruikersactiviteit per gebruiker</translation>
    </message>
    <message>
        <source>the header matches Microsoft 365 Teams user activity user detail</source>
        <translation>de kopregel komt overeen met Microsoft 365 Teams-gebruikersactiviteit per gebruiker</translation>
    </message>
    <message>
        <source>the %1 is not a number of zero or more</source>
        <translation>de waarde van %1 is geen getal van nul of meer</translation>
    </message>
    <message>
        <source>a user counts as active in a window when the last activity date falls inside it or a count is above zero; a user listed twice counts once</source>
        <translation>een gebruiker telt als actief in een venster als de laatste activiteitsdatum erin valt of als een aantal groter is dan nul; een gebruiker die twee keer voorkomt, telt één keer</translation>
    </message>
    <message>
        <source>the Report Refresh Date or Report Period is missing or not valid</source>
        <translation>de rapportdatum (Report Refresh Date) of rapportperiode (Report Period) ontbreekt of is ongeldig</translation>
    </message>
    <message>
        <source>the User Principal Name is empty</source>
        <translation>de gebruikersnaam (UPN) is leeg</translation>
    </message>
    <message>
        <source>the Last Activity Date is not a date</source>
        <translation>de laatste activiteitsdatum (Last Activity Date) is geen datum</translation>
    </message>
    <message>
        <source>the row repeats line %1; it is counted once</source>
        <translation>de rij herhaalt regel %1; deze telt één keer</translation>
    </message>
    <message>
        <source>users&apos; names are not kept: their activity is added up per window</source>
        <translation>namen van gebruikers worden niet bewaard: hun activiteit wordt per venster opgeteld</translation>
    </message>
    <message>
        <source>Microsoft 365 Viva Engage activity counts</source>
        <translation>Microsoft 365 Viva Engage-activiteit (aantallen)</translation>
    </message>
    <message>
        <source>the header matches Microsoft 365 Viva Engage activity counts</source>
        <translation>de kopregel komt overeen met Microsoft 365 Viva Engage-activiteit (aantallen)</translation>
    </message>
    <message>
        <source>the Report Date is missing or not a date</source>
        <translation>de rapportdatum (Report Date) ontbreekt of is geen datum</translation>
    </message>
    <message>
        <source>the day %1 was already read on line %2</source>
        <translation>de dag %1 is al gelezen op regel %2</translation>
    </message>
    <message>
        <source>%1: every day of the month is in the file</source>
        <translation>%1: elke dag van de maand staat in het bestand</translation>
    </message>
    <message>
        <source>%1: %2 of the month&apos;s %3 days are in the file; the month is incomplete</source>
        <translation>%1: %2 van de %3 dagen van de maand staan in het bestand; de maand is onvolledig</translation>
    </message>
    <message>
        <source>Microsoft 365 Viva Engage activity user detail</source>
        <translation>Microsoft 365 Viva Engage-activiteit per gebruiker</translation>
    </message>
    <message>
        <source>the header matches Microsoft 365 Viva Engage activity user detail</source>
        <translation>de kopregel komt overeen met Microsoft 365 Viva Engage-activiteit per gebruiker</translation>
    </message>
    <message>
        <source>Made with the import wizard; reads %1.</source>
        <translation>Gemaakt met de importwizard; leest %1.</translation>
    </message>
    <message>
        <source>dates read as %1 because %2 occurs on line %3</source>
        <translation>datums gelezen als %1 omdat %2 voorkomt op regel %3</translation>
    </message>
    <message>
        <source>numbers read with the convention that “%1” on line %2 shows</source>
        <translation>getallen gelezen volgens de notatie die “%1” op regel %2 laat zien</translation>
    </message>
    <message>
        <source>Universal Analytics</source>
        <translation>Universal Analytics</translation>
    </message>
    <message>
        <source>the preamble has a Universal Analytics date range (%1)</source>
        <translation>de inleidende regels geven een datumbereik van Universal Analytics (%1)</translation>
    </message>
    <message>
        <source>The workbook lists sheet “%1”, but the sheet itself (%2) is missing from the file.</source>
        <translation>De werkmap noemt werkblad “%1”, maar het werkblad zelf (%2) ontbreekt in het bestand.</translation>
    </message>
    <message>
        <source>This is an Excel workbook in the old .xls format, or one protected with a password. Open it in Excel and save it as .xlsx without a password, or as CSV.</source>
        <translation>Dit is een Excel-werkmap in de oude .xls-indeling, of een werkmap die met een wachtwoord is beveiligd. Open het bestand in Excel en sla het op als .xlsx zonder wachtwoord, of als CSV.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): it is not a zip archive. Choose an .xlsx file or a CSV export.</source>
        <translation>Dit is geen Excel-werkmap (.xlsx): het is geen zip-archief. Kies een .xlsx-bestand of een CSV-export.</translation>
    </message>
    <message>
        <source>The Excel workbook is damaged or incomplete: its table of contents cannot be read (zip error %1). Was the file copied or downloaded completely?</source>
        <translation>De Excel-werkmap is beschadigd of onvolledig: de inhoudsopgave ervan kan niet worden gelezen (zip-fout %1). Is het bestand volledig gekopieerd of gedownload?</translation>
    </message>
    <message>
        <source>This is a zip file but not an Excel workbook (.xlsx): it has no xl/workbook.xml.</source>
        <translation>Dit is een zip-bestand, maar geen Excel-werkmap (.xlsx): het bevat geen xl/workbook.xml.</translation>
    </message>
    <message>
        <source>The workbook&apos;s list of sheets (xl/workbook.xml) is damaged: %1</source>
        <translation>De lijst met werkbladen van de werkmap (xl/workbook.xml) is beschadigd: %1</translation>
    </message>
    <message>
        <source>The Excel workbook is damaged: it does not say where its sheets are stored (xl/_rels/workbook.xml.rels is missing).</source>
        <translation>De Excel-werkmap is beschadigd: er staat niet in waar de werkbladen zijn opgeslagen (xl/_rels/workbook.xml.rels ontbreekt).</translation>
    </message>
    <message>
        <source>The workbook&apos;s list of sheet locations (xl/_rels/workbook.xml.rels) is damaged: %1</source>
        <translation>De lijst met locaties van de werkbladen van de werkmap (xl/_rels/workbook.xml.rels) is beschadigd: %1</translation>
    </message>
    <message>
        <source>The workbook has no sheet with a table.</source>
        <translation>De werkmap heeft geen werkblad met een tabel.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”. Its sheets are: %2.</source>
        <translation>De werkmap heeft geen werkblad “%1”. De werkbladen zijn: %2.</translation>
    </message>
    <message>
        <source>The Excel workbook is damaged: it lists sheet “%1” but not where it is stored.</source>
        <translation>De Excel-werkmap is beschadigd: werkblad “%1” staat in de lijst, maar niet waar het is opgeslagen.</translation>
    </message>
    <message>
        <source>Sheet “%1” holds a chart, not a table. Its sheets are: %2.</source>
        <translation>Werkblad “%1” bevat een grafiek, geen tabel. De werkbladen zijn: %2.</translation>
    </message>
    <message>
        <source>The workbook&apos;s cell formats (%1) are damaged: %2</source>
        <translation>De celopmaak van de werkmap (%1) is beschadigd: %2</translation>
    </message>
    <message>
        <source>The workbook part %1 could not be unpacked (zip error %2).</source>
        <translation>Het onderdeel %1 van de werkmap kon niet worden uitgepakt (zip-fout %2).</translation>
    </message>
    <message>
        <source>The workbook part %1 unpacks to more than %2 MB, the most Stuurboord reads for it. The file may be damaged, or made to exhaust memory.</source>
        <translation>Het onderdeel %1 van de werkmap is uitgepakt groter dan %2 MB, het maximum dat Stuurboord ervan leest. Het bestand is mogelijk beschadigd, of gemaakt om het geheugen uit te putten.</translation>
    </message>
    <message>
        <source>The workbook part %1 is encrypted. Save the workbook without a password.</source>
        <translation>Het onderdeel %1 van de werkmap is versleuteld. Sla de werkmap op zonder wachtwoord.</translation>
    </message>
    <message>
        <source>The workbook part %1 is damaged: its checksum does not match. Save the workbook again in Excel.</source>
        <translation>Het onderdeel %1 van de werkmap is beschadigd: de controlesom klopt niet. Sla de werkmap opnieuw op in Excel.</translation>
    </message>
    <message>
        <source>Sheet “%1” has a row numbered “%2”, but Excel sheets have rows 1 to 1048576. The file is damaged.</source>
        <translation>Werkblad “%1” heeft een rij met nummer “%2”, maar Excel-werkbladen hebben de rijen 1 tot en met 1048576. Het bestand is beschadigd.</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: “%3” is not a valid cell reference (Excel columns run from A to XFD). The file is damaged.</source>
        <translation>Werkblad “%1”, rij %2: “%3” is geen geldige celverwijzing (Excel-kolommen lopen van A tot en met XFD). Het bestand is beschadigd.</translation>
    </message>
    <message>
        <source>Sheet “%1” has a value in cell %2, but Stuurboord reads tables up to %3 columns wide (column %4). Delete what lies far to the right, or copy the table to a new sheet.</source>
        <translation>Werkblad “%1” heeft een waarde in cel %2, maar Stuurboord leest tabellen tot %3 kolommen breed (kolom %4). Verwijder wat ver naar rechts staat, of kopieer de tabel naar een nieuw werkblad.</translation>
    </message>
    <message>
        <source>Sheet “%1” has more cells than Stuurboord reads (%2, counting empty cells between values); it stopped at row %3. Split the sheet, or export fewer columns.</source>
        <translation>Werkblad “%1” heeft meer cellen dan Stuurboord leest (%2, lege cellen tussen waarden meegeteld); het lezen is gestopt bij rij %3. Splits het werkblad, of exporteer minder kolommen.</translation>
    </message>
    <message>
        <source>Sheet “%1”, cell %2 refers to shared text that the workbook does not have (there is no xl/sharedStrings.xml). The file is damaged.</source>
        <translation>Werkblad “%1”, cel %2 verwijst naar gedeelde tekst die de werkmap niet heeft (er is geen xl/sharedStrings.xml). Het bestand is beschadigd.</translation>
    </message>
    <message numerus="yes">
        <source>Sheet “%1”, cell %2 refers to shared text number %3, but the workbook has only %n shared text(s). The file is damaged.</source>
        <translation>
            <numerusform>Werkblad “%1”, cel %2 verwijst naar gedeelde tekst nummer %3, maar de werkmap heeft maar %n gedeelde tekst. Het bestand is beschadigd.</numerusform>
            <numerusform>Werkblad “%1”, cel %2 verwijst naar gedeelde tekst nummer %3, maar de werkmap heeft maar %n gedeelde teksten. Het bestand is beschadigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet “%1” is damaged near row %2: %3</source>
        <translation>Werkblad “%1” is beschadigd rond rij %2: %3</translation>
    </message>
    <message>
        <source>Sheet “%1” is damaged before its first row: %2</source>
        <translation>Werkblad “%1” is beschadigd vóór de eerste rij: %2</translation>
    </message>
    <message>
        <source>an Excel workbook; its sheet “%1” is read</source>
        <translation>een Excel-werkmap; het werkblad “%1” wordt gelezen</translation>
    </message>
    <message>
        <source>an Excel workbook with the sheets %1; the sheet “%2” is read (choose another with --sheet)</source>
        <translation>een Excel-werkmap met de werkbladen %1; het werkblad “%2” wordt gelezen (kies een ander met --sheet)</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared text table is larger than Stuurboord reads (more than %L1 texts or %L2 characters). Save the sheet as CSV, or split the workbook.</source>
        <translation>De tabel met gedeelde tekst van de werkmap is groter dan Stuurboord leest (meer dan %L1 teksten of %L2 tekens). Sla het werkblad op als CSV, of splits de werkmap.</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared text table (xl/sharedStrings.xml) is damaged: %1</source>
        <translation>De tabel met gedeelde tekst van de werkmap (xl/sharedStrings.xml) is beschadigd: %1</translation>
    </message>
    <message>
        <source>The change to the import history could not be saved.</source>
        <translation>De wijziging in de importgeschiedenis kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>This import is no longer in the workspace.</source>
        <translation>Deze import staat niet meer in de werkruimte.</translation>
    </message>
    <message>
        <source>There is no removed import to put back.</source>
        <translation>Er is geen verwijderde import om terug te zetten.</translation>
    </message>
    <message>
        <source>the file holds too many figures</source>
        <translation>het bestand bevat te veel cijfers</translation>
    </message>
    <message>
        <source>The figures could not be saved: %1</source>
        <translation>De cijfers konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>sheet “%1”: the first sheet, “%2”, holds no table Stuurboord recognises</source>
        <translation>werkblad “%1”: het eerste werkblad, “%2”, bevat geen tabel die Stuurboord herkent</translation>
    </message>
    <message>
        <source>dates read as %1, as the profile “%2” says</source>
        <translation>datums gelezen als %1, zoals het profiel “%2” aangeeft</translation>
    </message>
    <message>
        <source>The file has more than %1 different sites, departments or other dimensions (line %2). Stuurboord keeps usage per site or department, not per page or person. Nothing was imported.</source>
        <translation>Het bestand heeft meer dan %1 verschillende sites, afdelingen of andere dimensies (regel %2). Stuurboord bewaart gebruik per site of afdeling, niet per pagina of persoon. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1: the first line is too long to look at whole; its first part has %2 columns</source>
        <translation>%1: de eerste regel is te lang om helemaal te bekijken; het eerste deel heeft %2 kolommen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: it starts with a sign</source>
        <translation>&quot;%1&quot; is geen datum: het begint met een teken</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Er is geen bestand op %1.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it.</source>
        <translation>%1 is een map; kies een bestand daarin.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a pipe, socket or device), so Stuurboord does not read it: it might wait or read for ever. Save the export as a file and import that.</source>
        <translation>%1 is geen gewoon bestand (het is een pipe, socket of apparaat), dus Stuurboord leest het niet: dat zou eindeloos kunnen wachten of lezen. Sla de export op als bestand en importeer dat.</translation>
    </message>
    <message>
        <source>Stuurboord is not allowed to read %1.</source>
        <translation>Stuurboord mag %1 niet lezen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a usage figure</source>
        <translation>&quot;%1&quot; is te groot voor een gebruikscijfer</translation>
    </message>
    <message>
        <source>The file names more than %1 different metrics, so it is not a usage export Stuurboord can keep. Nothing was imported.</source>
        <translation>Het bestand noemt meer dan %1 verschillende meetwaarden, dus het is geen gebruiksexport die Stuurboord kan bewaren. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The workspace %1 disappeared while importing (its folder was moved or removed), so nothing was saved.</source>
        <translation>De werkruimte %1 verdween tijdens het importeren (de map is verplaatst of verwijderd), dus er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>the totals row (line %1) gives the figures for the whole organisation; the other rows give them per “%2”</source>
        <translation>de totaalregel (regel %1) geeft de cijfers voor de hele organisatie; de andere regels geven ze per “%2”</translation>
    </message>
    <message>
        <source>From %1, line %2, column “%3”.</source>
        <translation>Uit %1, regel %2, kolom “%3”.</translation>
    </message>
    <message>
        <source>the file ends in the middle of this row (an odd number of bytes in a UTF-16 file: its last character is cut off), so it is not imported; the file may have been cut off while downloading</source>
        <translation>het bestand houdt midden in deze regel op (een oneven aantal bytes in een UTF-16-bestand: het laatste teken is afgebroken), dus deze regel wordt niet geïmporteerd; het bestand is misschien bij het downloaden afgebroken</translation>
    </message>
    <message>
        <source>the file ends one byte short of a whole character: every complete row is read, the cut row on line %1 is not</source>
        <translation>het bestand mist één byte van een heel teken: elke volledige regel is gelezen, de afgebroken regel %1 niet</translation>
    </message>
    <message>
        <source>Matomo scheduled report</source>
        <translation>Matomo-rapport per e-mail</translation>
    </message>
    <message>
        <source>reports one after another, each a title above a header of Matomo&apos;s names, as a Matomo scheduled report sends them</source>
        <translation>rapporten na elkaar, elk een titel boven een kopregel met de namen van Matomo, zoals een gepland Matomo-rapport ze verstuurt</translation>
    </message>
    <message>
        <source>report “%1” has one row for the whole period; this further row is not imported</source>
        <translation>rapport “%1” heeft één regel voor de hele periode; deze extra regel wordt niet geïmporteerd</translation>
    </message>
    <message>
        <source>reports imported: %1 (for the whole intranet, and per site or page where the report has a row for each)</source>
        <translation>geïmporteerde rapporten: %1 (voor het hele intranet, en per site of pagina waar het rapport daar een regel voor heeft)</translation>
    </message>
    <message>
        <source>reports left out, with their number of rows: %1; they split the figures by something other than site or page (country, browser, …), which the KPIs do not use</source>
        <translation>weggelaten rapporten, met hun aantal regels: %1; ze verdelen de cijfers naar iets anders dan site of pagina (land, browser, …), wat de KPI&apos;s niet gebruiken</translation>
    </message>
    <message>
        <source>columns ending in _evolution are changes against the period before, not figures</source>
        <translation>kolommen die op _evolution eindigen zijn veranderingen ten opzichte van de vorige periode, geen cijfers</translation>
    </message>
    <message>
        <source>counts distinct people: the days and windows of a month combine by their maximum (or the export&apos;s own monthly figure), never by their sum</source>
        <translation>telt unieke personen: de dagen en perioden van een maand worden gecombineerd tot hun maximum (of het eigen maandcijfer van de export), nooit opgeteld</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of users deleted during the window: their activity counts in the totals and active users, but they are not counted as users in the report</source>
        <translation>
            <numerusform>%n regel van een gebruiker die in de periode is verwijderd: de activiteit telt mee in de totalen en de actieve gebruikers, maar de gebruiker telt niet mee als gebruiker in het rapport</numerusform>
            <numerusform>%n regels van gebruikers die in de periode zijn verwijderd: hun activiteit telt mee in de totalen en de actieve gebruikers, maar ze tellen niet mee als gebruikers in het rapport</numerusform>
        </translation>
    </message>
    <message>
        <source>column “%1” describes the row, not a figure: left out</source>
        <translation>kolom “%1” beschrijft de regel, het is geen cijfer: weggelaten</translation>
    </message>
    <message>
        <source>column “%1” holds notes, not figures: each note becomes an event on its month&apos;s charts and in the meeting pack, and goes again when the import is undone</source>
        <translation>kolom “%1” bevat toelichtingen, geen cijfers: elke toelichting wordt een gebeurtenis bij haar maand in de grafieken en het vergaderrapport, en verdwijnt weer als de import ongedaan wordt gemaakt</translation>
    </message>
    <message>
        <source>; the month is marked incomplete until its other days are imported too</source>
        <translation>; de maand is gemarkeerd als onvolledig tot ook haar andere dagen zijn geïmporteerd</translation>
    </message>
    <message>
        <source>no days</source>
        <translation>geen dagen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 is incomplete (%2)</source>
        <translation>%1 is onvolledig (%2)</translation>
    </message>
    <message>
        <source>its elements are nested more than %1 levels deep, which no spreadsheet program writes</source>
        <translation>de elementen zijn meer dan %1 niveaus diep genest, wat geen spreadsheetprogramma schrijft</translation>
    </message>
    <message>
        <source>Someone else is importing into this team workspace right now. Nothing was imported; try again when their import is done.</source>
        <translation>Iemand anders importeert op dit moment in deze teamwerkruimte. Er is niets geïmporteerd; probeer het opnieuw als die import klaar is.</translation>
    </message>
    <message>
        <source>Someone else is importing into this team workspace right now (%1). Nothing was imported; try again when their import is done.</source>
        <translation>Iemand anders importeert op dit moment in deze teamwerkruimte (%1). Er is niets geïmporteerd; probeer het opnieuw als die import klaar is.</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, sinds %2</translation>
    </message>
    <message>
        <source>The figures could not be written to the disk (%1). Nothing was imported.</source>
        <translation>De cijfers konden niet naar de schijf worden geschreven (%1). Er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>Off track</source>
        <translation>Uit koers</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>In gevaar</translation>
    </message>
    <message>
        <source>Target band</source>
        <translation>Streefbandbreedte</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Benchmark (%1)</source>
        <translation>Benchmark (%1)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Incomplete period</source>
        <translation>Onvolledige periode</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Met de hand ingevoerd</translation>
    </message>
    <message>
        <source>definition v%1</source>
        <translation>definitie v%1</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <source>For %1 the formula gives no value: %2.</source>
        <translation>Voor %1 geeft de formule geen waarde: %2.</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coördinator</translation>
    </message>
    <message>
        <source>At position %1: %2</source>
        <translation>Op positie %1: %2</translation>
    </message>
    <message>
        <source>Needed when the formula, unit, frequency, source or direction changes</source>
        <translation>Nodig als de formule, eenheid, frequentie, bron of richting verandert</translation>
    </message>
    <message>
        <source>Needed when the definition changes</source>
        <translation>Nodig als de definitie verandert</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reden van de wijziging</translation>
    </message>
    <message>
        <source>The definition changes, so this becomes version %1. Say why in “Reason for the change”; the change log keeps it.</source>
        <translation>De definitie verandert, dus dit wordt versie %1. Geef bij “Reden van de wijziging” aan waarom; het wijzigingslog bewaart het.</translation>
    </message>
    <message>
        <source>Add KPI “%1”</source>
        <translation>KPI “%1” toevoegen</translation>
    </message>
    <message>
        <source>Edit KPI “%1”</source>
        <translation>KPI “%1” bewerken</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nieuwe KPI</translation>
    </message>
    <message>
        <source>KPI not saved</source>
        <translation>KPI niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>KpiEvaluator</name>
    <message>
        <source>not entered yet</source>
        <translation>nog niet ingevoerd</translation>
    </message>
    <message>
        <source>no headcount for %1</source>
        <translation>geen personeelsomvang voor %1</translation>
    </message>
    <message>
        <source>%1 is not complete yet: its export was made before the period was over</source>
        <translation>%1 is nog niet compleet: de export is gemaakt voordat de periode voorbij was</translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>€ %1</source>
        <translation>€ %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 procentpunt</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <extracomment>A quarter, e.g. &quot;2026 Q3&quot;; Dutch writes &quot;2026 K3&quot;.</extracomment>
        <translation>%1 K%2</translation>
    </message>
    <message>
        <source>%1 H%2</source>
        <extracomment>A half-year, e.g. &quot;2026 H2&quot;</extracomment>
        <translation>%1 H%2</translation>
    </message>
</context>
<context>
    <name>KpiInputs</name>
    <message>
        <source>no data for %1 in %2</source>
        <translation>geen gegevens voor %1 in %2</translation>
    </message>
</context>
<context>
    <name>KpiOperations</name>
    <message>
        <source>formula “%1” → “%2”</source>
        <translation>formule “%1” → “%2”</translation>
    </message>
    <message>
        <source>unit %1 → %2</source>
        <translation>eenheid %1 → %2</translation>
    </message>
    <message>
        <source>frequency %1 → %2</source>
        <translation>frequentie %1 → %2</translation>
    </message>
    <message>
        <source>source %1 → %2</source>
        <translation>bron %1 → %2</translation>
    </message>
    <message>
        <source>direction %1 → %2</source>
        <translation>richting %1 → %2</translation>
    </message>
    <message>
        <source>Computed with version %1 before the definition changed.</source>
        <translation>Berekend met versie %1, voordat de definitie veranderde.</translation>
    </message>
    <message>
        <source>KPI created</source>
        <translation>KPI aangemaakt</translation>
    </message>
    <message>
        <source>The KPI could not be saved.</source>
        <translation>De KPI kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>This KPI no longer exists.</source>
        <translation>Deze KPI bestaat niet meer.</translation>
    </message>
    <message>
        <source>Say why the definition changes; the change log keeps it.</source>
        <translation>Geef aan waarom de definitie verandert; het wijzigingslog bewaart het.</translation>
    </message>
    <message>
        <source>Definition changed: %1</source>
        <translation>Definitie gewijzigd: %1</translation>
    </message>
    <message>
        <source>Give the reason for the outcome of the review.</source>
        <translation>Geef de reden voor de uitkomst van de evaluatie.</translation>
    </message>
    <message>
        <source>Reviewed: kept</source>
        <translation>Geëvalueerd: behouden</translation>
    </message>
    <message>
        <source>Reviewed: changed</source>
        <translation>Geëvalueerd: gewijzigd</translation>
    </message>
    <message>
        <source>Reviewed: retired</source>
        <translation>Geëvalueerd: buiten gebruik gesteld</translation>
    </message>
    <message>
        <source>The review could not be saved.</source>
        <translation>De evaluatie kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>“%1” is calculated from usage data; its values cannot be entered by hand.</source>
        <translation>“%1” wordt berekend uit gebruiksgegevens; de waarden kunnen niet met de hand worden ingevoerd.</translation>
    </message>
    <message>
        <source>“%1” is measured %2; choose a period such as %3.</source>
        <translation>“%1” wordt %2 gemeten; kies een periode zoals %3.</translation>
    </message>
    <message>
        <source>%1% is outside 0–100% for a percentage. Is that right?</source>
        <translation>%1% ligt buiten 0–100% voor een percentage. Klopt dat?</translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>not yet recorded</source>
        <translation>nog niet vastgelegd</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Vervolgacties</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stuurboord workspaces (*.stuurboord)</source>
        <translation>Stuurboord-werkruimten (*.stuurboord)</translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message>
        <source>Usage figures</source>
        <translation>Gebruikscijfers</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budgetregel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Begroot</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>Top of the phase-two backlog</source>
        <translation>Top van de backlog fase twee</translation>
    </message>
    <message>
        <source>Backlog item</source>
        <translation>Backlogitem</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI&apos;s</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Er is geen vergadering met id %1.</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Vergaderrapport</translation>
    </message>
    <message>
        <source>Meeting pack for %1</source>
        <translation>Vergaderrapport voor %1</translation>
    </message>
    <message>
        <source>The state of affairs on %1</source>
        <translation>De stand van zaken op %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Figures up to</source>
        <translation>Cijfers tot en met</translation>
    </message>
    <message>
        <source>Previous meeting</source>
        <translation>Vorige vergadering</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Volgende vergadering</translation>
    </message>
    <message>
        <source>%1 – meeting pack</source>
        <translation>%1 – vergaderrapport</translation>
    </message>
    <message>
        <source>Meeting pack %1</source>
        <translation>Vergaderrapport %1</translation>
    </message>
    <message>
        <source>Intranet governance of %1 on %2: KPIs, follow-up actions, decisions, budget and backlog</source>
        <translation>Sturing op het intranet van %1 op %2: KPI&apos;s, vervolgacties, besluiten, budget en backlog</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 tegen %2</translation>
    </message>
    <message>
        <source>(follow-up: %1, due %2)</source>
        <translation>(vervolgactie: %1, uiterlijk %2)</translation>
    </message>
    <message>
        <source>(follow-up: %1, %2, due %3)</source>
        <translation>(vervolgactie: %1, %2, uiterlijk %3)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>No KPI could be judged yet on figures from before %1.</source>
        <translation>Nog geen enkele KPI kon worden beoordeeld op cijfers van vóór %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n KPIs on track</source>
        <translation>
            <numerusform>%1 van %n KPI op koers</numerusform>
            <numerusform>%1 van %n KPI&apos;s op koers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n off track: %1</source>
        <translation>
            <numerusform>%n niet op koers: %1</numerusform>
            <numerusform>%n niet op koers: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk: %1</source>
        <translation>
            <numerusform>%n met risico: %1</numerusform>
            <numerusform>%n met risico: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short of target but within tolerance</source>
        <translation>
            <numerusform>%n onder de streefwaarde maar binnen de marge</numerusform>
            <numerusform>%n onder de streefwaarde maar binnen de marge</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures of complete periods up to %1; a month still running or only partly imported is not judged.</source>
        <translation>Cijfers van volledige perioden tot en met %1; een maand die nog loopt of maar deels is ingelezen, wordt niet beoordeeld.</translation>
    </message>
    <message>
        <source>There are no active KPIs.</source>
        <translation>Er zijn geen actieve KPI&apos;s.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Change: against the period before. Each KPI shows its latest complete period before %1.</source>
        <translation>Verandering: ten opzichte van de periode ervoor. Elke KPI toont zijn laatste volledige periode vóór %1.</translation>
    </message>
    <message>
        <source>KPI charts</source>
        <translation>KPI-grafieken</translation>
    </message>
    <message>
        <source>No KPI has figures to chart yet.</source>
        <translation>Nog geen KPI heeft cijfers voor een grafiek.</translation>
    </message>
    <message>
        <source>The last twelve periods up to the pack&apos;s date, with the target, the shaded threshold bands, events and the benchmark where known.</source>
        <translation>De laatste twaalf perioden tot de datum van het rapport, met de streefwaarde, de gekleurde drempelwaarden, gebeurtenissen en de benchmark waar die bekend is.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>niet gemeten</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n on track</source>
        <translation>
            <numerusform>%1 van %n op koers</numerusform>
            <numerusform>%1 van %n op koers</numerusform>
        </translation>
    </message>
    <message>
        <source>no KPI yet</source>
        <translation>nog geen KPI</translation>
    </message>
    <message>
        <source>No goals are written down yet.</source>
        <translation>Er zijn nog geen doelstellingen vastgelegd.</translation>
    </message>
    <message>
        <source>Trend signals</source>
        <translation>Trendsignalen</translation>
    </message>
    <message>
        <source>No trend stands out: no KPI or usage figure moved the same way for several periods, and none left its usual range.</source>
        <translation>Er valt geen trend op: geen KPI of gebruikscijfer bewoog meerdere perioden dezelfde kant op, en geen enkele viel buiten het gebruikelijke bereik.</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>te laat sinds %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>cancelled on %1</source>
        <translation>geannuleerd op %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>afgerond op %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <source>No threshold fired a follow-up action since %1.</source>
        <translation>Sinds %1 heeft geen drempelwaarde een vervolgactie in gang gezet.</translation>
    </message>
    <message>
        <source>Agreed in advance in the KPI&apos;s threshold rules; shown when open on %1 or closed since %2.</source>
        <translation>Vooraf afgesproken in de drempelregels van de KPI; getoond als ze op %1 openstonden of sinds %2 zijn afgesloten.</translation>
    </message>
    <message>
        <source>There is no earlier meeting, so there are no decisions to look back on.</source>
        <translation>Er is geen eerdere vergadering, dus er zijn geen besluiten om op terug te kijken.</translation>
    </message>
    <message>
        <source>Previous meeting: %1</source>
        <translation>Vorige vergadering: %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>Er zijn geen besluiten vastgelegd.</translation>
    </message>
    <message>
        <source>Action items of that meeting</source>
        <translation>Actiepunten van die vergadering</translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation>Er zijn geen actiepunten vastgelegd.</translation>
    </message>
    <message>
        <source>Other open action items</source>
        <translation>Andere openstaande actiepunten</translation>
    </message>
    <message>
        <source>States as they were on %1.</source>
        <translation>De stand zoals die was op %1.</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Wat komt er</translation>
    </message>
    <message>
        <source>Next meeting: %1.</source>
        <translation>Volgende vergadering: %1.</translation>
    </message>
    <message>
        <source>No next meeting is planned yet.</source>
        <translation>Er is nog geen volgende vergadering gepland.</translation>
    </message>
    <message>
        <source>Measurement moment</source>
        <translation>Meetmoment</translation>
    </message>
    <message>
        <source>Measurement moments</source>
        <translation>Meetmomenten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>There is no budget for %1.</source>
        <translation>Er is geen budget voor %1.</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>%1 of %2 spent (%3%) by %4.</source>
        <translation>%1 van %2 besteed (%3%) op %4.</translation>
    </message>
    <message>
        <source>Spent: expenses booked up to and including %1. Committed: the estimated cost of backlog items planned or in progress, as they are now. Left: planned minus committed and spent.</source>
        <translation>Besteed: uitgaven geboekt tot en met %1. Vastgelegd: de geschatte kosten van backlogitems die gepland of in uitvoering zijn, zoals ze nu staan. Resterend: begroot min vastgelegd en besteed.</translation>
    </message>
    <message>
        <source>This budget is still a draft.</source>
        <translation>Deze begroting is nog een concept.</translation>
    </message>
    <message>
        <source>Value / effort</source>
        <translation>Waarde / inspanning</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschatte kosten</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>The phase-two backlog is empty.</source>
        <translation>De backlog fase twee is leeg.</translation>
    </message>
    <message>
        <source>%1 open items in all; by priority (MoSCoW), then value and effort (1–5).</source>
        <translation>%1 open items in totaal; op prioriteit (MoSCoW), dan op waarde en inspanning (1–5).</translation>
    </message>
    <message>
        <source>The backlog as it is on %1: it keeps no history, so it may differ from how it stood on %2.</source>
        <translation>De backlog zoals die er op %1 bij staat: de backlog houdt geen geschiedenis bij, dus op %2 kan die er anders hebben uitgezien.</translation>
    </message>
    <message>
        <source>No complete month of usage figures before %1.</source>
        <translation>Er is geen volledige maand aan gebruikscijfers van vóór %1.</translation>
    </message>
    <message>
        <source>Usage figure</source>
        <translation>Gebruikscijfer</translation>
    </message>
    <message>
        <source>Organisation totals of %1, the last complete month before %2.</source>
        <translation>Totalen van de hele organisatie over %1, de laatste volledige maand vóór %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n figures without a readable name are left out; name them on the Data page.</source>
        <translation>
            <numerusform>%n meetwaarde zonder leesbare naam is weggelaten; geef die een naam op de pagina Gegevens.</numerusform>
            <numerusform>%n meetwaarden zonder leesbare naam zijn weggelaten; geef ze een naam op de pagina Gegevens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Page views</source>
        <translation>Paginaweergaven</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Actieve gebruikers</translation>
    </message>
    <message>
        <source>Unique logged-in users</source>
        <translation>Unieke ingelogde gebruikers</translation>
    </message>
    <message>
        <source>Completed profiles</source>
        <translation>Ingevulde profielen</translation>
    </message>
    <message>
        <source>Pages created</source>
        <translation>Aangemaakte pagina&apos;s</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Gestelde vragen</translation>
    </message>
    <message>
        <source>Unique visitors</source>
        <translation>Unieke bezoekers</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Average visit duration (seconds)</source>
        <translation>Gemiddelde bezoekduur (seconden)</translation>
    </message>
    <message>
        <source>Bounce rate (%)</source>
        <translation>Bouncepercentage (%)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Actions per visit</source>
        <translation>Acties per bezoek</translation>
    </message>
    <message>
        <source>Most actions in one visit</source>
        <translation>Meeste acties in één bezoek</translation>
    </message>
    <message>
        <source>Total visit duration (seconds)</source>
        <translation>Totale bezoekduur (seconden)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>Nieuwe gebruikers</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <source>Views per user</source>
        <translation>Weergaven per gebruiker</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Average engagement time (seconds)</source>
        <translation>Gemiddelde betrokkenheidstijd (seconden)</translation>
    </message>
    <message>
        <source>Unique page views</source>
        <translation>Unieke paginaweergaven</translation>
    </message>
    <message>
        <source>Average time on page (seconds)</source>
        <translation>Gemiddelde tijd op pagina (seconden)</translation>
    </message>
    <message>
        <source>Entrances</source>
        <translation>Instappunten</translation>
    </message>
    <message>
        <source>Exit percentage (%)</source>
        <translation>Uitstappercentage (%)</translation>
    </message>
    <message>
        <source>Page value</source>
        <translation>Paginawaarde</translation>
    </message>
    <message>
        <source>SharePoint page views</source>
        <translation>SharePoint-paginaweergaven</translation>
    </message>
    <message>
        <source>SharePoint pages visited</source>
        <translation>Bezochte SharePoint-pagina&apos;s</translation>
    </message>
    <message>
        <source>SharePoint sites</source>
        <translation>SharePoint-sites</translation>
    </message>
    <message>
        <source>Active SharePoint sites</source>
        <translation>Actieve SharePoint-sites</translation>
    </message>
    <message>
        <source>SharePoint files</source>
        <translation>SharePoint-bestanden</translation>
    </message>
    <message>
        <source>Active SharePoint files</source>
        <translation>Actieve SharePoint-bestanden</translation>
    </message>
    <message>
        <source>SharePoint storage used (bytes)</source>
        <translation>Gebruikte SharePoint-opslag (bytes)</translation>
    </message>
    <message>
        <source>SharePoint files viewed or edited</source>
        <translation>Bekeken of bewerkte SharePoint-bestanden</translation>
    </message>
    <message>
        <source>SharePoint files synced</source>
        <translation>Gesynchroniseerde SharePoint-bestanden</translation>
    </message>
    <message>
        <source>SharePoint files shared internally</source>
        <translation>Intern gedeelde SharePoint-bestanden</translation>
    </message>
    <message>
        <source>SharePoint files shared externally</source>
        <translation>Extern gedeelde SharePoint-bestanden</translation>
    </message>
    <message>
        <source>SharePoint pages visited by users</source>
        <translation>Door gebruikers bezochte SharePoint-pagina&apos;s</translation>
    </message>
    <message>
        <source>Active SharePoint users</source>
        <translation>Actieve SharePoint-gebruikers</translation>
    </message>
    <message>
        <source>SharePoint users in the report</source>
        <translation>SharePoint-gebruikers in het rapport</translation>
    </message>
    <message>
        <source>Active Viva Engage users</source>
        <translation>Actieve Viva Engage-gebruikers</translation>
    </message>
    <message>
        <source>Viva Engage users in the report</source>
        <translation>Viva Engage-gebruikers in het rapport</translation>
    </message>
    <message>
        <source>Viva Engage messages posted</source>
        <translation>Geplaatste Viva Engage-berichten</translation>
    </message>
    <message>
        <source>Viva Engage messages read</source>
        <translation>Gelezen Viva Engage-berichten</translation>
    </message>
    <message>
        <source>Viva Engage messages liked</source>
        <translation>Gelikete Viva Engage-berichten</translation>
    </message>
    <message>
        <source>Active Teams users</source>
        <translation>Actieve Teams-gebruikers</translation>
    </message>
    <message>
        <source>Teams users in the report</source>
        <translation>Teams-gebruikers in het rapport</translation>
    </message>
    <message>
        <source>Teams team chat messages</source>
        <translation>Teamchatberichten in Teams</translation>
    </message>
    <message>
        <source>Teams private chat messages</source>
        <translation>Privéchatberichten in Teams</translation>
    </message>
    <message>
        <source>Teams channel posts</source>
        <translation>Kanaalberichten in Teams</translation>
    </message>
    <message>
        <source>Teams channel replies</source>
        <translation>Kanaalreacties in Teams</translation>
    </message>
    <message>
        <source>Teams urgent messages</source>
        <translation>Dringende berichten in Teams</translation>
    </message>
    <message>
        <source>Teams calls</source>
        <translation>Teams-gesprekken</translation>
    </message>
    <message>
        <source>Teams meetings</source>
        <translation>Teams-vergaderingen</translation>
    </message>
    <message>
        <source>Teams meetings organised</source>
        <translation>Georganiseerde Teams-vergaderingen</translation>
    </message>
    <message>
        <source>Teams meetings attended</source>
        <translation>Bijgewoonde Teams-vergaderingen</translation>
    </message>
    <message>
        <source>Teams audio (seconds)</source>
        <translation>Teams-audio (seconden)</translation>
    </message>
    <message>
        <source>Teams video (seconds)</source>
        <translation>Teams-video (seconden)</translation>
    </message>
    <message>
        <source>Teams screen sharing (seconds)</source>
        <translation>Schermdeling in Teams (seconden)</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>Visits with a conversion</source>
        <translation>Bezoeken met een conversie</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversies</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Opbrengst</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Unique downloads</source>
        <translation>Unieke downloads</translation>
    </message>
    <message>
        <source>Outlinks</source>
        <translation>Uitgaande links</translation>
    </message>
    <message>
        <source>Unique outlinks</source>
        <translation>Unieke uitgaande links</translation>
    </message>
    <message>
        <source>Site searches</source>
        <translation>Zoekopdrachten op de site</translation>
    </message>
    <message>
        <source>Unique search keywords</source>
        <translation>Unieke zoekwoorden</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Hits</translation>
    </message>
    <message>
        <source>Total time spent (seconds)</source>
        <translation>Totale bestede tijd (seconden)</translation>
    </message>
    <message>
        <source>Average page generation time (seconds)</source>
        <translation>Gemiddelde laadtijd van pagina&apos;s (seconden)</translation>
    </message>
    <message>
        <source>Views per active user</source>
        <translation>Weergaven per actieve gebruiker</translation>
    </message>
    <message>
        <source>Average engagement time per active user (seconds)</source>
        <translation>Gemiddelde betrokkenheidstijd per actieve gebruiker (seconden)</translation>
    </message>
    <message>
        <source>Key events</source>
        <translation>Belangrijke gebeurtenissen</translation>
    </message>
    <message>
        <source>Total revenue</source>
        <translation>Totale opbrengst</translation>
    </message>
    <message>
        <source>Engaged sessions</source>
        <translation>Betrokken sessies</translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation>Betrokkenheidspercentage (%)</translation>
    </message>
    <message>
        <source>Sessions per user</source>
        <translation>Sessies per gebruiker</translation>
    </message>
    <message>
        <source>Total users</source>
        <translation>Totaal aantal gebruikers</translation>
    </message>
    <message>
        <source>Pages per session</source>
        <translation>Pagina&apos;s per sessie</translation>
    </message>
    <message>
        <source>New sessions (%)</source>
        <translation>Nieuwe sessies (%)</translation>
    </message>
    <message>
        <source>Goal conversion rate (%)</source>
        <translation>Conversiepercentage doelen (%)</translation>
    </message>
    <message>
        <source>Goal completions</source>
        <translation>Behaalde doelen</translation>
    </message>
    <message>
        <source>Goal value</source>
        <translation>Doelwaarde</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Uitstappen</translation>
    </message>
</context>
<context>
    <name>MetricOperations</name>
    <message>
        <source>This metric no longer exists.</source>
        <translation>Deze meetwaarde bestaat niet meer.</translation>
    </message>
    <message>
        <source>Give the metric a name, for example “Page views”.</source>
        <translation>Geef de meetwaarde een naam, bijvoorbeeld “Paginaweergaven”.</translation>
    </message>
    <message>
        <source>Another metric is already called “%1”: choose a name that tells them apart.</source>
        <translation>Een andere meetwaarde heet al “%1”: kies een naam die ze uit elkaar houdt.</translation>
    </message>
</context>
<context>
    <name>OrganisationLogo</name>
    <message>
        <source>%1 could not be opened: %2.</source>
        <translation>%1 kon niet worden geopend: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 2 MB. Save the logo at the size it is shown (a few hundred pixels wide) and choose it again.</source>
        <translation>%1 is groter dan 2 MB. Sla het logo op in de maat waarin het getoond wordt (een paar honderd pixels breed) en kies het opnieuw.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG picture. Choose the logo as one of these.</source>
        <translation>%1 is geen PNG-, JPEG- of SVG-afbeelding. Kies het logo in een van deze formaten.</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>Usage: stuurboord report WORKSPACE --out FILE.pdf [--meeting ID | --as-of YYYY-MM-DD] [--lang nl|en] [--sections LIST]</source>
        <translation>Gebruik: stuurboord report WERKRUIMTE --out BESTAND.pdf [--meeting ID | --as-of JJJJ-MM-DD] [--lang nl|en] [--sections LIJST]</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Het PDF-bestand dat wordt geschreven.</translation>
    </message>
    <message>
        <source>The meeting (see “stuurboord meetings”).</source>
        <translation>De vergadering (zie “stuurboord meetings”).</translation>
    </message>
    <message>
        <source>A pack for a date without a meeting.</source>
        <translation>Een rapport voor een datum zonder vergadering.</translation>
    </message>
    <message>
        <source>nl or en; the organisation&apos;s report language by default.</source>
        <translation>nl of en; standaard de rapporttaal van de organisatie.</translation>
    </message>
    <message>
        <source>Only these sections, comma-separated.</source>
        <translation>Alleen deze onderdelen, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>Name the workspace.</source>
        <translation>Noem de werkruimte.</translation>
    </message>
    <message>
        <source>Too many arguments: %1.</source>
        <translation>Te veel argumenten: %1.</translation>
    </message>
    <message>
        <source>Name the PDF file to write with --out.</source>
        <translation>Geef met --out het PDF-bestand op dat geschreven moet worden.</translation>
    </message>
    <message>
        <source>Choose either --meeting or --as-of.</source>
        <translation>Kies --meeting of --as-of, niet allebei.</translation>
    </message>
    <message>
        <source>--meeting needs a meeting id, a number such as 8 (see “stuurboord meetings”).</source>
        <translation>--meeting verwacht het id van een vergadering, een getal zoals 8 (zie “stuurboord meetings”).</translation>
    </message>
    <message>
        <source>--as-of needs a date such as 2026-12-24.</source>
        <translation>--as-of verwacht een datum zoals 2026-12-24.</translation>
    </message>
    <message>
        <source>--lang is nl (Dutch) or en (English).</source>
        <translation>--lang is nl (Nederlands) of en (Engels).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON afdrukken in plaats van een tabel.</translation>
    </message>
    <message>
        <source>Usage: stuurboord meetings WORKSPACE [--json]</source>
        <translation>Gebruik: stuurboord meetings WERKRUIMTE [--json]</translation>
    </message>
    <message>
        <source>This workspace has no meetings yet.</source>
        <translation>Deze werkruimte heeft nog geen vergaderingen.</translation>
    </message>
</context>
<context>
    <name>PackDocument</name>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
</context>
<context>
    <name>PackPdf</name>
    <message>
        <source>The meeting pack could not be drawn.</source>
        <translation>Het vergaderrapport kon niet worden opgemaakt.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose a folder you can write to.</source>
        <translation>%1 kon niet worden geschreven: %2. Kies een map waarin je kunt schrijven.</translation>
    </message>
</context>
<context>
    <name>PackPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>PackSections</name>
    <message>
        <source>Unknown section “%1”; use any of: %2.</source>
        <translation>Onbekend onderdeel “%1”; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>Name at least one section: %1.</source>
        <translation>Noem ten minste één onderdeel: %1.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>  report WORKSPACE --out FILE.pdf [--meeting ID | --as-of YYYY-MM-DD]
         [--lang nl|en] [--sections LIST]
                                   write the meeting pack as PDF (sections: summary,
                                   kpis, charts, usage, followups, goals, decisions,
                                   budget, backlog, trends, upcoming)</source>
        <translation>  report WORKSPACE --out FILE.pdf [--meeting ID | --as-of YYYY-MM-DD]
         [--lang nl|en] [--sections LIST]
                                   het vergaderrapport als PDF schrijven (onderdelen: summary,
                                   kpis, charts, usage, followups, goals, decisions,
                                   budget, backlog, trends, upcoming)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages): %2.</source>
        <translation>
            <numerusform>%1 geschreven (%n pagina): %2.</numerusform>
            <numerusform>%1 geschreven (%n pagina&apos;s): %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPasswords</name>
    <message>
        <source>The system keyring is not available (%1).</source>
        <translation>De sleutelbos van het systeem is niet beschikbaar (%1).</translation>
    </message>
</context>
<context>
    <name>TrendSignals</name>
    <message numerus="yes">
        <source>“%1” has fallen %n period(s) in a row, to %2 in %3.</source>
        <translation>
            <numerusform>“%1” is %n periode op rij gedaald, tot %2 in %3.</numerusform>
            <numerusform>“%1” is %n perioden op rij gedaald, tot %2 in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has risen %n period(s) in a row, to %2 in %3.</source>
        <translation>
            <numerusform>“%1” is %n periode op rij gestegen, tot %2 in %3.</numerusform>
            <numerusform>“%1” is %n perioden op rij gestegen, tot %2 in %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is far outside its usual range in %2: %3, against %4 on average before.</source>
        <translation>“%1” valt in %2 ver buiten het gebruikelijke bereik: %3, tegen gemiddeld %4 daarvoor.</translation>
    </message>
    <message>
        <source>No figures for “%1” have arrived since %2: import the latest export.</source>
        <translation>Sinds %2 zijn er geen cijfers voor “%1” binnengekomen: importeer de nieuwste export.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>An action item cannot be closed before it was created.</source>
        <translation>Een actiepunt kan niet worden afgesloten vóór de datum waarop het is aangemaakt.</translation>
    </message>
    <message>
        <source>The next review cannot be before the date the agreement was made.</source>
        <translation>De volgende evaluatie kan niet vóór de datum van de afspraak liggen.</translation>
    </message>
    <message>
        <source>Say which metric or KPI this benchmark compares with.</source>
        <translation>Geef aan met welke meetwaarde of KPI deze benchmark wordt vergeleken.</translation>
    </message>
    <message>
        <source>A goal cannot be its own parent goal.</source>
        <translation>Een doelstelling kan niet haar eigen bovenliggende doelstelling zijn.</translation>
    </message>
    <message>
        <source>A KPI calculated from usage data needs a formula, for example unique_logged_in_users / headcount * 100.</source>
        <translation>Een KPI die uit gebruiksgegevens wordt berekend, heeft een formule nodig, bijvoorbeeld unique_logged_in_users / headcount * 100.</translation>
    </message>
    <message>
        <source>Say why the KPI is retired, so the history stays understandable.</source>
        <translation>Geef aan waarom de KPI buiten gebruik is, zodat de geschiedenis begrijpelijk blijft.</translation>
    </message>
    <message>
        <source>A band needs an upper value at or above the target value.</source>
        <translation>Een bandbreedte heeft een bovengrens nodig die gelijk is aan of hoger is dan de streefwaarde.</translation>
    </message>
    <message>
        <source>A metric key uses lower-case letters, digits and underscores and starts with a letter, for example page_views.</source>
        <translation>De sleutel van een meetwaarde bestaat uit kleine letters, cijfers en liggende streepjes en begint met een letter, bijvoorbeeld page_views.</translation>
    </message>
    <message>
        <source>The measurement window ends before it starts.</source>
        <translation>De meetperiode eindigt voordat die begint.</translation>
    </message>
    <message>
        <source>Choose the backlog item this wish moved to.</source>
        <translation>Kies het backlogitem waarnaar deze wens is verplaatst.</translation>
    </message>
    <message>
        <source>%1 must be a month such as 2026-03.</source>
        <translation>%1 moet een maand zijn, zoals 2026-03.</translation>
    </message>
    <message>
        <source>%1 must be a quarter such as 2026-Q3.</source>
        <translation>%1 moet een kwartaal zijn, zoals 2026-Q3.</translation>
    </message>
    <message>
        <source>%1 must be a period such as 2026-03, 2026-Q3, 2026-H2 or 2026.</source>
        <translation>%1 moet een periode zijn, zoals 2026-03, 2026-Q3, 2026-H2 of 2026.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is verplicht.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 moet een getal zijn.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 moet tussen %2 en %3 liggen.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 moet minimaal %2 zijn.</translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation>%1 is geen geldige datum.</translation>
    </message>
    <message>
        <source>%1 is not a valid date and time.</source>
        <translation>%1 is geen geldige datum en tijd.</translation>
    </message>
    <message>
        <source>%1 has an unknown value “%2”.</source>
        <translation>%1 heeft een onbekende waarde “%2”.</translation>
    </message>
    <message>
        <source>%1: the chosen %2 no longer exists.</source>
        <translation>%1: het gekozen item (%2) bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is already a %1 with the same %2 (%3).</source>
        <translation>Er bestaat al een %1 met dezelfde gegevens voor %2 (%3).</translation>
    </message>
    <message>
        <source>The %1 could not be saved: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>Dit item (%1) bestaat niet meer.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted because it is still used by: %2. Change or remove those first.</source>
        <translation>“%1” kan niet worden verwijderd, omdat het nog wordt gebruikt door: %2. Wijzig of verwijder die eerst.</translation>
    </message>
    <message>
        <source>The %1 could not be deleted: %2</source>
        <translation>Kan %1 niet verwijderen: %2</translation>
    </message>
    <message>
        <source>Unknown table %1.</source>
        <translation>Onbekende tabel %1.</translation>
    </message>
    <message>
        <source>The deleted rows could not be restored.</source>
        <translation>De verwijderde rijen konden niet worden hersteld.</translation>
    </message>
    <message>
        <source>Only measure what you plan to act on: before this KPI can be active, give it a threshold rule with an agreed follow-up action and an owner.</source>
        <translation>Meet alleen waar je ook iets mee gaat doen: geef deze KPI een drempelwaarderegel met een afgesproken vervolgactie en een eigenaar voordat hij actief kan worden.</translation>
    </message>
    <message>
        <source>%1 “%2” will no longer have a %3.</source>
        <translation>%1 “%2” heeft dan geen %3 meer.</translation>
    </message>
    <message>
        <source>Also deleted with it: %1.</source>
        <translation>Wordt ook verwijderd: %1.</translation>
    </message>
    <message>
        <source>Enter how many minutes an active user saves per month.</source>
        <translation>Vul in hoeveel minuten een actieve gebruiker per maand bespaart.</translation>
    </message>
    <message>
        <source>Enter what an hour of an employee&apos;s time costs.</source>
        <translation>Vul in wat een uur werk van een medewerker kost.</translation>
    </message>
    <message>
        <source>Enter which share of the active users saves this time (1 to 100 %).</source>
        <translation>Vul in welk deel van de actieve gebruikers deze tijd bespaart (1 tot 100 %).</translation>
    </message>
    <message>
        <source>Enter the amount this benefit brings per year.</source>
        <translation>Vul in wat deze baat per jaar oplevert.</translation>
    </message>
    <message>
        <source>Say why the wish was declined.</source>
        <translation>Geef aan waarom de wens is afgewezen.</translation>
    </message>
    <message>
        <source>Someone else saved this %1 at %2, after you opened it. Nothing was overwritten.</source>
        <translation>Iemand anders heeft om %2 wijzigingen opgeslagen (%1), nadat jij dit opende. Er is niets overschreven.</translation>
    </message>
    <message>
        <source>%1 saved this %2 at %3, after you opened it. Nothing was overwritten.</source>
        <translation>%1 heeft om %3 wijzigingen opgeslagen (%2), nadat jij dit opende. Er is niets overschreven.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>ViewCsvExport</name>
    <message>
        <source>Export as CSV</source>
        <translation>Exporteren als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>WindowProgram</name>
    <message>
        <source>Stuurboord&apos;s window program could not be started (%1: %2). Install Stuurboord again.</source>
        <translation>Het vensterprogramma van Stuurboord kon niet worden gestart (%1: %2). Installeer Stuurboord opnieuw.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>This version of Stuurboord does not know schema version %1.</source>
        <translation>Deze versie van Stuurboord kent schemaversie %1 niet.</translation>
    </message>
    <message>
        <source>Updating the workspace to schema version %1 failed: %2</source>
        <translation>Het bijwerken van de werkruimte naar schemaversie %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Could not record schema version %1 in the workspace.</source>
        <translation>Schemaversie %1 kon niet in de werkruimte worden vastgelegd.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>een ander programma</translation>
    </message>
    <message>
        <source>%1 (process %2) on computer %3</source>
        <translation>%1 (proces %2) op computer %3</translation>
    </message>
    <message>
        <source>Stuurboord cannot write in the folder %1. Copy the workspace to a folder where you can save files, and open it there.</source>
        <translation>Stuurboord kan niet schrijven in de map %1. Kopieer de werkruimte naar een map waarin bestanden kunnen worden opgeslagen en open de werkruimte daar.</translation>
    </message>
    <message>
        <source>The workspace is read-only, and Stuurboord needs to save changes in it. Remove the read-only setting or save a copy elsewhere.</source>
        <translation>De werkruimte is alleen-lezen, maar Stuurboord moet er wijzigingen in opslaan. Zet de instelling alleen-lezen uit of sla elders een kopie op.</translation>
    </message>
    <message>
        <source>This workspace is already open in %1. Close it there first; only one person at a time can change a workspace.</source>
        <translation>Deze werkruimte is al geopend in %1. Sluit de werkruimte daar eerst; een werkruimte kan door maar één persoon tegelijk worden gewijzigd.</translation>
    </message>
    <message>
        <source>Stuurboord could not create its lock file %1.</source>
        <translation>Stuurboord kon het vergrendelingsbestand %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>De werkruimte kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The workspace could not be prepared: %1</source>
        <translation>De werkruimte kon niet worden voorbereid: %1</translation>
    </message>
    <message>
        <source>Before updating the workspace Stuurboord makes a copy, and that failed (%1). Nothing was changed.</source>
        <translation>Voordat Stuurboord de werkruimte bijwerkt, maakt het een kopie, maar dat is mislukt (%1). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>A copy from before the update is at %1.</source>
        <translation>Een kopie van vóór de update staat in %1.</translation>
    </message>
    <message>
        <source>There is already a file at %1; choose another name.</source>
        <translation>Er bestaat al een bestand %1; kies een andere naam.</translation>
    </message>
    <message>
        <source>Give the name of the organisation.</source>
        <translation>Geef de naam van de organisatie op.</translation>
    </message>
    <message>
        <source>The workspace file could not be written.</source>
        <translation>Het werkruimtebestand kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>The existing file %1 could not be replaced.</source>
        <translation>Het bestaande bestand %1 kon niet worden vervangen.</translation>
    </message>
    <message>
        <source>The workspace could not be saved as %1.</source>
        <translation>De werkruimte kon niet worden opgeslagen als %1.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 is een map, geen werkruimtebestand.</translation>
    </message>
    <message>
        <source>Stuurboord is not allowed to read %1. Check the file&apos;s permissions.</source>
        <translation>Stuurboord heeft geen toestemming om %1 te lezen. Controleer de bestandsrechten.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes), so it holds no workspace. It may have been cut off while copying; use a backup copy.</source>
        <translation>Het bestand is leeg (0 bytes) en bevat dus geen werkruimte. Mogelijk is het bij het kopiëren afgebroken; gebruik een reservekopie.</translation>
    </message>
    <message>
        <source>This file is not a Stuurboord workspace. If it is a usage export, import it into a workspace instead of opening it.</source>
        <translation>Dit bestand is geen Stuurboord-werkruimte. Als het een gebruiksexport is, importeer het dan in een werkruimte in plaats van het te openen.</translation>
    </message>
    <message>
        <source>The workspace is incomplete: the file has %1 bytes but should have %2. It was probably cut off while copying or downloading; use a backup copy.</source>
        <translation>De werkruimte is onvolledig: het bestand is %1 bytes groot, maar zou %2 bytes moeten zijn. Waarschijnlijk is het bij het kopiëren of downloaden afgebroken; gebruik een reservekopie.</translation>
    </message>
    <message>
        <source>This is a database of another program, not a Stuurboord workspace.</source>
        <translation>Dit is een database van een ander programma, geen Stuurboord-werkruimte.</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Stuurboord (schema version %1; this version reads up to %2). Install the newer version to open it.</source>
        <translation>Deze werkruimte is opgeslagen met een nieuwere versie van Stuurboord (schemaversie %1; deze versie leest tot en met %2). Installeer de nieuwere versie om de werkruimte te openen.</translation>
    </message>
    <message>
        <source>This workspace was never completed: creating it was interrupted. Create a new workspace instead.</source>
        <translation>Deze werkruimte is nooit voltooid: het aanmaken werd onderbroken. Maak in plaats daarvan een nieuwe werkruimte aan.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>This workspace was made by an older version of Stuurboord. Open it once in the application to update it, then try again.</source>
        <translation>Deze werkruimte is gemaakt met een oudere versie van Stuurboord. Open haar eenmaal in de toepassing om haar bij te werken en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The workspace could not be opened a second time: %1</source>
        <translation>De werkruimte kon niet een tweede keer worden geopend: %1</translation>
    </message>
    <message>
        <source>The disk is full (%1 free), so nothing was written. Make room on the disk, then try again.</source>
        <translation>De schijf is vol (%1 vrij), dus er is niets geschreven. Maak ruimte op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The workspace is busy: %1 is changing it right now (an import, for example). Nothing was changed; try again when it is done.</source>
        <translation>De werkruimte is bezet: %1 wijzigt haar op dit moment (bijvoorbeeld een import). Er is niets veranderd; probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message>
        <source>The workspace is damaged and cannot be opened safely (%1). Stuurboord did not change it; restore a backup copy.</source>
        <translation>De werkruimte is beschadigd en kan niet veilig worden geopend (%1). Stuurboord heeft haar niet gewijzigd; zet een back-up terug.</translation>
    </message>
    <message>
        <source>A change to this workspace was interrupted (Stuurboord or the computer stopped while saving). Undoing it needs to write to the file, and the file or its folder is read-only here. Make them writable and open the workspace again; nothing is lost.</source>
        <translation>Een wijziging in deze werkruimte is onderbroken (Stuurboord of de computer stopte tijdens het opslaan). Om die ongedaan te maken moet er in het bestand worden geschreven, en het bestand of de map is hier alleen-lezen. Maak ze schrijfbaar en open de werkruimte opnieuw; er gaat niets verloren.</translation>
    </message>
    <message>
        <source>A change to this workspace was interrupted and could not be undone (%1). Stuurboord did not change it further; restore a backup copy.</source>
        <translation>Een wijziging in deze werkruimte is onderbroken en kon niet ongedaan worden gemaakt (%1). Stuurboord heeft haar verder niet gewijzigd; zet een back-up terug.</translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>De werkruimte kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The workspace is damaged: its structure is not what a Stuurboord workspace holds (%1). Stuurboord did not change it; restore a backup copy.</source>
        <translation>De werkruimte is beschadigd: haar opbouw is niet die van een Stuurboord-werkruimte (%1). Stuurboord heeft haar niet gewijzigd; zet een back-up terug.</translation>
    </message>
    <message>
        <source>There is a folder %1 where Stuurboord keeps the workspace&apos;s lock file. Move or remove that folder, then open the workspace again.</source>
        <translation>Er staat een map %1 waar Stuurboord het vergrendelbestand van de werkruimte bewaart. Verplaats of verwijder die map en open de werkruimte opnieuw.</translation>
    </message>
    <message>
        <source>Stuurboord is not allowed to read the workspace&apos;s lock file %1. If the workspace is not open anywhere, remove that file, then open the workspace again.</source>
        <translation>Stuurboord mag het vergrendelbestand %1 van de werkruimte niet lezen. Als de werkruimte nergens open is, verwijder dat bestand en open de werkruimte opnieuw.</translation>
    </message>
    <message>
        <source>The workspace&apos;s lock file %1 is damaged and could not be removed. If the workspace is not open anywhere, remove that file, then open the workspace again.</source>
        <translation>Het vergrendelbestand %1 van de werkruimte is beschadigd en kon niet worden verwijderd. Als de werkruimte nergens open is, verwijder dat bestand en open de werkruimte opnieuw.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a pipe, socket or device), so it cannot be a workspace. Choose the workspace file itself.</source>
        <translation>%1 is geen gewoon bestand (het is een pipe, socket of apparaat), dus het kan geen werkruimte zijn. Kies het werkruimtebestand zelf.</translation>
    </message>
    <message>
        <source>The workspace&apos;s header is damaged (its page layout is impossible), so Stuurboord cannot read it. Stuurboord did not change it; restore a backup copy.</source>
        <translation>De kop van de werkruimte is beschadigd (de paginaindeling is onmogelijk), dus Stuurboord kan haar niet lezen. Stuurboord heeft haar niet gewijzigd; zet een back-up terug.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>%1 is a %2 instead of a %3</source>
        <translation>%1 is een %2 in plaats van een %3</translation>
    </message>
    <message>
        <source>%1 %2 has other columns than expected</source>
        <translation>%1 %2 heeft andere kolommen dan verwacht</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>ontbreekt: %1</translation>
    </message>
    <message>
        <source>Stuurboord could not check the workspace, because %1 kept it busy. You can look at it, but changes are switched off until you open it again.</source>
        <translation>Stuurboord kon de werkruimte niet controleren, omdat %1 haar bezet hield. Je kunt erin kijken, maar wijzigen staat uit tot je haar opnieuw opent.</translation>
    </message>
    <message>
        <source>The workspace could not be read completely (%1). You can look at what it shows, but changes are switched off; restore a backup copy.</source>
        <translation>De werkruimte kon niet helemaal worden gelezen (%1). Je kunt bekijken wat erin staat, maar wijzigen staat uit; zet een back-up terug.</translation>
    </message>
    <message>
        <source>The workspace is damaged (%1). Stuurboord opened it read-only so you can look at it and copy what you need; nothing will be written to it. Restore a backup copy to go on working.</source>
        <translation>De werkruimte is beschadigd (%1). Stuurboord heeft haar alleen-lezen geopend, zodat je erin kunt kijken en kunt overnemen wat je nodig hebt; er wordt niets in geschreven. Zet een back-up terug om verder te werken.</translation>
    </message>
    <message>
        <source>The workspace could not be prepared for changes: %1</source>
        <translation>De werkruimte kon niet worden voorbereid op wijzigingen: %1</translation>
    </message>
    <message>
        <source>“%1” is not a team workspace address: %2. Write it as postgresql://user@server/database (a port after the server, as in server:5433, if it is not 5432).</source>
        <translation>“%1” is geen adres van een teamwerkruimte: %2. Schrijf het als postgresql://gebruiker@server/database (met een poort achter de server, zoals server:5433, als die niet 5432 is).</translation>
    </message>
    <message>
        <source>it cannot be read as an address</source>
        <translation>het is niet als adres te lezen</translation>
    </message>
    <message>
        <source>the server is missing</source>
        <translation>de server ontbreekt</translation>
    </message>
    <message>
        <source>the database is missing</source>
        <translation>de database ontbreekt</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation>de poort is geen getal van 1 tot 65535</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>Het kopiëren van de tabel %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>the column %1 is missing in the source</source>
        <translation>de kolom %1 ontbreekt in de bron</translation>
    </message>
    <message>
        <source>The two workspaces do not have the same tables; open the source once in this version of Stuurboord to update it, then copy again.</source>
        <translation>De twee werkruimten hebben niet dezelfde tabellen; open de bron één keer in deze versie van Stuurboord om haar bij te werken en kopieer dan opnieuw.</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>De kopie kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The copy does not hold together (%1); it was not kept.</source>
        <translation>De kopie klopt niet (%1); ze is niet bewaard.</translation>
    </message>
    <message>
        <source>The copy of the table %1 differs from the original (%2 rows, %3 in the copy); it was not kept.</source>
        <translation>De kopie van de tabel %1 wijkt af van het origineel (%2 rijen, %3 in de kopie); ze is niet bewaard.</translation>
    </message>
    <message>
        <source>The database %1 holds no Stuurboord workspace. Create one in it with `stuurboord new %1 --name ORGANISATION`, or copy a workspace file into it with `stuurboord copy FILE %1`.</source>
        <translation>De database %1 bevat geen Stuurboord-werkruimte. Maak er een in met `stuurboord new %1 --name ORGANISATIE`, of kopieer er een werkruimtebestand in met `stuurboord copy BESTAND %1`.</translation>
    </message>
    <message>
        <source>The team workspace %1 was updated by a newer version of Stuurboord (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>De teamwerkruimte %1 is bijgewerkt door een nieuwere versie van Stuurboord (schema %2; deze versie kent tot en met %3). Installeer de nieuwere versie om haar te openen.</translation>
    </message>
    <message>
        <source>This team workspace was made by an older version of Stuurboord. Open it once in the application to update it, then try again.</source>
        <translation>Deze teamwerkruimte is gemaakt met een oudere versie van Stuurboord. Open haar één keer in de toepassing om haar bij te werken en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The database %1 is not empty (%2). Stuurboord creates a team workspace only in an empty database; ask the administrator for a new one.</source>
        <translation>De database %1 is niet leeg (%2). Stuurboord maakt een teamwerkruimte alleen in een lege database; vraag de beheerder om een nieuwe.</translation>
    </message>
    <message>
        <source>it holds a workspace already</source>
        <translation>er staat al een werkruimte in</translation>
    </message>
    <message>
        <source>it holds tables</source>
        <translation>er staan tabellen in</translation>
    </message>
    <message>
        <source>The team workspace could not be saved: %1</source>
        <translation>De teamwerkruimte kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>the connection to the server is not open</source>
        <translation>de verbinding met de server is niet open</translation>
    </message>
    <message>
        <source>The server %1 has no database “%2”. Ask the administrator to create it (see “Team workspaces” in the README), or check the name.</source>
        <translation>De server %1 heeft geen database “%2”. Vraag de beheerder die aan te maken (zie “Team workspaces” in de README), of controleer de naam.</translation>
    </message>
    <message>
        <source>The server %1 does not know the user “%2”. Ask the administrator to add you to the team workspace.</source>
        <translation>De server %1 kent de gebruiker “%2” niet. Vraag de beheerder je aan de teamwerkruimte toe te voegen.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1. Check the server name and port, and that this computer can reach it (VPN, network).</source>
        <translation>Op %1 antwoordt geen PostgreSQL-server. Controleer de servernaam en poort, en of deze computer de server kan bereiken (VPN, netwerk).</translation>
    </message>
    <message>
        <source>The team workspace %1 could not be opened: %2</source>
        <translation>De teamwerkruimte %1 kon niet worden geopend: %2</translation>
    </message>
    <message>
        <source>This installation cannot open team workspaces: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Deze installatie kan geen teamwerkruimten openen: het PostgreSQL-stuurprogramma van Qt ontbreekt (Debian-pakket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password of %2. Check the password (in ~/.pgpass) or ask the administrator of the team workspace.</source>
        <translation>De server %1 accepteerde het wachtwoord van %2 niet. Controleer het wachtwoord (in ~/.pgpass) of vraag het de beheerder van de teamwerkruimte.</translation>
    </message>
    <message>
        <source>Editors and viewers belong to team workspaces; a workspace file is one person&apos;s.</source>
        <translation>Redacteuren en lezers horen bij teamwerkruimten; een werkruimtebestand is van één persoon.</translation>
    </message>
    <message>
        <source>The server has no user “%1”. The administrator creates the login first (CREATE ROLE %1 LOGIN), then run this again.</source>
        <translation>De server heeft geen gebruiker “%1”. De beheerder maakt eerst de login aan (CREATE ROLE %1 LOGIN); voer dit daarna opnieuw uit.</translation>
    </message>
    <message>
        <source>Only the owner of the team workspace (with the right to create roles) or the server&apos;s administrator can name editors and viewers: %1</source>
        <translation>Alleen de eigenaar van de teamwerkruimte (met het recht om rollen aan te maken) of de beheerder van de server kan redacteuren en lezers aanwijzen: %1</translation>
    </message>
    <message>
        <source>The editors and viewers could not be changed: %1</source>
        <translation>De redacteuren en lezers konden niet worden gewijzigd: %1</translation>
    </message>
    <message>
        <source>You can look at this team workspace but not change it: %1 is a viewer here. Ask the owner of the team workspace to make you an editor.</source>
        <translation>Je kunt deze teamwerkruimte bekijken maar niet wijzigen: %1 is hier lezer. Vraag de eigenaar van de teamwerkruimte je redacteur te maken.</translation>
    </message>
    <message>
        <source>This team workspace must be updated to schema version %1 for this version of Stuurboord, and only its owner (%2) may do that. Ask %2 to open it once with this version; nothing was changed.</source>
        <translation>Deze teamwerkruimte moet voor deze versie van Stuurboord worden bijgewerkt naar schemaversie %1, en alleen de eigenaar (%2) mag dat doen. Vraag %2 om haar één keer te openen met deze versie; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>WorkspaceBackup</name>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>De back-up kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>the disk refused it</source>
        <translation>de schijf weigerde het</translation>
    </message>
    <message>
        <source>The backup was written but does not read back whole (%1), so it was removed.</source>
        <translation>De back-up is geschreven maar laat zich niet helemaal teruglezen (%1), dus hij is verwijderd.</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation>De back-up kon niet worden opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Choose a file other than the workspace itself for the backup.</source>
        <translation>Kies voor de back-up een ander bestand dan de werkruimte zelf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Deze back-up kan niet worden teruggezet: %1</translation>
    </message>
    <message>
        <source>The workspace is open in %1. Close it there, then restore the backup.</source>
        <translation>De werkruimte is geopend in %1. Sluit haar daar en zet dan de back-up terug.</translation>
    </message>
    <message>
        <source>The workspace could not be set aside before restoring; nothing was changed.</source>
        <translation>De werkruimte kon voor het terugzetten niet opzij worden gezet; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The backup could not be put in place; nothing was changed.</source>
        <translation>De back-up kon niet op zijn plaats worden gezet; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be made.</source>
        <translation>De back-upmap %1 kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <source>Schema version %1 (current).</source>
        <translation>Schemaversie %1 (actueel).</translation>
    </message>
    <message>
        <source>Schema version %1 (older; Stuurboord updates it to version %2 when you open it, after making a copy).</source>
        <translation>Schemaversie %1 (ouder; Stuurboord werkt deze bij het openen bij naar versie %2, na eerst een kopie te maken).</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Werkruimte: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>het bestand kon niet worden geopend</translation>
    </message>
    <message>
        <source>Problem: the workspace is damaged. SQLite reports:</source>
        <translation>Probleem: de werkruimte is beschadigd. SQLite meldt:</translation>
    </message>
    <message>
        <source>Integrity: no damage found.</source>
        <translation>Integriteit: geen schade gevonden.</translation>
    </message>
    <message>
        <source>Contents: %1.</source>
        <translation>Inhoud: %1.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>Result: the workspace is healthy.</source>
        <translation>Resultaat: de werkruimte is in orde.</translation>
    </message>
    <message>
        <source>Result: the workspace has problems.</source>
        <translation>Resultaat: de werkruimte heeft problemen.</translation>
    </message>
    <message>
        <source>Problem: the workspace is busy; %1 is changing it right now. Nothing is wrong with it as far as this shows; try again when it is done.</source>
        <translation>Probleem: de werkruimte is bezet; %1 wijzigt haar op dit moment. Voor zover hier te zien is er niets mis mee; probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message>
        <source>Problem: a change to the workspace was interrupted and could not be undone (%1).</source>
        <translation>Probleem: een wijziging in de werkruimte is onderbroken en kon niet ongedaan worden gemaakt (%1).</translation>
    </message>
    <message>
        <source>A change that was interrupted (by a crash or a full disk) was undone, as SQLite does; the workspace is as it was after its last completed change.</source>
        <translation>Een onderbroken wijziging (door een crash of een volle schijf) is ongedaan gemaakt, zoals SQLite dat doet; de werkruimte is zoals na haar laatste voltooide wijziging.</translation>
    </message>
    <message>
        <source>Problem: the workspace is damaged: its structure is not what schema version %1 holds:</source>
        <translation>Probleem: de werkruimte is beschadigd: haar opbouw is niet wat schemaversie %1 hoort te bevatten:</translation>
    </message>
</context>
<context>
    <name>stuurboord::AgendaDialog</name>
    <message>
        <source>Proposed Agenda</source>
        <translation>Voorgestelde agenda</translation>
    </message>
    <message>
        <source>Proposed from what needs attention on %1. Each point says why it is there. Edit the text before you use it.</source>
        <translation>Voorgesteld op basis van wat op %1 aandacht nodig heeft. Bij elk punt staat waarom het erop staat. Pas de tekst aan voordat je hem gebruikt.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Using it replaces the meeting&apos;s current agenda (Edit › Undo brings it back).</source>
        <translation>Dit vervangt de huidige agenda van het overleg (Bewerken › Ongedaan maken zet hem terug).</translation>
    </message>
    <message>
        <source>Use as Agenda</source>
        <translation>Als agenda gebruiken</translation>
    </message>
</context>
<context>
    <name>stuurboord::BacklogMatrixWidget</name>
    <message>
        <source>Value/effort matrix</source>
        <translation>Waarde/inspanning-matrix</translation>
    </message>
    <message>
        <source>%1
Value %2, effort %3. %4</source>
        <translation>%1
Waarde %2, inspanning %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n meer</numerusform>
            <numerusform>+%n meer</numerusform>
        </translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Inspanning →</translation>
    </message>
    <message>
        <source>Value →</source>
        <translation>Waarde →</translation>
    </message>
    <message>
        <source>Use the arrow keys to go through the backlog items; Enter opens one.</source>
        <translation>Ga met de pijltjestoetsen langs de backlogitems; Enter opent er een.</translation>
    </message>
</context>
<context>
    <name>stuurboord::BacklogPage</name>
    <message>
        <source>Backlog &amp; wishes</source>
        <translation>Backlog &amp; wensen</translation>
    </message>
    <message>
        <source>Deferred custom work and employee wishes form the phase-two backlog. Weigh value against effort, answer every wish, and reserve budget for what you plan.</source>
        <translation>Uitgesteld maatwerk en wensen van medewerkers vormen de backlog fase twee. Weeg waarde tegen inspanning, beantwoord elke wens en reserveer budget voor wat je plant.</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Wensen</translation>
    </message>
</context>
<context>
    <name>stuurboord::BacklogPanel</name>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Open (idea, planned, in progress)</source>
        <translation>Open (idee, gepland, in uitvoering)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioriteit:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Doelstelling:</translation>
    </message>
    <message>
        <source>The phase-two backlog is empty. Add deferred custom work, or move a wish here.</source>
        <translation>De backlog fase twee is leeg. Voeg uitgesteld maatwerk toe of verplaats een wens hierheen.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Not tied to a goal</source>
        <translation>Niet aan een doelstelling gekoppeld</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>Estimated cost %1.</source>
        <translation>Geschatte kosten %1.</translation>
    </message>
</context>
<context>
    <name>stuurboord::BackupActions</name>
    <message>
        <source>Stuurboord workspaces (*.stuurboord)</source>
        <translation>Stuurboord-werkruimtes (*.stuurboord)</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatische back-up</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Back-up van de werkruimte maken</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Wrote a checked backup to %1.</source>
        <translation>Een gecontroleerde back-up geschreven naar %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>Back-up terugzetten als</translation>
    </message>
    <message>
        <source>Replace the open workspace %1 with the backup %2? The workspace as it is now is kept beside it, so nothing is lost.</source>
        <translation>De geopende werkruimte %1 vervangen door de back-up %2? De werkruimte zoals ze nu is blijft ernaast bewaard, dus er gaat niets verloren.</translation>
    </message>
    <message>
        <source>Restored the backup; the workspace as it was is kept as %1.</source>
        <translation>De back-up is teruggezet; de werkruimte zoals ze was is bewaard als %1.</translation>
    </message>
</context>
<context>
    <name>stuurboord::BenchmarksPanel</name>
    <message>
        <source>Compare with organisations like yours: exchange anonymised KPI figures (no names, counts per employee) with peers.</source>
        <translation>Vergelijk met organisaties zoals de uwe: wissel geanonimiseerde KPI-cijfers (zonder namen, aantallen per medewerker) uit met vakgenoten.</translation>
    </message>
    <message>
        <source>Export for peers…</source>
        <translation>Exporteren voor vakgenoten…</translation>
    </message>
    <message>
        <source>Import from a peer…</source>
        <translation>Importeren van een vakgenoot…</translation>
    </message>
    <message>
        <source>No benchmark values yet. Add figures from a supplier&apos;s benchmark or a peer network, or import a peer&apos;s file.</source>
        <translation>Nog geen benchmarkwaarden. Voeg cijfers toe uit een benchmark van de leverancier of een netwerk van vakgenoten, of importeer het bestand van een vakgenoot.</translation>
    </message>
    <message>
        <source>Export benchmark file</source>
        <translation>Benchmarkbestand exporteren</translation>
    </message>
    <message>
        <source>Benchmark files (*.json)</source>
        <translation>Benchmarkbestanden (*.json)</translation>
    </message>
    <message>
        <source>Import benchmark file</source>
        <translation>Benchmarkbestand importeren</translation>
    </message>
</context>
<context>
    <name>stuurboord::BudgetChart</name>
    <message>
        <source>Budget chart</source>
        <translation>Budgetgrafiek</translation>
    </message>
    <message>
        <source>Budget %1 per line</source>
        <translation>Begroting %1 per budgetregel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Begroot</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>Thousands of euros</source>
        <translation>Duizenden euro&apos;s</translation>
    </message>
</context>
<context>
    <name>stuurboord::BudgetPage</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget year:</source>
        <translation>Budgetjaar:</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>Budgetjaar</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budgetregel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Begroot</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <source>No expenses booked yet.</source>
        <translation>Nog geen uitgaven geboekt.</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Uitgaven</translation>
    </message>
    <message>
        <source>No budget lines yet. Add one per category you reserve money for.</source>
        <translation>Nog geen budgetregels. Voeg er een toe voor elke categorie waarvoor geld wordt gereserveerd.</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budgetregels</translation>
    </message>
    <message>
        <source>No budget years yet.</source>
        <translation>Nog geen budgetjaren.</translation>
    </message>
    <message>
        <source>Budget years</source>
        <translation>Budgetjaren</translation>
    </message>
    <message>
        <source>No budget lines for this year yet.</source>
        <translation>Nog geen budgetregels voor dit jaar.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Reserve budget for phase two, workshops and inspiration sessions, or phase two never starts. Committed is the estimated cost of the backlog items planned or in progress on a line; left is what is still free.</source>
        <translation>Reserveer budget voor fase twee, workshops en inspiratiesessies, anders begint fase twee nooit. Vastgelegd zijn de geschatte kosten van de backlogitems die op een budgetregel gepland of in uitvoering zijn; vrij is wat nog over is.</translation>
    </message>
    <message>
        <source>Prepare Next Year</source>
        <translation>Volgend jaar voorbereiden</translation>
    </message>
    <message>
        <source>Copy this year&apos;s budget lines into a draft budget for the next year.</source>
        <translation>Kopieer de budgetregels van dit jaar naar een conceptbegroting voor volgend jaar.</translation>
    </message>
    <message>
        <source>Budget warnings</source>
        <translation>Budgetwaarschuwingen</translation>
    </message>
    <message>
        <source>Planned, committed and spent per budget line</source>
        <translation>Begroot, vastgelegd en besteed per budgetregel</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Begroting %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Business case</source>
        <translation>Businesscase</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (concept)</translation>
    </message>
    <message>
        <source>Committed and spent together exceed what was planned.</source>
        <translation>Vastgelegd en besteed samen zijn meer dan begroot.</translation>
    </message>
    <message>
        <source>No budget years yet: add one on the Budget years tab.</source>
        <translation>Nog geen begrotingsjaren: voeg er een toe op het tabblad Begrotingsjaren.</translation>
    </message>
    <message>
        <source>No budget warnings for %1.</source>
        <translation>Geen budgetwaarschuwingen voor %1.</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention (%n):</source>
        <translation>
            <numerusform>Vraagt aandacht (%n):</numerusform>
            <numerusform>Vraagt aandacht (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare the %1 budget</source>
        <translation>Begroting %1 voorbereiden</translation>
    </message>
</context>
<context>
    <name>stuurboord::BusinessCasePanel</name>
    <message>
        <source>Business case</source>
        <translation>Businesscase</translation>
    </message>
    <message>
        <source>Benefit assumptions (what the intranet saves, as you estimate it):</source>
        <translation>Batenaannames (wat het intranet volgens jouw schatting bespaart):</translation>
    </message>
    <message>
        <source>No benefit assumptions yet. Add, for example, the minutes an active user saves per month finding a colleague, and what an hour of work costs.</source>
        <translation>Nog geen batenaannames. Voeg bijvoorbeeld toe hoeveel minuten een actieve gebruiker per maand bespaart bij het vinden van een collega, en wat een uur werk kost.</translation>
    </message>
    <message>
        <source>Add a budget year to see what the intranet costs.</source>
        <translation>Voeg een begrotingsjaar toe om te zien wat het intranet kost.</translation>
    </message>
    <message>
        <source>Business case %1</source>
        <translation>Businesscase %1</translation>
    </message>
    <message>
        <source>Estimated net return: %1 a year.</source>
        <translation>Geschat nettorendement: %1 per jaar.</translation>
    </message>
    <message>
        <source>Minutes a month</source>
        <translation>Minuten per maand</translation>
    </message>
    <message>
        <source>Share of users</source>
        <translation>Deel van gebruikers</translation>
    </message>
</context>
<context>
    <name>stuurboord::ColumnMappingDialog</name>
    <message>
        <source>Map the columns of %1</source>
        <translation>Kolommen van %1 toewijzen</translation>
    </message>
    <message>
        <source>Stuurboord does not know this file yet. Show it once which row holds the column names, where the period is and which columns hold figures; it remembers this as a profile, so next month&apos;s file imports by itself.</source>
        <translation>Stuurboord kent dit bestand nog niet. Geef eenmalig aan in welke rij de kolomnamen staan, waar de periode staat en welke kolommen cijfers bevatten; Stuurboord onthoudt dit als profiel, zodat het bestand van volgende maand vanzelf wordt geïmporteerd.</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Werkblad:</translation>
    </message>
    <message>
        <source>Column names are on row:</source>
        <translation>Kolomnamen staan in rij:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>De eerste rijen van het bestand</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>for example 2026-03</source>
        <translation>bijvoorbeeld 2026-03</translation>
    </message>
    <message>
        <source>Month of the whole file:</source>
        <translation>Maand van het hele bestand:</translation>
    </message>
    <message>
        <source>Dimension (site, department):</source>
        <translation>Dimensie (site, afdeling):</translation>
    </message>
    <message>
        <source>Dutch: 1.234,5</source>
        <translation>Nederlands: 1.234,5</translation>
    </message>
    <message>
        <source>English: 1,234.5</source>
        <translation>Engels: 1,234.5</translation>
    </message>
    <message>
        <source>Numbers are written as:</source>
        <translation>Getallen worden geschreven als:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Meetwaarde</translation>
    </message>
    <message>
        <source>Columns with figures</source>
        <translation>Kolommen met cijfers</translation>
    </message>
    <message>
        <source>Save as profile:</source>
        <translation>Opslaan als profiel:</translation>
    </message>
    <message>
        <source>Save profile and preview</source>
        <translation>Profiel opslaan en voorvertoning tonen</translation>
    </message>
    <message>
        <source>One month for the whole file</source>
        <translation>Eén maand voor het hele bestand</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source>This file has no period column: type the month it covers, for example 2026-03.</source>
        <translation>Dit bestand heeft geen periodekolom: typ de maand waarover het gaat, bijvoorbeeld 2026-03.</translation>
    </message>
    <message>
        <source>As the dates in the period column show</source>
        <translation>Zoals de datums in de periodekolom laten zien</translation>
    </message>
    <message>
        <source>Day-month-year: 31-12-2026</source>
        <translation>Dag-maand-jaar: 31-12-2026</translation>
    </message>
    <message>
        <source>Month-day-year: 12/31/2026</source>
        <translation>Maand-dag-jaar: 12/31/2026</translation>
    </message>
    <message>
        <source>Dates are written as:</source>
        <translation>Datums worden geschreven als:</translation>
    </message>
    <message>
        <source>Each text in this column becomes an event on its month&apos;s charts and in the meeting pack</source>
        <translation>Elke tekst in deze kolom wordt een gebeurtenis bij zijn maand in de grafieken en het vergaderrapport</translation>
    </message>
    <message>
        <source>Notes column:</source>
        <translation>Kolom met toelichting:</translation>
    </message>
</context>
<context>
    <name>stuurboord::CompareView</name>
    <message>
        <source>Tick two to four KPIs or metrics to see them on one time axis.</source>
        <translation>Vink twee tot vier KPI&apos;s of meetwaarden aan om ze op één tijdas te zien.</translation>
    </message>
    <message>
        <source>KPIs and metrics to compare</source>
        <translation>KPI&apos;s en meetwaarden om te vergelijken</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>Laatste 24 maanden</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Alle perioden</translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Bereik van de grafiek</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Vergelijkingsgrafiek</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI&apos;s</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Meetwaarden</translation>
    </message>
    <message>
        <source>KPI, %1</source>
        <translation>KPI, %1</translation>
    </message>
    <message>
        <source>Metric, %1</source>
        <translation>Meetwaarde, %1</translation>
    </message>
    <message>
        <source>Tick two to four KPIs or metrics</source>
        <translation>Vink twee tot vier KPI&apos;s of meetwaarden aan</translation>
    </message>
</context>
<context>
    <name>stuurboord::ConflictDialog</name>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>%1 was changed by someone else</source>
        <translation>%1 is door iemand anders gewijzigd</translation>
    </message>
    <message>
        <source>%1 saved this %2 at %3, after you opened it. Nothing has been overwritten. Choose per field whose change to keep; where only one of you changed a field, that change is kept.</source>
        <translation>%1 heeft om %3 wijzigingen opgeslagen (%2), nadat jij dit opende. Er is niets overschreven. Kies per veld wiens wijziging je houdt; waar maar één van jullie een veld wijzigde, blijft die wijziging staan.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Toen je het opende</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Opgeslagen door %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Van jou</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Houden</translation>
    </message>
    <message>
        <source>%1 (both changed)</source>
        <translation>%1 (allebei gewijzigd)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Van hen</translation>
    </message>
    <message>
        <source>Save as chosen</source>
        <translation>Opslaan zoals gekozen</translation>
    </message>
    <message>
        <source>Keep theirs, drop mine</source>
        <translation>Hun versie houden, de mijne laten vallen</translation>
    </message>
    <message>
        <source>Keep mine for every field</source>
        <translation>Mijn versie voor elk veld</translation>
    </message>
    <message>
        <source>Their save</source>
        <translation>Hun versie</translation>
    </message>
</context>
<context>
    <name>stuurboord::DashboardGuide</name>
    <message>
        <source>&lt;b&gt;Start measuring what matters, in four steps.&lt;/b&gt; Each step builds on the one before; the dashboard fills itself as you go.</source>
        <translation>&lt;b&gt;Meet wat ertoe doet, in vier stappen.&lt;/b&gt; Elke stap bouwt voort op de vorige; het dashboard vult zich gaandeweg.</translation>
    </message>
    <message>
        <source>1. Goals</source>
        <translation>1. Doelstellingen</translation>
    </message>
    <message>
        <source>Write down what the intranet is for: concrete or abstract goals.</source>
        <translation>Leg vast waar het intranet voor is: concrete of abstracte doelstellingen.</translation>
    </message>
    <message>
        <source>Add a goal…</source>
        <translation>Doelstelling toevoegen…</translation>
    </message>
    <message>
        <source>2. KPIs</source>
        <translation>2. KPI&apos;s</translation>
    </message>
    <message>
        <source>Translate each goal into KPIs with a target, threshold rules and the follow-up action agreed in advance.</source>
        <translation>Vertaal elke doelstelling in KPI&apos;s met een streefwaarde, drempelwaarden en de vooraf afgesproken vervolgactie.</translation>
    </message>
    <message>
        <source>Add a KPI…</source>
        <translation>KPI toevoegen…</translation>
    </message>
    <message>
        <source>3. Measurement moments</source>
        <translation>3. Meetmomenten</translation>
    </message>
    <message>
        <source>Import the monthly usage export, or enter a survey score, at every measurement moment.</source>
        <translation>Importeer op elk meetmoment de maandelijkse gebruiksexport, of voer een enquêtescore in.</translation>
    </message>
    <message>
        <source>Import usage data…</source>
        <translation>Gebruiksgegevens importeren…</translation>
    </message>
    <message>
        <source>4. Evaluation</source>
        <translation>4. Evaluatie</translation>
    </message>
    <message>
        <source>Review the KPI set periodically: keep, change or retire KPIs, with the reason.</source>
        <translation>Evalueer de KPI-set regelmatig: KPI&apos;s behouden, aanpassen of beëindigen, met de reden.</translation>
    </message>
    <message>
        <source>Plan a KPI review…</source>
        <translation>KPI-evaluatie plannen…</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ gedaan</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>nog te doen</translation>
    </message>
</context>
<context>
    <name>stuurboord::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>How the intranet is doing, and what needs your attention.</source>
        <translation>Hoe het intranet ervoor staat en wat aandacht nodig heeft.</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Actie nodig</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Budget gebruikt</translation>
    </message>
    <message>
        <source>Budget this year</source>
        <translation>Budget dit jaar</translation>
    </message>
    <message>
        <source>No meetings planned. Plan the next stakeholder meeting.</source>
        <translation>Geen overleggen gepland. Plan het volgende stakeholderoverleg.</translation>
    </message>
    <message>
        <source>No budget planned yet. Reserve money for phase two on the Budget page.</source>
        <translation>Nog geen budget begroot. Reserveer geld voor fase twee op de pagina Budget.</translation>
    </message>
    <message>
        <source>%1: %2 spent of %3 planned; %4 left.</source>
        <translation>%1: %2 besteed van %3 begroot; %4 over.</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI&apos;s</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <source>Meetings and measurement moments</source>
        <translation>Overleggen en meetmomenten</translation>
    </message>
    <message>
        <source>Measure %1 (%2)</source>
        <translation>%1 meten (%2)</translation>
    </message>
    <message>
        <source>Double-click an item to go where it is dealt with</source>
        <translation>Dubbelklik op een regel om naar de plek te gaan waar het wordt afgehandeld</translation>
    </message>
    <message>
        <source>Trend signals</source>
        <translation>Trendsignalen</translation>
    </message>
    <message>
        <source>Double-click a signal to see its chart</source>
        <translation>Dubbelklik op een signaal om de grafiek te zien</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Grafiek tonen</translation>
    </message>
    <message>
        <source>Keep as event…</source>
        <translation>Bewaren als gebeurtenis…</translation>
    </message>
    <message>
        <source>Record this as an event that charts and reports show</source>
        <translation>Leg dit vast als gebeurtenis die grafieken en rapporten tonen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Wegklikken</translation>
    </message>
    <message>
        <source>Seen, nothing to do: hide this signal (Edit › Undo brings it back)</source>
        <translation>Gezien, niets te doen: verberg dit signaal (Bewerken › Ongedaan maken haalt het terug)</translation>
    </message>
    <message>
        <source>Double-click to go where this is dealt with</source>
        <translation>Dubbelklik om naar de plek te gaan waar dit wordt afgehandeld</translation>
    </message>
    <message>
        <source>Nothing needs action now.</source>
        <translation>Er is nu niets dat actie vraagt.</translation>
    </message>
    <message>
        <source>Trend signals appear once figures come in.</source>
        <translation>Trendsignalen verschijnen zodra er cijfers binnenkomen.</translation>
    </message>
    <message>
        <source>No trends stand out: nothing fell or rose three periods in a row, nothing is far out of range.</source>
        <translation>Er vallen geen trends op: niets daalde of steeg drie perioden op rij, niets valt ver buiten het bereik.</translation>
    </message>
    <message>
        <source>Dismiss signal</source>
        <translation>Signaal wegklikken</translation>
    </message>
    <message>
        <source>Keep as event</source>
        <translation>Bewaren als gebeurtenis</translation>
    </message>
    <message>
        <source>Keep signal as event</source>
        <translation>Signaal bewaren als gebeurtenis</translation>
    </message>
    <message>
        <source>Compare KPIs…</source>
        <translation>KPI&apos;s vergelijken…</translation>
    </message>
    <message>
        <source>See two to four KPIs or metrics on one time axis</source>
        <translation>Twee tot vier KPI&apos;s of meetwaarden op één tijdas bekijken</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>De cijfers worden gelezen…</translation>
    </message>
</context>
<context>
    <name>stuurboord::DataPage</name>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>The usage figures imported from the intranet platform, per month. Choose a metric to see its course over time.</source>
        <translation>De gebruikscijfers die uit het intranetplatform zijn geïmporteerd, per maand. Kies een meetwaarde om het verloop in de tijd te zien.</translation>
    </message>
    <message>
        <source>Metrics per month</source>
        <translation>Meetwaarden per maand</translation>
    </message>
    <message>
        <source>Nothing imported yet. Drop a usage export on the window to import it.</source>
        <translation>Nog niets geïmporteerd. Sleep een gebruiksexport naar het venster om deze te importeren.</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importgeschiedenis</translation>
    </message>
    <message>
        <source>No metrics yet. Metrics are created when you import usage data.</source>
        <translation>Nog geen meetwaarden. Meetwaarden ontstaan bij het importeren van gebruiksgegevens.</translation>
    </message>
    <message>
        <source>Metric definitions</source>
        <translation>Definities van meetwaarden</translation>
    </message>
    <message>
        <source>No saved import profiles yet.</source>
        <translation>Nog geen opgeslagen importprofielen.</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importprofielen</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <source>No usage data yet: import a usage export to see it here.</source>
        <translation>Nog geen gebruiksgegevens: importeer een gebruiksexport om ze hier te zien.</translation>
    </message>
    <message>
        <source>Remove Import…</source>
        <translation>Import verwijderen…</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Import verwijderen</translation>
    </message>
    <message>
        <source>Remove Import</source>
        <translation>Import verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1”, imported on %2, from the workspace? Its %n figure(s) will be removed with it.</source>
        <translation>
            <numerusform>“%1”, geïmporteerd op %2, uit de werkruimte verwijderen? Het %n cijfer wordt mee verwijderd.</numerusform>
            <numerusform>“%1”, geïmporteerd op %2, uit de werkruimte verwijderen? De %n cijfers worden mee verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n figure(s) of earlier imports that it replaced come back.</source>
        <translation>
            <numerusform>Het %n cijfer van eerdere imports dat deze import verving, komt terug.</numerusform>
            <numerusform>De %n cijfers van eerdere imports die deze import verving, komen terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo puts the import back.</source>
        <translation>Bewerken &gt; Ongedaan maken zet de import terug.</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>“%1” hernoemen…</translation>
    </message>
    <message>
        <source>Rename metric</source>
        <translation>Meetwaarde hernoemen</translation>
    </message>
    <message>
        <source>Name of the metric (its key %1 stays the same for formulas):</source>
        <translation>Naam van de meetwaarde (de sleutel %1 blijft voor formules hetzelfde):</translation>
    </message>
    <message>
        <source>Rename metric “%1”</source>
        <translation>Meetwaarde “%1” hernoemen</translation>
    </message>
    <message>
        <source>Metric not renamed</source>
        <translation>Meetwaarde niet hernoemd</translation>
    </message>
    <message>
        <source>By site or department</source>
        <translation>Per site of afdeling</translation>
    </message>
</context>
<context>
    <name>stuurboord::FigureTile</name>
    <message>
        <source>%1 against %2</source>
        <translation>%1 ten opzichte van %2</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;font-size:small; font-weight:normal&apos;&gt;%2&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;font-size:small; font-weight:normal&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No value yet</source>
        <translation>Nog geen waarde</translation>
    </message>
    <message>
        <source>Target: %1 to %2</source>
        <translation>Streefwaarde: %1 tot %2</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Streefwaarde: %1</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Geen streefwaarde ingesteld</translation>
    </message>
    <message>
        <source>a year earlier</source>
        <translation>een jaar eerder</translation>
    </message>
    <message>
        <source>No earlier period to compare with</source>
        <translation>Geen eerdere periode om mee te vergelijken</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>“%1” openen</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>stuurboord::FormulaAssist</name>
    <message>
        <source>Headcount (employees in the period)</source>
        <translation>Personeelsomvang (medewerkers in de periode)</translation>
    </message>
    <message>
        <source>Insert metric</source>
        <translation>Meetwaarde invoegen</translation>
    </message>
    <message>
        <source>Insert a metric by its name; the formula uses its key</source>
        <translation>Voeg een meetwaarde in op naam; de formule gebruikt de sleutel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>stuurboord::GoalsKpisPage</name>
    <message>
        <source>Goals &amp; KPIs</source>
        <translation>Doelstellingen en KPI&apos;s</translation>
    </message>
    <message>
        <source>Translate each goal into KPIs, and agree in advance what happens when a KPI crosses a threshold: only measure what you plan to act on.</source>
        <translation>Vertaal elke doelstelling naar KPI&apos;s en spreek vooraf af wat er gebeurt als een KPI een drempelwaarde overschrijdt: meet alleen waarop ook actie volgt.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI&apos;s</translation>
    </message>
    <message>
        <source>No targets yet.</source>
        <translation>Nog geen streefwaarden.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Streefwaarden</translation>
    </message>
    <message>
        <source>No threshold rules yet. Each active KPI needs one, with its follow-up action.</source>
        <translation>Nog geen drempelwaarderegels. Elke actieve KPI heeft er een nodig, met een vervolgactie.</translation>
    </message>
    <message>
        <source>Threshold rules</source>
        <translation>Drempelwaarderegels</translation>
    </message>
    <message>
        <source>No changes to KPI definitions yet.</source>
        <translation>Nog geen wijzigingen in KPI-definities.</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Wijzigingslog</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
</context>
<context>
    <name>stuurboord::GoalsPanel</name>
    <message>
        <source>No goals yet. Start with what the intranet is for.</source>
        <translation>Nog geen doelstellingen. Begin met waarvoor het intranet bedoeld is.</translation>
    </message>
    <message>
        <source>Measured by and served by</source>
        <translation>Gemeten met en gediend door</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Laatste waarde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KPIs and backlog items of the goal</source>
        <translation>KPI&apos;s en backlogitems van de doelstelling</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI&apos;s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No KPIs measure this goal yet. Add one on the KPIs tab.</source>
        <translation>Nog geen KPI&apos;s meten deze doelstelling. Voeg er een toe op het tabblad KPI&apos;s.</translation>
    </message>
    <message>
        <source>Sub-goals</source>
        <translation>Subdoelstellingen</translation>
    </message>
    <message>
        <source>Backlog items</source>
        <translation>Backlogitems</translation>
    </message>
    <message>
        <source>No backlog items serve this goal yet.</source>
        <translation>Nog geen backlogitems dienen deze doelstelling.</translation>
    </message>
</context>
<context>
    <name>stuurboord::HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;What&apos;s New</source>
        <translation>&amp;Wat is er nieuw</translation>
    </message>
    <message>
        <source>Stuurboord user guide</source>
        <translation>Handleiding Stuurboord</translation>
    </message>
    <message>
        <source>What&apos;s new in Stuurboord %1</source>
        <translation>Nieuw in Stuurboord %1</translation>
    </message>
</context>
<context>
    <name>stuurboord::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Meetwaarde</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Figures (%1)</source>
        <translation>Cijfers (%1)</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>Waarom niet geïmporteerd</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Afgewezen regels (%1)</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Hoe het bestand is gelezen</translation>
    </message>
    <message>
        <source>How it was read</source>
        <translation>Hoe het is gelezen</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Vraag het mij</translation>
    </message>
    <message>
        <source>Replace them with the figures of this file</source>
        <translation>Vervang ze door de cijfers uit dit bestand</translation>
    </message>
    <message>
        <source>Keep them and skip those rows</source>
        <translation>Behoud ze en sla die regels over</translation>
    </message>
    <message>
        <source>Figures already in the workspace:</source>
        <translation>Cijfers die al in de werkruimte staan:</translation>
    </message>
    <message>
        <source>Press Import again to import it anyway.</source>
        <translation>Klik nogmaals op Importeren om het toch te importeren.</translation>
    </message>
    <message>
        <source>Choose what to do with them below and press Import again.</source>
        <translation>Kies hieronder wat ermee moet gebeuren en klik nogmaals op Importeren.</translation>
    </message>
    <message>
        <source>Reading &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wordt gelezen…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van de import</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop importing; the workspace stays as it was</source>
        <translation>Stoppen met importeren; de werkruimte blijft zoals ze was</translation>
    </message>
    <message>
        <source>Reading the file to show what it holds…</source>
        <translation>Het bestand wordt gelezen om te laten zien wat erin staat…</translation>
    </message>
    <message>
        <source>Importing the figures into the workspace…</source>
        <translation>De cijfers worden in de werkruimte geïmporteerd…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <source>%L1 rows read, %L2 rows/s</source>
        <translation>%L1 regels gelezen, %L2 regels/s</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <source>As recognised</source>
        <translation>Zoals herkend</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Lezen als:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Werkblad:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabel:</translation>
    </message>
    <message>
        <source>for example 2026-03</source>
        <translation>bijvoorbeeld 2026-03</translation>
    </message>
    <message>
        <source>Month of the whole file:</source>
        <translation>Maand van het hele bestand:</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Zoals herkend</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Tekstcodering:</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>Opnieuw lezen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be imported.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kan niet worden geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>months</comment>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be read as &lt;b&gt;%2&lt;/b&gt;: %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wordt gelezen als &lt;b&gt;%2&lt;/b&gt;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s) for %1 in %2.</source>
        <translation>
            <numerusform>%Ln cijfer voor %1 in %2.</numerusform>
            <numerusform>%Ln cijfers voor %1 in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected.</source>
        <translation>
            <numerusform>%Ln regel afgewezen.</numerusform>
            <numerusform>%Ln regels afgewezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln totals row(s) left out.</source>
        <translation>
            <numerusform>%Ln totaalregel weggelaten.</numerusform>
            <numerusform>%Ln totaalregels weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 left out: %2</source>
        <translation>regel %1 weggelaten: %2</translation>
    </message>
    <message>
        <source>Rows as read</source>
        <translation>Regels zoals gelezen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) become events on their month.</source>
        <translation>
            <numerusform>%Ln toelichting wordt een gebeurtenis bij haar maand.</numerusform>
            <numerusform>%Ln toelichtingen worden gebeurtenissen bij hun maand.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the figures cover only those days and are marked incomplete until a file covering the whole month replaces them</source>
        <translation>%1: de cijfers beslaan alleen die dagen en zijn gemarkeerd als onvolledig tot een bestand over de hele maand ze vervangt</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Afgewezen regels</translation>
    </message>
</context>
<context>
    <name>stuurboord::KpiChart</name>
    <message>
        <source>no value</source>
        <translation>geen waarde</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Streefwaarde: %1</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Met de hand ingevoerd</translation>
    </message>
    <message>
        <source>Click to add an event here</source>
        <translation>Klik om hier een gebeurtenis toe te voegen</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Grafiek van %1</translation>
    </message>
    <message>
        <source>%1: no periods to show yet.</source>
        <translation>%1: nog geen perioden om te tonen.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3.</source>
        <translation>%1 van %2 tot en met %3.</translation>
    </message>
    <message>
        <source>Latest value %1 in %2, status: %3.</source>
        <translation>Laatste waarde %1 in %2, status: %3.</translation>
    </message>
    <message>
        <source>Target %1.</source>
        <translation>Streefwaarde %1.</translation>
    </message>
    <message>
        <source>No values yet.</source>
        <translation>Nog geen waarden.</translation>
    </message>
</context>
<context>
    <name>stuurboord::KpiPanel</name>
    <message>
        <source>No KPIs yet. Add a KPI to a goal to measure it.</source>
        <translation>Nog geen KPI&apos;s. Voeg een KPI toe aan een doelstelling om die te meten.</translation>
    </message>
    <message>
        <source>Choose a KPI to see its values, target and status per period.</source>
        <translation>Kies een KPI om de waarden, streefwaarde en status per periode te zien.</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Evalueren…</translation>
    </message>
    <message>
        <source>Keep, change or retire this KPI, with the reason</source>
        <translation>Deze KPI behouden, wijzigen of buiten gebruik stellen, met de reden</translation>
    </message>
    <message>
        <source>Enter value…</source>
        <translation>Waarde invoeren…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Values per period</source>
        <translation>Waarden per periode</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <source>Latest: %1 in %2 (%3)</source>
        <translation>Laatste: %1 in %2 (%3)</translation>
    </message>
    <message>
        <source>Retired: %1</source>
        <translation>Buiten gebruik: %1</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>Laatste 24 maanden</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Alle perioden</translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Bereik van de grafiek</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New event in %1</source>
        <translation>Nieuwe gebeurtenis in %1</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergelijken…</translation>
    </message>
    <message>
        <source>See this KPI with other KPIs or metrics on one time axis</source>
        <translation>Deze KPI met andere KPI&apos;s of meetwaarden op één tijdas bekijken</translation>
    </message>
</context>
<context>
    <name>stuurboord::KpiReviewDialog</name>
    <message>
        <source>Review KPI “%1”</source>
        <translation>KPI “%1” evalueren</translation>
    </message>
    <message>
        <source>Is this KPI still worth measuring? Keep it, change its definition, or retire it. A retired KPI keeps its history but leaves the dashboard.</source>
        <translation>Is deze KPI het meten nog waard? Behoud hem, wijzig de definitie of stel hem buiten gebruik. Een KPI die buiten gebruik is, houdt zijn geschiedenis maar verdwijnt van het dashboard.</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Behouden zoals hij is</translation>
    </message>
    <message>
        <source>Change it (new version)…</source>
        <translation>Wijzigen (nieuwe versie)…</translation>
    </message>
    <message>
        <source>Retire it</source>
        <translation>Buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Reden *</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Change KPI “%1”</source>
        <translation>KPI “%1” wijzigen</translation>
    </message>
</context>
<context>
    <name>stuurboord::LogoPicker</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s logo</source>
        <translation>Logo van de organisatie kiezen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>No logo: the pack&apos;s cover starts with the organisation&apos;s name.</source>
        <translation>Geen logo: het voorblad van het vergaderrapport begint met de naam van de organisatie.</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Deze afbeelding kan niet worden getoond.</translation>
    </message>
</context>
<context>
    <name>stuurboord::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>&amp;Demowerkruimte openen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Stuurboord</source>
        <translation>&amp;Over Stuurboord</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demowerkruimte</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Kan werkruimte niet openen</translation>
    </message>
    <message>
        <source>The workspace was updated to the new version; a copy of the old one is at %1.</source>
        <translation>De werkruimte is bijgewerkt naar de nieuwe versie; een kopie van de oude staat in %1.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <source>Name of the organisation:</source>
        <translation>Naam van de organisatie:</translation>
    </message>
    <message>
        <source>This workspace is open; choose another file name.</source>
        <translation>Deze werkruimte is geopend; kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopie opgeslagen als %1.</translation>
    </message>
    <message>
        <source>About Stuurboord</source>
        <translation>Over Stuurboord</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stuurboord %1&lt;/h3&gt;&lt;p&gt;Steer your social intranet after go-live.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLite %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stuurboord %1&lt;/h3&gt;&lt;p&gt;Houd het sociale intranet op koers na de livegang.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLite %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;lose Workspace</source>
        <translation>Werkruimte &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Import Usage Data…</source>
        <translation>Gebruiksgegevens &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Organisation Profile…</source>
        <translation>Organisatie&amp;profiel…</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Organisatieprofiel</translation>
    </message>
    <message>
        <source>Import usage data</source>
        <translation>Gebruiksgegevens importeren</translation>
    </message>
    <message>
        <source>Open or create a workspace first, then drop the export on the window.</source>
        <translation>Open of maak eerst een werkruimte en sleep de export dan naar het venster.</translation>
    </message>
    <message>
        <source>Import with Column &amp;Mapping…</source>
        <translation>I&amp;mporteren met kolomtoewijzing…</translation>
    </message>
    <message>
        <source>Usage exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Gebruiksexports (*.csv *.tsv *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>This page has no chart to export.</source>
        <translation>Deze pagina heeft geen grafiek om te exporteren.</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>Tabel &amp;exporteren als CSV…</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Grafiek exporteren als &amp;PNG…</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation>Grafiek exporteren als S&amp;VG…</translation>
    </message>
    <message>
        <source>Cop&amp;y Chart</source>
        <translation>&amp;Grafiek kopiëren</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Tabel exporteren als CSV</translation>
    </message>
    <message>
        <source>This page shows no table to export.</source>
        <translation>Deze pagina toont geen tabel om te exporteren.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(alleen-lezen)</translation>
    </message>
    <message>
        <source>Read-only: changes are switched off for this workspace.</source>
        <translation>Alleen-lezen: wijzigen staat uit voor deze werkruimte.</translation>
    </message>
    <message>
        <source>Workspace opened read-only</source>
        <translation>Werkruimte alleen-lezen geopend</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>%1 The password was not kept; Stuurboord will ask for it again.</source>
        <translation>%1 Het wachtwoord is niet bewaard; je moet het de volgende keer opnieuw invullen.</translation>
    </message>
    <message>
        <source>Shown with the changes another editor just saved.</source>
        <translation>Bijgewerkt met de wijzigingen die een andere redacteur zojuist opsloeg.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <source>Open Team &amp;Workspace…</source>
        <translation>Team&amp;werkruimte openen…</translation>
    </message>
</context>
<context>
    <name>stuurboord::ManualValueDialog</name>
    <message>
        <source>Enter a measured value</source>
        <translation>Een gemeten waarde invoeren</translation>
    </message>
    <message>
        <source>For example: survey of March, 412 respondents</source>
        <translation>Bijvoorbeeld: peiling van maart, 412 respondenten</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>There are no KPIs measured by hand. Add a KPI with source “manual entry” first.</source>
        <translation>Er zijn geen KPI&apos;s die met de hand worden gemeten. Voeg eerst een KPI toe met als bron “handmatige invoer”.</translation>
    </message>
    <message>
        <source>Unusual value</source>
        <translation>Ongebruikelijke waarde</translation>
    </message>
    <message>
        <source>%1% is outside 0–100% for a percentage. Save it anyway?</source>
        <translation>%1% ligt buiten 0–100% voor een percentage. Toch opslaan?</translation>
    </message>
    <message>
        <source>Enter value for “%1”</source>
        <translation>Waarde invoeren voor “%1”</translation>
    </message>
</context>
<context>
    <name>stuurboord::MeasurementsPage</name>
    <message>
        <source>Measurements</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <source>When each KPI is measured next, which measurement moments are overdue and what is missing, and the values entered by hand such as survey scores.</source>
        <translation>Wanneer elke KPI weer wordt gemeten, welke meetmomenten verlopen zijn en wat er ontbreekt, en de met de hand ingevoerde waarden zoals enquêtescores.</translation>
    </message>
    <message>
        <source>Next measurement moments</source>
        <translation>Volgende meetmomenten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Wat ontbreekt</translation>
    </message>
    <message>
        <source>Overdue measurement moments</source>
        <translation>Verlopen meetmomenten</translation>
    </message>
    <message>
        <source>Enter value…</source>
        <translation>Waarde invoeren…</translation>
    </message>
    <message>
        <source>Enter a value measured by hand, such as a survey score</source>
        <translation>Een met de hand gemeten waarde invoeren, zoals een enquêtescore</translation>
    </message>
    <message>
        <source>No values entered yet. Enter survey scores and other manual KPI values here.</source>
        <translation>Nog geen waarden ingevoerd. Voer hier enquêtescores en andere handmatige KPI-waarden in.</translation>
    </message>
    <message>
        <source>No headcount yet. Enter the number of employees per month.</source>
        <translation>Nog geen personeelsomvang. Voer het aantal medewerkers per maand in.</translation>
    </message>
    <message>
        <source>No events yet. Note launches, campaigns and platform changes here.</source>
        <translation>Nog geen gebeurtenissen. Leg hier lanceringen, campagnes en platformwijzigingen vast.</translation>
    </message>
    <message>
        <source>KPI values</source>
        <translation>KPI-waarden</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Personeelsomvang</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Nothing overdue: every measurement moment has its value.</source>
        <translation>Niets verlopen: elk meetmoment heeft zijn waarde.</translation>
    </message>
</context>
<context>
    <name>stuurboord::MeetingDetail</name>
    <message>
        <source>Choose a meeting to see who attended, its agenda, minutes, decisions and action items.</source>
        <translation>Kies een overleg om te zien wie er waren, met de agenda, het verslag, de besluiten en de actiepunten.</translation>
    </message>
    <message>
        <source>Edit Meeting…</source>
        <translation>Overleg bewerken…</translation>
    </message>
    <message>
        <source>Propose Agenda…</source>
        <translation>Agenda voorstellen…</translation>
    </message>
    <message>
        <source>Propose an agenda from what needs attention on the meeting&apos;s date</source>
        <translation>Stel een agenda voor op basis van wat op de datum van het overleg aandacht nodig heeft</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Attendees (tick who was there)</source>
        <translation>Aanwezigen (vink aan wie er waren)</translation>
    </message>
    <message>
        <source>No decisions recorded for this meeting.</source>
        <translation>Geen besluiten vastgelegd bij dit overleg.</translation>
    </message>
    <message>
        <source>No action items raised at this meeting.</source>
        <translation>Geen actiepunten uit dit overleg.</translation>
    </message>
    <message>
        <source>Attendees, Agenda &amp;&amp; Minutes</source>
        <translation>Aanwezigen, agenda &amp;&amp; verslag</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Action Items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>No agenda yet. Use Propose Agenda… to start one.</source>
        <translation>Nog geen agenda. Gebruik Agenda voorstellen… om te beginnen.</translation>
    </message>
    <message>
        <source>No minutes yet.</source>
        <translation>Nog geen verslag.</translation>
    </message>
    <message>
        <source>(invited)</source>
        <translation>(uitgenodigd)</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation>Besluiten (%1)</translation>
    </message>
    <message>
        <source>Action Items (%1)</source>
        <translation>Actiepunten (%1)</translation>
    </message>
    <message>
        <source>Change attendees of “%1”</source>
        <translation>Aanwezigen van “%1” wijzigen</translation>
    </message>
    <message>
        <source>Attendees not saved</source>
        <translation>Aanwezigen niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>stuurboord::MeetingsPanel</name>
    <message>
        <source>Meeting series</source>
        <translation>Overlegreeks</translation>
    </message>
    <message>
        <source>Plan Next Meeting</source>
        <translation>Volgend overleg plannen</translation>
    </message>
    <message>
        <source>Add the next meeting on the date the cadence gives, with a proposed agenda</source>
        <translation>Voeg het volgende overleg toe op de datum die het ritme aangeeft, met een voorgestelde agenda</translation>
    </message>
    <message>
        <source>No meetings in this series yet. Use Plan Next Meeting to add the first.</source>
        <translation>Nog geen overleggen in deze reeks. Gebruik Volgend overleg plannen om het eerste toe te voegen.</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Reeks:</translation>
    </message>
    <message>
        <source>No meeting series yet. Add one on the Meeting Series tab (for example a quarterly steering group with the sponsor as chair).</source>
        <translation>Nog geen overlegreeks. Voeg er een toe op het tabblad Overlegreeksen (bijvoorbeeld een stuurgroep per kwartaal met de sponsor als voorzitter).</translation>
    </message>
    <message>
        <source>chair: %1</source>
        <translation>voorzitter: %1</translation>
    </message>
    <message>
        <source>no chair</source>
        <translation>geen voorzitter</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held, the last on %1</source>
        <translation>
            <numerusform>%n gehouden, het laatste op %1</numerusform>
            <numerusform>%n gehouden, het laatste op %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No cadence agreed: set one to plan meetings ahead and see skipped ones.</source>
        <translation>Geen ritme afgesproken: stel er een in om overleggen vooruit te plannen en overgeslagen overleggen te zien.</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Gepland: %1</translation>
    </message>
    <message>
        <source>The next meeting was due on %1 and is not planned yet.</source>
        <translation>Het volgende overleg was voorzien rond %1 en is nog niet ingepland.</translation>
    </message>
    <message>
        <source>Next dates from the cadence: %1</source>
        <translation>Volgende data volgens het ritme: %1</translation>
    </message>
    <message>
        <source>Skipped: no meeting around %1.</source>
        <translation>Overgeslagen: geen overleg rond %1.</translation>
    </message>
    <message>
        <source>Plan meeting “%1”</source>
        <translation>Overleg “%1” plannen</translation>
    </message>
    <message>
        <source>Meeting not planned</source>
        <translation>Overleg niet gepland</translation>
    </message>
</context>
<context>
    <name>stuurboord::MetricChart</name>
    <message numerus="yes">
        <source>%1: %n month(s) from %2 to %3; in the last month %4.</source>
        <translation>
            <numerusform>%1: %n maand, van %2 tot en met %3; in de laatste maand %4.</numerusform>
            <numerusform>%1: %n maanden, van %2 tot en met %3; in de laatste maand %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stuurboord::MetricExplorer</name>
    <message>
        <source>Metric</source>
        <translation>Meetwaarde</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Laatste 3 maanden</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Alle maanden</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>How many to name</source>
        <translation>Hoeveel bij naam</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Meetwaarde:</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>&amp;Over:</translation>
    </message>
    <message>
        <source>&amp;Largest:</source>
        <translation>&amp;Grootste:</translation>
    </message>
    <message>
        <source>Metric by dimension</source>
        <translation>Meetwaarde per site of afdeling</translation>
    </message>
    <message>
        <source>Site or department</source>
        <translation>Site of afdeling</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>No figures per site or department yet. Import an export that has a site, department or other dimension column to see a metric broken down here.</source>
        <translation>Nog geen cijfers per site of afdeling. Importeer een export met een kolom voor site, afdeling of een andere indeling om een meetwaarde hier uitgesplitst te zien.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %2: %3 in total, from %n site(s) or department(s).</source>
        <translation>
            <numerusform>%1 over %2: %3 in totaal, van %n site of afdeling.</numerusform>
            <numerusform>%1 over %2: %3 in totaal, van %n sites of afdelingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>stuurboord::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interfacetaal</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interfacetaal:</translation>
    </message>
    <message>
        <source>&amp;Follow the system&apos;s theme (light or dark)</source>
        <translation>&amp;Thema van het systeem volgen (licht of donker)</translation>
    </message>
    <message>
        <source>Off: Stuurboord is always light, whatever the desktop uses.</source>
        <translation>Uit: Stuurboord is altijd licht, wat het bureaublad ook gebruikt.</translation>
    </message>
    <message>
        <source>The interface language and the theme change when Stuurboord starts again.</source>
        <translation>De interfacetaal en het thema veranderen als Stuurboord opnieuw start.</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Werkruimten</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Report language of new workspaces</source>
        <translation>Rapporttaal van nieuwe werkruimten</translation>
    </message>
    <message>
        <source>A workspace keeps its own report language in Edit › Organisation Profile; this is where new ones start.</source>
        <translation>Een werkruimte bewaart haar eigen rapporttaal in Bewerken › Organisatieprofiel; nieuwe werkruimten beginnen met deze.</translation>
    </message>
    <message>
        <source>&amp;Report language of new workspaces:</source>
        <translation>&amp;Rapporttaal van nieuwe werkruimten:</translation>
    </message>
    <message>
        <source>The folder used last</source>
        <translation>De laatst gebruikte map</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Importmap</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose the folder the import dialog opens in</source>
        <translation>Kies de map waarin het importvenster opent</translation>
    </message>
    <message>
        <source>Import fo&amp;lder:</source>
        <translation>Import&amp;map:</translation>
    </message>
    <message>
        <source>&amp;Back up a workspace automatically when it is closed</source>
        <translation>Automatisch een &amp;back-up maken als een werkruimte sluit</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>Aantal automatische back-ups om te bewaren</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Be&amp;waar de laatste:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> back-ups</translation>
    </message>
    <message>
        <source>Folder for usage exports</source>
        <translation>Map voor gebruiksexports</translation>
    </message>
    <message>
        <source>The import folder %1 does not exist. Choose an existing folder, or leave the field empty to open the folder used last.</source>
        <translation>De importmap %1 bestaat niet. Kies een bestaande map, of laat het veld leeg om de laatst gebruikte map te openen.</translation>
    </message>
    <message>
        <source>Restart Stuurboord</source>
        <translation>Stuurboord opnieuw starten</translation>
    </message>
    <message>
        <source>The new language or theme is used when Stuurboord starts again. Restart now? The open workspace is closed and opened again; nothing is lost.</source>
        <translation>De nieuwe taal of het nieuwe thema wordt gebruikt als Stuurboord opnieuw start. Nu opnieuw starten? De open werkruimte wordt gesloten en weer geopend; er gaat niets verloren.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Nu &amp;herstarten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>stuurboord::ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>stuurboord::RecordEditDialog</name>
    <message>
        <source>New %1</source>
        <translation>Toevoegen: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Bewerken: %1</translation>
    </message>
    <message>
        <source>%1 is not a number Stuurboord understands.</source>
        <translation>%1 is geen getal dat Stuurboord begrijpt.</translation>
    </message>
</context>
<context>
    <name>stuurboord::RecordTableView</name>
    <message>
        <source>Search %1…</source>
        <translation>Zoeken in %1…</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Zoeken in %1</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add a %1</source>
        <translation>Een %1 toevoegen</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Kan niet verwijderen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation>%1 “%2” verwijderen?</translation>
    </message>
    <message>
        <source>You can undo this with Edit › Undo.</source>
        <translation>Je kunt dit ongedaan maken met Bewerken › Ongedaan maken.</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
</context>
<context>
    <name>stuurboord::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Meeting pack preview</source>
        <translation>Voorbeeld vergaderrapport</translation>
    </message>
    <message>
        <source>Save meeting pack as PDF</source>
        <translation>Vergaderrapport opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The meeting pack as the workspace stood on the meeting&apos;s date: summary, KPIs and their charts, follow-up actions, decisions, budget and the phase-two backlog. What you see below is what prints and what the PDF holds.</source>
        <translation>Het vergaderrapport zoals de werkruimte er op de datum van de vergadering bij stond: samenvatting, KPI&apos;s en hun grafieken, vervolgacties, besluiten, budget en de backlog fase twee. Wat je hieronder ziet, wordt afgedrukt en komt in de PDF.</translation>
    </message>
    <message>
        <source>Pack for</source>
        <translation>Rapport voor</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Vergadering</translation>
    </message>
    <message>
        <source>&amp;Date without a meeting</source>
        <translation>Datum &amp;zonder vergadering</translation>
    </message>
    <message>
        <source>Date of the pack</source>
        <translation>Datum van het rapport</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Numbers, amounts and dates follow the pack&apos;s language, whatever the language of the application.</source>
        <translation>Getallen, bedragen en datums volgen de taal van het rapport, ongeacht de taal van de applicatie.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als PDF…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and try again.</source>
        <translation>De printer kon niet worden gestart. Controleer of die aanstaat en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>stuurboord::StakeholderGrid</name>
    <message>
        <source>Influence/interest grid</source>
        <translation>Invloed-belangmatrix</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 meer</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Belang →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Invloed →</translation>
    </message>
    <message>
        <source>Add stakeholders with their influence and interest to see where each one stands.</source>
        <translation>Voeg belanghebbenden toe met hun invloed en belang om te zien waar ieder staat.</translation>
    </message>
    <message>
        <source>Influence %1, interest %2: %3</source>
        <translation>Invloed %1, belang %2: %3</translation>
    </message>
    <message>
        <source>Contact lapsed</source>
        <translation>Contact verlopen</translation>
    </message>
    <message>
        <source>Manage closely: %1. Keep satisfied: %2. Keep informed: %3. Monitor: %4.</source>
        <translation>Nauw betrekken: %1. Tevreden houden: %2. Informeren: %3. Monitoren: %4.</translation>
    </message>
</context>
<context>
    <name>stuurboord::StakeholderRegisterPanel</name>
    <message>
        <source>Stakeholders needing attention</source>
        <translation>Belanghebbenden die aandacht nodig hebben</translation>
    </message>
    <message>
        <source>No stakeholders yet. Start with the sponsor.</source>
        <translation>Nog geen belanghebbenden. Begin met de sponsor.</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kwadrant</translation>
    </message>
    <message>
        <source>All quadrants</source>
        <translation>Alle kwadranten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>Only lapsed contacts</source>
        <translation>Alleen verlopen contacten</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Aandacht nodig</translation>
    </message>
</context>
<context>
    <name>stuurboord::StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Belanghebbenden</translation>
    </message>
    <message>
        <source>Keep sponsors and stakeholders on board: who they are, how much influence and interest they have, the meetings with them, what was decided and agreed, and what is still to be done.</source>
        <translation>Houd sponsors en belanghebbenden aan boord: wie ze zijn, hoeveel invloed en belang ze hebben, de overleggen met hen, wat is besloten en afgesproken, en wat nog moet gebeuren.</translation>
    </message>
    <message>
        <source>Register &amp;&amp; Grid</source>
        <translation>Register &amp;&amp; matrix</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Nog geen actiepunten.</translation>
    </message>
    <message>
        <source>Action Items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translation>Nog geen besluiten vastgelegd.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>No agreements recorded yet.</source>
        <translation>Nog geen afspraken vastgelegd.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>No recurring meetings yet. Plan a quarterly stakeholder meeting.</source>
        <translation>Nog geen terugkerende overleggen. Plan een stakeholderoverleg per kwartaal.</translation>
    </message>
    <message>
        <source>Meeting Series</source>
        <translation>Overlegreeksen</translation>
    </message>
    <message>
        <source>Nobody is invited to a meeting series yet.</source>
        <translation>Nog niemand is uitgenodigd voor een overlegreeks.</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
</context>
<context>
    <name>stuurboord::TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>Teamwerkruimte openen</translation>
    </message>
    <message>
        <source>A team workspace lives in a PostgreSQL database that several people open at once. Your administrator gives you the server, the database and your user name.</source>
        <translation>Een teamwerkruimte staat in een PostgreSQL-database die meerdere mensen tegelijk openen. Je beheerder geeft je de server, de database en je gebruikersnaam.</translation>
    </message>
    <message>
        <source>for example intranet-db.gemeente.nl</source>
        <translation>bijvoorbeeld intranet-db.gemeente.nl</translation>
    </message>
    <message>
        <source>empty: from the keyring or ~/.pgpass</source>
        <translation>leeg: uit de sleutelbos of ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Keep the password in this computer&apos;s keyring</source>
        <translation>Wachtwoord &amp;bewaren in de sleutelbos van deze computer</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
</context>
<context>
    <name>stuurboord::WelcomePage</name>
    <message>
        <source>Welcome to Stuurboord</source>
        <translation>Welkom bij Stuurboord</translation>
    </message>
    <message>
        <source>Steer your social intranet after go-live: goals and KPIs with agreed follow-up actions, stakeholders and meetings, budget, the phase-two backlog, and the monthly usage figures.</source>
        <translation>Houd het sociale intranet op koers na de livegang: doelstellingen en KPI&apos;s met afgesproken vervolgacties, belanghebbenden en overleggen, budget, de backlog fase twee en de maandelijkse gebruikscijfers.</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Nieuwe werkruimte…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Werkruimte openen…</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Demowerkruimte openen</translation>
    </message>
    <message>
        <source>A fictional municipality with two years of data, to look around in.</source>
        <translation>Een fictieve gemeente met twee jaar aan gegevens, om rond te kijken.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Recente werkruimten</translation>
    </message>
    <message>
        <source>No recent workspaces yet.</source>
        <translation>Nog geen recente werkruimten.</translation>
    </message>
    <message>
        <source>Start with an empty workspace for your organisation.</source>
        <translation>Begin met een lege werkruimte voor de eigen organisatie.</translation>
    </message>
    <message>
        <source>Open a workspace file, for example one a colleague mailed you.</source>
        <translation>Open een werkruimtebestand, bijvoorbeeld een bestand dat een collega heeft gemaild.</translation>
    </message>
    <message>
        <source>Read the user guide</source>
        <translation>De handleiding lezen</translation>
    </message>
    <message>
        <source>The four steps from goals to evaluation, the monthly import, preparing a stakeholder meeting and moving to a new laptop.</source>
        <translation>De vier stappen van doelstelling tot evaluatie, de maandelijkse import, een stakeholderoverleg voorbereiden en de overstap naar een nieuwe laptop.</translation>
    </message>
</context>
<context>
    <name>stuurboord::WishesPanel</name>
    <message>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <source>Show wishes</source>
        <translation>Wensen tonen</translation>
    </message>
    <message>
        <source>All wishes</source>
        <translation>Alle wensen</translation>
    </message>
    <message>
        <source>Waiting for an answer (new or considered)</source>
        <translation>Wacht op antwoord (nieuw of overwogen)</translation>
    </message>
    <message>
        <source>Move to Backlog…</source>
        <translation>Naar de backlog…</translation>
    </message>
    <message>
        <source>Make a phase-two backlog item of this wish; the wish links to it.</source>
        <translation>Maak van deze wens een item op de backlog fase twee; de wens verwijst ernaar.</translation>
    </message>
    <message>
        <source>Mark Considered</source>
        <translation>Markeren als overwogen</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <source>Decline the wish and record why, for the answer to its sender.</source>
        <translation>Wijs de wens af en leg vast waarom, voor het antwoord aan de indiener.</translation>
    </message>
    <message>
        <source>No wishes or feedback yet. Record what colleagues ask for, however small.</source>
        <translation>Nog geen wensen of feedback. Leg vast wat collega&apos;s vragen, hoe klein ook.</translation>
    </message>
    <message>
        <source>Move Wish to the Backlog</source>
        <translation>Wens naar de backlog</translation>
    </message>
    <message>
        <source>Move to Backlog</source>
        <translation>Naar de backlog</translation>
    </message>
    <message>
        <source>This wish no longer exists.</source>
        <translation>Deze wens bestaat niet meer.</translation>
    </message>
    <message>
        <source>Move wish “%1” to the backlog</source>
        <translation>Wens ‘%1’ naar de backlog</translation>
    </message>
    <message>
        <source>Mark wish “%1” considered</source>
        <translation>Wens ‘%1’ als overwogen markeren</translation>
    </message>
    <message>
        <source>Decline Wish</source>
        <translation>Wens afwijzen</translation>
    </message>
    <message>
        <source>Why is “%1” declined? The reason is kept with the wish.</source>
        <translation>Waarom wordt ‘%1’ afgewezen? De reden wordt bij de wens bewaard.</translation>
    </message>
    <message>
        <source>Decline wish “%1”</source>
        <translation>Wens ‘%1’ afwijzen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>stuurboord::WorkspaceContext</name>
    <message>
        <source>%1: not undone or redone, because someone else changed the same record since. %2 Their change stays.</source>
        <translation>%1: niet ongedaan gemaakt of opnieuw gedaan, omdat iemand anders hetzelfde gegeven sindsdien heeft gewijzigd. %2 Die wijziging blijft staan.</translation>
    </message>
    <message>
        <source>%1: the change could not be written; the workspace is as it was.</source>
        <translation>%1: de wijziging kon niet worden weggeschreven; de werkruimte is zoals ze was.</translation>
    </message>
</context>
<context>
    <name>stuurboord::WorkspaceView</name>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Goals &amp; KPIs</source>
        <translation>Doelstellingen en KPI&apos;s</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Belanghebbenden</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Backlog &amp; wishes</source>
        <translation>Backlog en wensen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
</context>
</TS>
