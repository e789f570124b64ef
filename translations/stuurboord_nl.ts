<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
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
        <translation>De grafiek kon niet worden opgeslagen in %1. Kies een map waarin u mag schrijven.</translation>
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
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <translation>%1 “%2” verwijderen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source>Remove import of %1</source>
        <translation>Import van %1 verwijderen</translation>
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
        <source>Stuurboord: steer your social intranet after go-live.

Without a command it opens the application (optionally on WORKSPACE, or on the
demo workspace with --demo).
Commands:
  new PATH [--name ORGANISATION]   create an empty workspace
  demo PATH [--as-of YYYY-MM]      write the demo workspace
  check WORKSPACE                  check a workspace and describe it
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
  benchmark import WORKSPACE FILE  add a peer&apos;s benchmark file to the benchmarks</source>
        <translation>Stuurboord: houd je sociale intranet op koers na de livegang.

Zonder opdracht opent het de toepassing (eventueel met WORKSPACE, of met de
demowerkruimte via --demo).
Opdrachten:
  new PATH [--name ORGANISATION]   een lege werkruimte aanmaken
  demo PATH [--as-of YYYY-MM]      de demowerkruimte schrijven
  check WORKSPACE                  een werkruimte controleren en beschrijven
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
  benchmark import WORKSPACE FILE  het benchmarkbestand van een vakgenoot toevoegen</translation>
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
        <translation>must have</translation>
    </message>
    <message>
        <source>should have</source>
        <translation>should have</translation>
    </message>
    <message>
        <source>could have</source>
        <translation>could have</translation>
    </message>
    <message>
        <source>won&apos;t have</source>
        <translation>won&apos;t have</translation>
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
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Dismissed on</source>
        <translation>Weggeklikt op</translation>
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
        <source>The file is UTF-16 but has an odd number of bytes (%1), so its last character is cut off. The file may be truncated; download it again.</source>
        <translation>Het bestand is UTF-16 maar heeft een oneven aantal bytes (%1), dus het laatste teken is afgebroken. Het bestand is mogelijk onvolledig; download het opnieuw.</translation>
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
        <source>The file is UTF-16 but ends in the middle of a character (an odd number of bytes, %1). The file may be truncated; download it again.</source>
        <translation>Het bestand is UTF-16 maar eindigt midden in een teken (een oneven aantal bytes, %1). Het bestand is mogelijk onvolledig; download het opnieuw.</translation>
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
    <message numerus="yes">
        <source>%n row(s) of deleted users are not counted</source>
        <translation>
            <numerusform>%n rij van verwijderde gebruikers wordt niet meegeteld</numerusform>
            <numerusform>%n rijen van verwijderde gebruikers worden niet meegeteld</numerusform>
        </translation>
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
        <source>There are no meetings yet. Add a stakeholder meeting on the Stakeholders page to prepare its meeting pack.</source>
        <translation>Er zijn nog geen overleggen. Voeg een stakeholderoverleg toe op de pagina Belanghebbenden om het vergaderrapport voor te bereiden.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Usage figures</source>
        <translation>Gebruikscijfers</translation>
    </message>
    <message>
        <source>No usage data imported yet.</source>
        <translation>Nog geen gebruiksgegevens geïmporteerd.</translation>
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
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Openstaande actiepunten</translation>
    </message>
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
        <source>Decisions of the previous meeting (%1)</source>
        <translation>Besluiten van het vorige overleg (%1)</translation>
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
        <source>Target quarter</source>
        <translation>Beoogd kwartaal</translation>
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
        <source>The workspace is damaged and cannot be opened safely (%1). Stuurboord did not change it; open a backup copy instead.</source>
        <translation>De werkruimte is beschadigd en kan niet veilig worden geopend (%1). Stuurboord heeft niets gewijzigd; open in plaats daarvan een reservekopie.</translation>
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
        <source>The copy could not be written: %1</source>
        <translation>De kopie kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>The copy could not be saved as %1.</source>
        <translation>De kopie kon niet worden opgeslagen als %1.</translation>
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
        <source>Choose a file other than the open workspace itself.</source>
        <translation>Kies een ander bestand dan de geopende werkruimte zelf.</translation>
    </message>
    <message>
        <source>This workspace was made by an older version of Stuurboord. Open it once in the application to update it, then try again.</source>
        <translation>Deze werkruimte is gemaakt met een oudere versie van Stuurboord. Open haar eenmaal in de toepassing om haar bij te werken en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The workspace could not be opened a second time: %1</source>
        <translation>De werkruimte kon niet een tweede keer worden geopend: %1</translation>
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
    <name>stuurboord::BudgetPage</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Reserve budget for phase two, workshops and inspiration sessions, or phase two never starts. Planned against spent per line.</source>
        <translation>Reserveer budget voor fase twee, workshops en inspiratiesessies, anders komt fase twee nooit van de grond. Begroot tegenover besteed per regel.</translation>
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
        <source>Planned and spent per budget line</source>
        <translation>Begroot en besteed per budgetregel</translation>
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
        <source>Remaining</source>
        <translation>Resterend</translation>
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
        <source>Workspace in use</source>
        <translation>Werkruimte in gebruik</translation>
    </message>
    <message>
        <source>If you are sure Stuurboord no longer runs there (for example after a crash), you can open it anyway. Open anyway?</source>
        <translation>Als zeker is dat Stuurboord daar niet meer draait (bijvoorbeeld na een crash), kan de werkruimte toch worden geopend. Toch openen?</translation>
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
        <translation>Importeren met kolom&amp;toewijzing…</translation>
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
        <source>Export Chart as &amp;PNG…</source>
        <translation>Grafiek exporteren als &amp;PNG…</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation>Grafiek exporteren als S&amp;VG…</translation>
    </message>
    <message>
        <source>Cop&amp;y Chart</source>
        <translation>Grafiek &amp;kopiëren</translation>
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
</context>
<context>
    <name>stuurboord::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>The meeting pack for a stakeholder meeting: usage figures, open action items, decisions, budget and the top of the phase-two backlog.</source>
        <translation>Het vergaderrapport voor een stakeholderoverleg: gebruikscijfers, openstaande actiepunten, besluiten, budget en de top van de backlog fase twee.</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Overleg:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
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
        <source>Keep sponsors and stakeholders on board: who they are, how much influence and interest they have, the meetings with them, what was decided and agreed, and what is still to be done.</source>
        <translation>Houd sponsors en belanghebbenden aan boord: wie ze zijn, hoeveel invloed en belang ze hebben, de overleggen met hen, wat is besloten en afgesproken, en wat nog moet gebeuren.</translation>
    </message>
    <message>
        <source>No stakeholders yet. Start with the sponsor.</source>
        <translation>Nog geen belanghebbenden. Begin met de sponsor.</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Nog geen overleggen.</translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translation>Nog geen besluiten vastgelegd.</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Nog geen actiepunten.</translation>
    </message>
    <message>
        <source>No agreements recorded yet.</source>
        <translation>Nog geen afspraken vastgelegd.</translation>
    </message>
    <message>
        <source>No recurring meetings yet. Plan a quarterly stakeholder meeting.</source>
        <translation>Nog geen terugkerende overleggen. Plan een stakeholderoverleg per kwartaal.</translation>
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
        <source>Deferred custom work and employee wishes form the phase-two backlog.</source>
        <translation>Uitgesteld maatwerk en wensen van medewerkers vormen de backlog fase twee.</translation>
    </message>
    <message>
        <source>The phase-two backlog is empty.</source>
        <translation>De backlog fase twee is leeg.</translation>
    </message>
    <message>
        <source>No wishes or feedback yet.</source>
        <translation>Nog geen wensen of feedback.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
</context>
</TS>
