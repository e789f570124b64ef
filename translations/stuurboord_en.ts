<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Agenda</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing point of every meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening and introductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first meeting of the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous meeting was on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of its action items are still open.</source>
        <translation>
            <numerusform>%n of its action items is still open.</numerusform>
            <numerusform>%n of its action items are still open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes and action items of the previous meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2, due %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue action items (%n)</source>
        <translation>
            <numerusform>Overdue action items (%n)</numerusform>
            <numerusform>Overdue action items (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Past their due date and still open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its review was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its review is due on %1, before the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review agreement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsorship of the intranet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stakeholders without recent contact (%n)</source>
        <translation>
            <numerusform>Stakeholders without recent contact (%n)</numerusform>
            <numerusform>Stakeholders without recent contact (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KPIs off track or at risk (%n)</source>
        <translation>
            <numerusform>KPIs off track or at risk (%n)</numerusform>
            <numerusform>KPIs off track or at risk (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up actions fired by threshold rules (%n)</source>
        <translation>
            <numerusform>Follow-up actions fired by threshold rules (%n)</numerusform>
            <numerusform>Follow-up actions fired by threshold rules (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue measurement moments (%n)</source>
        <translation>
            <numerusform>Overdue measurement moments (%n)</numerusform>
            <numerusform>Overdue measurement moments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Budget warnings (%n)</source>
        <translation>
            <numerusform>Budget warnings (%n)</numerusform>
            <numerusform>Budget warnings (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backlog items awaiting a decision (%n)</source>
        <translation>
            <numerusform>Backlog items awaiting a decision (%n)</numerusform>
            <numerusform>Backlog items awaiting a decision (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionCollector</name>
    <message>
        <source>“%1” is off track in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is at risk in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against a target of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up action for “%1”, overdue since %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up action for “%1”, due %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item overdue since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement of “%1” for %2 is overdue: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n later moment(s) too.</source>
        <translation>
            <numerusform>%n later moment too.</numerusform>
            <numerusform>%n later moments too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement “%1” was due for review on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement “%1” is due for review on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backlog</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has been an idea for %n days without a decision: plan it or reject it.</source>
        <translation>
            <numerusform>%1 has been an idea for %n day without a decision: plan it or reject it.</numerusform>
            <numerusform>%1 has been an idea for %n days without a decision: plan it or reject it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is planned but has no target quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was planned for %2, which has passed: plan it again or drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wish from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has waited %n days for an answer.</source>
        <translation>
            <numerusform>%1 has waited %n day for an answer.</numerusform>
            <numerusform>%1 has waited %n days for an answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money pits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value, little effort: do these first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value, much effort: plan them and reserve budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little value, little effort: do them when there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little value, much effort: decline them or rethink them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wish no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wish received on %1 by %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wish from %1, received on %2 by %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wish was already moved to the backlog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wish could not be moved to the backlog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkExchange</name>
    <message>
        <source>The benchmark file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Stuurboord benchmark file. Ask the peer organisation for the file that Stuurboord exports under Data › Benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This benchmark file was made by a newer version of Stuurboord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer organisation (%1, %2), file %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark values could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message numerus="yes">
        <source>Other (%n)</source>
        <translation>
            <numerusform>Other (%n)</numerusform>
            <numerusform>Other (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>There is no %1 budget to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 budget already exists; adjust its lines instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 budget has no lines to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft prepared from the %1 budget; adjust the amounts and approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 budget could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetWarnings</name>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line %1 is overspent: %2 spent of %3 planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line %1 is overcommitted: %2 spent and %3 committed to backlog items exceed the %4 planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 budget has no money for phase-two development: without it the backlog does not get built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog item “%1” is %2 at an estimated %3 but has no budget line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (draft %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft %1 budget has no money for phase-two development: without it the backlog does not get built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessCase</name>
    <message>
        <source>“%1”: %2 per year, as entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 minutes per active user per month, not counted because there are no usage figures for active users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 minutes saved per active user per month × %3 active users × %4 % of them × 12 months = %5 hours a year, at %6 an hour = %7 per year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost in %1: %2 spent, more than the %3 budgeted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost in %1: the budget of %2 (%3 spent so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique logged-in users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Active users: on average %1 a month in %2 (%3, %n months of figures).</source>
        <translation>
            <numerusform>Active users: on average %1 a month in %2 (%3, %n month of figures).</numerusform>
            <numerusform>Active users: on average %1 a month in %2 (%3, %n months of figures).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active users: on average %1 a month over the latest %n months of figures (%3); there are none for %2 yet.</source>
        <translation>
            <numerusform>Active users: on average %1 a month over the latest %n month of figures (%3); there are none for %2 yet.</numerusform>
            <numerusform>Active users: on average %1 a month over the latest %n months of figures (%3); there are none for %2 yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost per active user: %1 a year, %2 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no usage figures for active users yet, so the cost per active user is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benefit assumptions yet: add what the intranet saves to estimate its return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than it costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 less than it costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated return: %1 a year in benefits against %2 cost, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every euro spent returns %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyWorkspacePrompt</name>
    <message>
        <source>Workspace in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuurboord can wait until it is closed there and then open it. If you are sure Stuurboord no longer runs there (for example after a crash), you can open it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is wrong with the workspace. Stuurboord can wait until the other program is done and then open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1

Waiting until it is free… (%n second(s))</source>
        <translation>
            <numerusform>%1

Waiting until it is free… (%n second)</numerusform>
            <numerusform>%1

Waiting until it is free… (%n seconds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart made with Stuurboord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Delete %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the import of %1 out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the imported figures out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the imported figures back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>new, demo, check, or a workspace to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “stuurboord --help” for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stuurboord new PATH [--name ORGANISATION]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stuurboord demo PATH [--as-of YYYY-MM]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of needs a month such as 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the demo workspace to %1 (usage data up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stuurboord check WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name for a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month of demo usage data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the application with the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1; figures: %2; rows rejected: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1 figures (%2 replaced, %3 skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stuurboord metrics WORKSPACE [--period YYYY-MM] [--metric KEY] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period needs a month such as 2026-03 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stuurboord benchmark export|import WORKSPACE FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the anonymised benchmark file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 benchmark values; %2 were already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stuurboord kpis WORKSPACE [--period P] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period needs a period such as 2026-03, 2026-Q1, 2026-H2 or 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this period (YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this metric (its key, e.g. page_views).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what an import would do without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace figures already in the workspace for the same metric and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep figures already in the workspace; skip those rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file again even though these exact bytes were imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --replace or --skip-existing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stuurboord import WORKSPACE FILE... [--profile NAME] [--period YYYY-MM] [--table N] [--sheet NAME] [--dry-run] [--replace|--skip-existing] [--force] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file with this import profile instead of recognising one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which table of a file with several tables to import (1, 2, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sheet of an Excel workbook to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding of the file (UTF-8, UTF-16LE, UTF-16BE, Windows-1252) when detection is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding “%1”; use UTF-8, UTF-16LE, UTF-16BE or Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stuurboord imports WORKSPACE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2; %3 figures; %4 earlier figures replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stuurboord remove-import WORKSPACE ID (see “stuurboord imports”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed import %1: %2 figures taken out, %3 earlier figures back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stuurboord backup WORKSPACE DEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a checked backup to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stuurboord restore BACKUP WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial months completed (their earlier figures replaced): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(incomplete: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stuurboord export WORKSPACE TABLE --out FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TABLE is one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows of %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n row of %1 to %2.</numerusform>
            <numerusform>Wrote %n rows of %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file to write (export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n second(s) for it to be free…</source>
        <translation>
            <numerusform>Waiting up to %n second for it to be free…</numerusform>
            <numerusform>Waiting up to %n seconds for it to be free…</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again when it is done, or add --wait SECONDS to wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When another program is changing the workspace, wait up to this many seconds for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait needs a number of seconds, such as 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stuurboord copy FROM TO</source>
        <translation>Usage: stuurboord copy FROM TO</translation>
    </message>
    <message>
        <source>%1: %L2 rows…</source>
        <translation>%1: %L2 rows…</translation>
    </message>
    <message>
        <source>Table                    Rows      Rows in copy  Checksum                          Same</source>
        <translation>Table                    Rows      Rows in copy  Checksum                          Same</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %L3 rows in %4 tables, each table the same in both.</source>
        <translation>Copied %1 to %2: %L3 rows in %4 tables, each table the same in both.</translation>
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
        <translation>Stuurboord: steer your social intranet after go-live.

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
  meetings WORKSPACE [--json]      the meetings and their ids, for report --meeting</translation>
    </message>
    <message>
        <source>Usage: stuurboord team grant WORKSPACE USER editor|viewer|none</source>
        <translation>Usage: stuurboord team grant WORKSPACE USER editor|viewer|none</translation>
    </message>
    <message>
        <source>%1 can now change %2.</source>
        <translation>%1 can now change %2.</translation>
    </message>
    <message>
        <source>%1 can now read %2, not change it.</source>
        <translation>%1 can now read %2, not change it.</translation>
    </message>
    <message>
        <source>%1 is no longer an editor or viewer of %2.</source>
        <translation>%1 is no longer an editor or viewer of %2.</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>%1 (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonData</name>
    <message>
        <source>“%1” is left out: one chart compares at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is left out: its unit (%2) would need a third axis. A chart has two, left and right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these has values yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo workspace could not be written: %1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace could not be written: the workspace has no organisation profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the last month of usage data for the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backlog item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backlog items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmark value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmark values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headcount month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headcount months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benefit assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benefit assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed signals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definition change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred custom work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stakeholder request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won&apos;t have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than 250 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>250 to 999 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,000 to 4,999 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5,000 employees or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase-two development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshops and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspiration sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication and campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concrete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within a band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stay at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stay at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increase to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decrease to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stay within a band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>water authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing corporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intranet feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue measurement moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backlog item awaiting a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time saved per active user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed amount per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short of target, within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase-two backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what comes next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority (MoSCoW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper value (band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranet platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranet coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed meeting cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status when crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive measurement moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wish or feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes saved per active user per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of active users (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>The follow-up actions could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>The formula is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula ends too early; something is missing after the last operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closing parenthesis is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a parenthesis where none is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an operator where a number or metric is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator (+ - * /) is missing between two values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a metric, number or operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a point, not a comma, for decimals in a formula (for example 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a metric of this workspace. Known metrics: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <source>No contact with %1 recorded yet (%2 agreed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact with %1 since %2 (%3 agreed; due %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendees could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sponsor: nobody at board or management level is marked as the intranet&apos;s sponsor. Without one, the intranet drifts once the project ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sponsor (%1) has influence below board or management level (%2 of 5 or more needed). Look for a sponsor who can decide on budget and priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involve them in decisions and meet them regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for their view on what matters to them; do not burden them with detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share results and plans; they are often the intranet&apos;s best ambassadors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep an eye on them; a short update now and then is enough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>This file was already imported on %1 (%2). Nothing was imported again; import it anyway if that is what you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no figures that can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already has figures for %1 of the metric-months in this file, for example %2. Choose whether to replace them or to skip those rows; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that was already decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field starts here but its closing quote (&quot;) is missing, so the rest of the file would become one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows, only blank or comment lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has only a header (line %1) and no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file starts with the line sep=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no separator found: the file has one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 columns on all %3 lines looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 columns on %3 of %4 lines looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no month %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: %2-%3 has no day %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day-month-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month-day-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: that ISO week does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date has its day and month in doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date shows whether the day or the month comes first (&quot;%1&quot; fits both); read as day-month-year, as is usual in Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date shows whether the day or the month comes first (&quot;%1&quot; fits both); read as %2 by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates read as %1 because %2 occurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file starts with its byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8: the file starts with its byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every other byte is zero, as in UTF-16 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file: it contains control bytes (the first at byte %1). Choose a CSV, TSV or Excel export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8: the text has only plain ASCII characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8: the text is valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252: byte 0x%1 on line %2 is not valid UTF-8, and Dutch Excel saves CSV files as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252: byte %1 of the file is not valid UTF-8, and Dutch Excel saves CSV files as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the character set detector suggests %1; choose another encoding if the text looks wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuurboord does not recognise this file: no known export header and no date column. Use the import wizard to tell it which columns hold what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as 00:01:48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal comma (1.234,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal point (1,234.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers have no decimals or thousands separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value shows which convention the numbers use (&quot;%1&quot; fits both); read with %2 by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers read with %1 because &quot;%2&quot; occurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit the convention of this column: numbers are read with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has a date, a metric and a value column (one figure per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has a date column followed by one column per metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no date in column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in column “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte %1 of the file is not valid UTF-8. Choose the encoding Windows-1252 and read the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a totals row (&quot;%1&quot;), not a period of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first cell is empty, as in a totals row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 SharePoint site usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header matches Microsoft 365 SharePoint site usage detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1-day window %2 to %3 counts for %4, the month with most of its days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report refresh date or report period is missing or not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count in this row is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site owners&apos; names and addresses are not kept: the sites are added up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header matches a Matomo visits summary (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines starting with # above the table do not give the period the report covers, or its dates cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “%1” dates each row: a row counts for the month of its own day, week or month within the report period %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the report period %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name, so you can recognise it next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column that holds figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period “%1” is not a month such as 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” has no metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” cannot be both figures and the period or dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved import profile cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a table number: give 1 for the first table of the file, 2 for the second, and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>there is no table %1, so nothing was imported: %n table(s) in this file: %2</source>
        <translation>
            <numerusform>there is no table %1, so nothing was imported: %n table in this file: %2</numerusform>
            <numerusform>there is no table %1, so nothing was imported: %n tables in this file: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in this file: %1; importing table 1 “%2”; choose another with --table</source>
        <translation>
            <numerusform>%n table in this file: %1; importing table 1 “%2”; choose another with --table</numerusform>
            <numerusform>%n tables in this file: %1; importing table 1 “%2”; choose another with --table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in this file: %1; importing table %2 “%3”, as chosen</source>
        <translation>
            <numerusform>%n table in this file: %1; importing table %2 “%3”, as chosen</numerusform>
            <numerusform>%n tables in this file: %1; importing table %2 “%3”, as chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Google Analytics 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preamble has a GA4 start and end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a count such as 0003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in column “%2” occurs more than once in the report period %3 to %4; export with the column “Date” instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” does not fit this file: its header was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile “%1”. Known profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 changed after it was previewed; nothing was imported. Open it again to see what it holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header on line %1 matches your saved profile “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” reads one period per file, but the file name does not say which month. Give the month (for example --period 2026-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all figures count for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matomo visits summary (one period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header matches a Matomo visits summary for one period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name “%1” names the month %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a month: give it as 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month %1 was given with --period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the file name names %1, which is not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Matomo export covers one period but does not say which. Give the month (for example --period 2026-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a summary of one period has one row; this further row has no period of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 SharePoint activity user detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header matches Microsoft 365 SharePoint activity user detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 Teams user activity user detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header matches Microsoft 365 Teams user activity user detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is not a number of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user counts as active in a window when the last activity date falls inside it or a count is above zero; a user listed twice counts once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Report Refresh Date or Report Period is missing or not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the User Principal Name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Last Activity Date is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row repeats line %1; it is counted once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users&apos; names are not kept: their activity is added up per window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 Viva Engage activity counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header matches Microsoft 365 Viva Engage activity counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Report Date is missing or not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day %1 was already read on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every day of the month is in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of the month&apos;s %3 days are in the file; the month is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 Viva Engage activity user detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header matches Microsoft 365 Viva Engage activity user detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with the import wizard; reads %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates read as %1 because %2 occurs on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers read with the convention that “%1” on line %2 shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universal Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preamble has a Universal Analytics date range (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook lists sheet “%1”, but the sheet itself (%2) is missing from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Excel workbook in the old .xls format, or one protected with a password. Open it in Excel and save it as .xlsx without a password, or as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): it is not a zip archive. Choose an .xlsx file or a CSV export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel workbook is damaged or incomplete: its table of contents cannot be read (zip error %1). Was the file copied or downloaded completely?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a zip file but not an Excel workbook (.xlsx): it has no xl/workbook.xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s list of sheets (xl/workbook.xml) is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel workbook is damaged: it does not say where its sheets are stored (xl/_rels/workbook.xml.rels is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s list of sheet locations (xl/_rels/workbook.xml.rels) is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet with a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”. Its sheets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel workbook is damaged: it lists sheet “%1” but not where it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1” holds a chart, not a table. Its sheets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s cell formats (%1) are damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook part %1 could not be unpacked (zip error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook part %1 unpacks to more than %2 MB, the most Stuurboord reads for it. The file may be damaged, or made to exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook part %1 is encrypted. Save the workbook without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook part %1 is damaged: its checksum does not match. Save the workbook again in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1” has a row numbered “%2”, but Excel sheets have rows 1 to 1048576. The file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: “%3” is not a valid cell reference (Excel columns run from A to XFD). The file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1” has a value in cell %2, but Stuurboord reads tables up to %3 columns wide (column %4). Delete what lies far to the right, or copy the table to a new sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1” has more cells than Stuurboord reads (%2, counting empty cells between values); it stopped at row %3. Split the sheet, or export fewer columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1”, cell %2 refers to shared text that the workbook does not have (there is no xl/sharedStrings.xml). The file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sheet “%1”, cell %2 refers to shared text number %3, but the workbook has only %n shared text(s). The file is damaged.</source>
        <translation>
            <numerusform>Sheet “%1”, cell %2 refers to shared text number %3, but the workbook has only %n shared text. The file is damaged.</numerusform>
            <numerusform>Sheet “%1”, cell %2 refers to shared text number %3, but the workbook has only %n shared texts. The file is damaged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet “%1” is damaged near row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1” is damaged before its first row: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel workbook; its sheet “%1” is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel workbook with the sheets %1; the sheet “%2” is read (choose another with --sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s shared text table is larger than Stuurboord reads (more than %L1 texts or %L2 characters). Save the sheet as CSV, or split the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s shared text table (xl/sharedStrings.xml) is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to the import history could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no removed import to put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds too many figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet “%1”: the first sheet, “%2”, holds no table Stuurboord recognises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates read as %1, as the profile “%2” says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 different sites, departments or other dimensions (line %2). Stuurboord keeps usage per site or department, not per page or person. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first line is too long to look at whole; its first part has %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: it starts with a sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a pipe, socket or device), so Stuurboord does not read it: it might wait or read for ever. Save the export as a file and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuurboord is not allowed to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a usage figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names more than %1 different metrics, so it is not a usage export Stuurboord can keep. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 disappeared while importing (its folder was moved or removed), so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the totals row (line %1) gives the figures for the whole organisation; the other rows give them per “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, line %2, column “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of this row (an odd number of bytes in a UTF-16 file: its last character is cut off), so it is not imported; the file may have been cut off while downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends one byte short of a whole character: every complete row is read, the cut row on line %1 is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matomo scheduled report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports one after another, each a title above a header of Matomo&apos;s names, as a Matomo scheduled report sends them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report “%1” has one row for the whole period; this further row is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports imported: %1 (for the whole intranet, and per site or page where the report has a row for each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports left out, with their number of rows: %1; they split the figures by something other than site or page (country, browser, …), which the KPIs do not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns ending in _evolution are changes against the period before, not figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts distinct people: the days and windows of a month combine by their maximum (or the export&apos;s own monthly figure), never by their sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of users deleted during the window: their activity counts in the totals and active users, but they are not counted as users in the report</source>
        <translation>
            <numerusform>%n row of a user deleted during the window: their activity counts in the totals and active users, but they are not counted as a user in the report</numerusform>
            <numerusform>%n rows of users deleted during the window: their activity counts in the totals and active users, but they are not counted as users in the report</numerusform>
        </translation>
    </message>
    <message>
        <source>column “%1” describes the row, not a figure: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “%1” holds notes, not figures: each note becomes an event on its month&apos;s charts and in the meeting pack, and goes again when the import is undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the month is marked incomplete until its other days are imported too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its elements are nested more than %1 levels deep, which no spreadsheet program writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else is importing into this team workspace right now. Nothing was imported; try again when their import is done.</source>
        <translation>Someone else is importing into this team workspace right now. Nothing was imported; try again when their import is done.</translation>
    </message>
    <message>
        <source>Someone else is importing into this team workspace right now (%1). Nothing was imported; try again when their import is done.</source>
        <translation>Someone else is importing into this team workspace right now (%1). Nothing was imported; try again when their import is done.</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, since %2</translation>
    </message>
    <message>
        <source>The figures could not be written to the disk (%1). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definition v%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <source>For %1 the formula gives no value: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when the formula, unit, frequency, source or direction changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when the definition changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition changes, so this becomes version %1. Say why in “Reason for the change”; the change log keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add KPI “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit KPI “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiEvaluator</name>
    <message>
        <source>not entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no headcount for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not complete yet: its export was made before the period was over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>€ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <extracomment>A quarter, e.g. &quot;2026 Q3&quot;; Dutch writes &quot;2026 K3&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 H%2</source>
        <extracomment>A half-year, e.g. &quot;2026 H2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiInputs</name>
    <message>
        <source>no data for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiOperations</name>
    <message>
        <source>formula “%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed with version %1 before the definition changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KPI could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This KPI no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the definition changes; the change log keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the outcome of the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed: changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed: retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is calculated from usage data; its values cannot be entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is measured %2; choose a period such as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% is outside 0–100% for a percentage. Is that right?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stuurboord workspaces (*.stuurboord)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message>
        <source>Usage figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the phase-two backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting pack for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of affairs on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – meeting pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting pack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranet governance of %1 on %2: KPIs, follow-up actions, decisions, budget and backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(follow-up: %1, due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(follow-up: %1, %2, due %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KPI could be judged yet on figures from before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n KPIs on track</source>
        <translation>
            <numerusform>%1 of %n KPI on track</numerusform>
            <numerusform>%1 of %n KPIs on track</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n off track: %1</source>
        <translation>
            <numerusform>%n off track: %1</numerusform>
            <numerusform>%n off track: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk: %1</source>
        <translation>
            <numerusform>%n at risk: %1</numerusform>
            <numerusform>%n at risk: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short of target but within tolerance</source>
        <translation>
            <numerusform>%n short of target but within tolerance</numerusform>
            <numerusform>%n short of target but within tolerance</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures of complete periods up to %1; a month still running or only partly imported is not judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no active KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: against the period before. Each KPI shows its latest complete period before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KPI has figures to chart yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last twelve periods up to the pack&apos;s date, with the target, the shaded threshold bands, events and the benchmark where known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n on track</source>
        <translation>
            <numerusform>%1 of %n on track</numerusform>
            <numerusform>%1 of %n on track</numerusform>
        </translation>
    </message>
    <message>
        <source>no KPI yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals are written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trend stands out: no KPI or usage figure moved the same way for several periods, and none left its usual range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threshold fired a follow-up action since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed in advance in the KPI&apos;s threshold rules; shown when open on %1 or closed since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier meeting, so there are no decisions to look back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items of that meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States as they were on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next meeting is planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no budget for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 spent (%3%) by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent: expenses booked up to and including %1. Committed: the estimated cost of backlog items planned or in progress, as they are now. Left: planned minus committed and spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This budget is still a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value / effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase-two backlog is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open items in all; by priority (MoSCoW), then value and effort (1–5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backlog as it is on %1: it keeps no history, so it may differ from how it stood on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete month of usage figures before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation totals of %1, the last complete month before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n figures without a readable name are left out; name them on the Data page.</source>
        <translation>
            <numerusform>%n figure without a readable name is left out; name it on the Data page.</numerusform>
            <numerusform>%n figures without a readable name are left out; name them on the Data page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique logged-in users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average visit duration (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most actions in one visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total visit duration (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average engagement time (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time on page (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit percentage (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SharePoint page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SharePoint pages visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SharePoint sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active SharePoint sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SharePoint files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active SharePoint files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SharePoint storage used (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SharePoint files viewed or edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SharePoint files synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SharePoint files shared internally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SharePoint files shared externally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SharePoint pages visited by users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active SharePoint users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SharePoint users in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Viva Engage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viva Engage users in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viva Engage messages posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viva Engage messages read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viva Engage messages liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Teams users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams users in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams team chat messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams private chat messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams channel posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams channel replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams urgent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams meetings organised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams meetings attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams audio (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams video (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams screen sharing (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits with a conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique outlinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique search keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time spent (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average page generation time (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views per active user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average engagement time per active user (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sessions (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal conversion rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricOperations</name>
    <message>
        <source>This metric no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the metric a name, for example “Page views”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another metric is already called “%1”: choose a name that tells them apart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationLogo</name>
    <message>
        <source>%1 could not be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 2 MB. Save the logo at the size it is shown (a few hundred pixels wide) and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG picture. Choose the logo as one of these.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>Usage: stuurboord report WORKSPACE --out FILE.pdf [--meeting ID | --as-of YYYY-MM-DD] [--lang nl|en] [--sections LIST]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting (see “stuurboord meetings”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack for a date without a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nl or en; the organisation&apos;s report language by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these sections, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PDF file to write with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --meeting or --as-of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meeting needs a meeting id, a number such as 8 (see “stuurboord meetings”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of needs a date such as 2026-12-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is nl (Dutch) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stuurboord meetings WORKSPACE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no meetings yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDocument</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackPdf</name>
    <message>
        <source>The meeting pack could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackSections</name>
    <message>
        <source>Unknown section “%1”; use any of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one section: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages): %2.</source>
        <translation>
            <numerusform>Wrote %1 (%n page): %2.</numerusform>
            <numerusform>Wrote %1 (%n pages): %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPasswords</name>
    <message>
        <source>The system keyring is not available (%1).</source>
        <translation>The system keyring is not available (%1).</translation>
    </message>
</context>
<context>
    <name>TrendSignals</name>
    <message numerus="yes">
        <source>“%1” has fallen %n period(s) in a row, to %2 in %3.</source>
        <translation>
            <numerusform>“%1” has fallen %n period in a row, to %2 in %3.</numerusform>
            <numerusform>“%1” has fallen %n periods in a row, to %2 in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has risen %n period(s) in a row, to %2 in %3.</source>
        <translation>
            <numerusform>“%1” has risen %n period in a row, to %2 in %3.</numerusform>
            <numerusform>“%1” has risen %n periods in a row, to %2 in %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is far outside its usual range in %2: %3, against %4 on average before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for “%1” have arrived since %2: import the latest export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>An action item cannot be closed before it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review cannot be before the date the agreement was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which metric or KPI this benchmark compares with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal cannot be its own parent goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KPI calculated from usage data needs a formula, for example unique_logged_in_users / headcount * 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the KPI is retired, so the history stays understandable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A band needs an upper value at or above the target value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metric key uses lower-case letters, digits and underscores and starts with a letter, for example page_views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measurement window ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backlog item this wish moved to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a month such as 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a quarter such as 2026-Q3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a period such as 2026-03, 2026-Q3, 2026-H2 or 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown value “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chosen %2 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a %1 with the same %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be deleted because it is still used by: %2. Change or remove those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deleted rows could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only measure what you plan to act on: before this KPI can be active, give it a threshold rule with an agreed follow-up action and an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” will no longer have a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also deleted with it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many minutes an active user saves per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what an hour of an employee&apos;s time costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter which share of the active users saves this time (1 to 100 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount this benefit brings per year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the wish was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this %1 at %2, after you opened it. Nothing was overwritten.</source>
        <translation>Someone else saved this %1 at %2, after you opened it. Nothing was overwritten.</translation>
    </message>
    <message>
        <source>%1 saved this %2 at %3, after you opened it. Nothing was overwritten.</source>
        <translation>%1 saved this %2 at %3, after you opened it. Nothing was overwritten.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation type="unfinished">yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewCsvExport</name>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowProgram</name>
    <message>
        <source>Stuurboord&apos;s window program could not be started (%1: %2). Install Stuurboord again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>This version of Stuurboord does not know schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the workspace to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record schema version %1 in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2) on computer %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuurboord cannot write in the folder %1. Copy the workspace to a folder where you can save files, and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is read-only, and Stuurboord needs to save changes in it. Remove the read-only setting or save a copy elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is already open in %1. Close it there first; only one person at a time can change a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuurboord could not create its lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before updating the workspace Stuurboord makes a copy, and that failed (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy from before the update is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file at %1; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing file %1 could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuurboord is not allowed to read %1. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes), so it holds no workspace. It may have been cut off while copying; use a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Stuurboord workspace. If it is a usage export, import it into a workspace instead of opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is incomplete: the file has %1 bytes but should have %2. It was probably cut off while copying or downloading; use a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a database of another program, not a Stuurboord workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Stuurboord (schema version %1; this version reads up to %2). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was never completed: creating it was interrupted. Create a new workspace instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was made by an older version of Stuurboord. Open it once in the application to update it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be opened a second time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full (%1 free), so nothing was written. Make room on the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is busy: %1 is changing it right now (an import, for example). Nothing was changed; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged and cannot be opened safely (%1). Stuurboord did not change it; restore a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to this workspace was interrupted (Stuurboord or the computer stopped while saving). Undoing it needs to write to the file, and the file or its folder is read-only here. Make them writable and open the workspace again; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to this workspace was interrupted and could not be undone (%1). Stuurboord did not change it further; restore a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged: its structure is not what a Stuurboord workspace holds (%1). Stuurboord did not change it; restore a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a folder %1 where Stuurboord keeps the workspace&apos;s lock file. Move or remove that folder, then open the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuurboord is not allowed to read the workspace&apos;s lock file %1. If the workspace is not open anywhere, remove that file, then open the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s lock file %1 is damaged and could not be removed. If the workspace is not open anywhere, remove that file, then open the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a pipe, socket or device), so it cannot be a workspace. Choose the workspace file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s header is damaged (its page layout is impossible), so Stuurboord cannot read it. Stuurboord did not change it; restore a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 instead of a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has other columns than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuurboord could not check the workspace, because %1 kept it busy. You can look at it, but changes are switched off until you open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read completely (%1). You can look at what it shows, but changes are switched off; restore a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged (%1). Stuurboord opened it read-only so you can look at it and copy what you need; nothing will be written to it. Restore a backup copy to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be prepared for changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a team workspace address: %2. Write it as postgresql://user@server/database (a port after the server, as in server:5433, if it is not 5432).</source>
        <translation>“%1” is not a team workspace address: %2. Write it as postgresql://user@server/database (a port after the server, as in server:5433, if it is not 5432).</translation>
    </message>
    <message>
        <source>it cannot be read as an address</source>
        <translation>it cannot be read as an address</translation>
    </message>
    <message>
        <source>the server is missing</source>
        <translation>the server is missing</translation>
    </message>
    <message>
        <source>the database is missing</source>
        <translation>the database is missing</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation>the port is not a number from 1 to 65535</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>Copying the table %1 failed: %2</translation>
    </message>
    <message>
        <source>the column %1 is missing in the source</source>
        <translation>the column %1 is missing in the source</translation>
    </message>
    <message>
        <source>The two workspaces do not have the same tables; open the source once in this version of Stuurboord to update it, then copy again.</source>
        <translation>The two workspaces do not have the same tables; open the source once in this version of Stuurboord to update it, then copy again.</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>The copy could not be saved: %1</translation>
    </message>
    <message>
        <source>The copy does not hold together (%1); it was not kept.</source>
        <translation>The copy does not hold together (%1); it was not kept.</translation>
    </message>
    <message>
        <source>The copy of the table %1 differs from the original (%2 rows, %3 in the copy); it was not kept.</source>
        <translation>The copy of the table %1 differs from the original (%2 rows, %3 in the copy); it was not kept.</translation>
    </message>
    <message>
        <source>The database %1 holds no Stuurboord workspace. Create one in it with `stuurboord new %1 --name ORGANISATION`, or copy a workspace file into it with `stuurboord copy FILE %1`.</source>
        <translation>The database %1 holds no Stuurboord workspace. Create one in it with `stuurboord new %1 --name ORGANISATION`, or copy a workspace file into it with `stuurboord copy FILE %1`.</translation>
    </message>
    <message>
        <source>The team workspace %1 was updated by a newer version of Stuurboord (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>The team workspace %1 was updated by a newer version of Stuurboord (schema %2; this version knows up to %3). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>This team workspace was made by an older version of Stuurboord. Open it once in the application to update it, then try again.</source>
        <translation>This team workspace was made by an older version of Stuurboord. Open it once in the application to update it, then try again.</translation>
    </message>
    <message>
        <source>The database %1 is not empty (%2). Stuurboord creates a team workspace only in an empty database; ask the administrator for a new one.</source>
        <translation>The database %1 is not empty (%2). Stuurboord creates a team workspace only in an empty database; ask the administrator for a new one.</translation>
    </message>
    <message>
        <source>it holds a workspace already</source>
        <translation>it holds a workspace already</translation>
    </message>
    <message>
        <source>it holds tables</source>
        <translation>it holds tables</translation>
    </message>
    <message>
        <source>The team workspace could not be saved: %1</source>
        <translation>The team workspace could not be saved: %1</translation>
    </message>
    <message>
        <source>the connection to the server is not open</source>
        <translation>the connection to the server is not open</translation>
    </message>
    <message>
        <source>The server %1 has no database “%2”. Ask the administrator to create it (see “Team workspaces” in the README), or check the name.</source>
        <translation>The server %1 has no database “%2”. Ask the administrator to create it (see “Team workspaces” in the README), or check the name.</translation>
    </message>
    <message>
        <source>The server %1 does not know the user “%2”. Ask the administrator to add you to the team workspace.</source>
        <translation>The server %1 does not know the user “%2”. Ask the administrator to add you to the team workspace.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1. Check the server name and port, and that this computer can reach it (VPN, network).</source>
        <translation>No PostgreSQL server answers at %1. Check the server name and port, and that this computer can reach it (VPN, network).</translation>
    </message>
    <message>
        <source>The team workspace %1 could not be opened: %2</source>
        <translation>The team workspace %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>This installation cannot open team workspaces: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>This installation cannot open team workspaces: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password of %2. Check the password (in ~/.pgpass) or ask the administrator of the team workspace.</source>
        <translation>The server %1 did not accept the password of %2. Check the password (in ~/.pgpass) or ask the administrator of the team workspace.</translation>
    </message>
    <message>
        <source>Editors and viewers belong to team workspaces; a workspace file is one person&apos;s.</source>
        <translation>Editors and viewers belong to team workspaces; a workspace file is one person&apos;s.</translation>
    </message>
    <message>
        <source>The server has no user “%1”. The administrator creates the login first (CREATE ROLE %1 LOGIN), then run this again.</source>
        <translation>The server has no user “%1”. The administrator creates the login first (CREATE ROLE %1 LOGIN), then run this again.</translation>
    </message>
    <message>
        <source>Only the owner of the team workspace (with the right to create roles) or the server&apos;s administrator can name editors and viewers: %1</source>
        <translation>Only the owner of the team workspace (with the right to create roles) or the server&apos;s administrator can name editors and viewers: %1</translation>
    </message>
    <message>
        <source>The editors and viewers could not be changed: %1</source>
        <translation>The editors and viewers could not be changed: %1</translation>
    </message>
    <message>
        <source>You can look at this team workspace but not change it: %1 is a viewer here. Ask the owner of the team workspace to make you an editor.</source>
        <translation>You can look at this team workspace but not change it: %1 is a viewer here. Ask the owner of the team workspace to make you an editor.</translation>
    </message>
    <message>
        <source>This team workspace must be updated to schema version %1 for this version of Stuurboord, and only its owner (%2) may do that. Ask %2 to open it once with this version; nothing was changed.</source>
        <translation>This team workspace must be updated to schema version %1 for this version of Stuurboord, and only its owner (%2) may do that. Ask %2 to open it once with this version; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>WorkspaceBackup</name>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written but does not read back whole (%1), so it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file other than the workspace itself for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open in %1. Close it there, then restore the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be set aside before restoring; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <source>Schema version %1 (current).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1 (older; Stuurboord updates it to version %2 when you open it, after making a copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: the workspace is damaged. SQLite reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: no damage found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: the workspace is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: the workspace has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: the workspace is busy; %1 is changing it right now. Nothing is wrong with it as far as this shows; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: a change to the workspace was interrupted and could not be undone (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change that was interrupted (by a crash or a full disk) was undone, as SQLite does; the workspace is as it was after its last completed change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: the workspace is damaged: its structure is not what schema version %1 holds:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::AgendaDialog</name>
    <message>
        <source>Proposed Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from what needs attention on %1. Each point says why it is there. Edit the text before you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using it replaces the meeting&apos;s current agenda (Edit › Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as Agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::BacklogMatrixWidget</name>
    <message>
        <source>Value/effort matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Value %2, effort %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the arrow keys to go through the backlog items; Enter opens one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::BacklogPage</name>
    <message>
        <source>Backlog &amp; wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred custom work and employee wishes form the phase-two backlog. Weigh value against effort, answer every wish, and reserve budget for what you plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::BacklogPanel</name>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (idea, planned, in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase-two backlog is empty. Add deferred custom work, or move a wish here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tied to a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::BackupActions</name>
    <message>
        <source>Stuurboord workspaces (*.stuurboord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a checked backup to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the open workspace %1 with the backup %2? The workspace as it is now is kept beside it, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup; the workspace as it was is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::BenchmarksPanel</name>
    <message>
        <source>Compare with organisations like yours: exchange anonymised KPI figures (no names, counts per employee) with peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for peers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a peer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benchmark values yet. Add figures from a supplier&apos;s benchmark or a peer network, or import a peer&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export benchmark file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import benchmark file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::BudgetChart</name>
    <message>
        <source>Budget chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thousands of euros</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::BudgetPage</name>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expenses booked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget lines yet. Add one per category you reserve money for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget years yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget lines for this year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve budget for phase two, workshops and inspiration sessions, or phase two never starts. Committed is the estimated cost of the backlog items planned or in progress on a line; left is what is still free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare Next Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this year&apos;s budget lines into a draft budget for the next year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned, committed and spent per budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed and spent together exceed what was planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget years yet: add one on the Budget years tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget warnings for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Needs attention (%n):</source>
        <translation>
            <numerusform>Needs attention (%n):</numerusform>
            <numerusform>Needs attention (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare the %1 budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::BusinessCasePanel</name>
    <message>
        <source>Business case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit assumptions (what the intranet saves, as you estimate it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benefit assumptions yet. Add, for example, the minutes an active user saves per month finding a colleague, and what an hour of work costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a budget year to see what the intranet costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated net return: %1 a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::ColumnMappingDialog</name>
    <message>
        <source>Map the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuurboord does not know this file yet. Show it once which row holds the column names, where the period is and which columns hold figures; it remembers this as a profile, so next month&apos;s file imports by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names are on row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 2026-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of the whole file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension (site, department):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch: 1.234,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English: 1,234.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are written as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns with figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One month for the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no period column: type the month it covers, for example 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the dates in the period column show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day-month-year: 31-12-2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-day-year: 12/31/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each text in this column becomes an event on its month&apos;s charts and in the meeting pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes column:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::CompareView</name>
    <message>
        <source>Tick two to four KPIs or metrics to see them on one time axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs and metrics to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick two to four KPIs or metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::ConflictDialog</name>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>%1 was changed by someone else</source>
        <translation>%1 was changed by someone else</translation>
    </message>
    <message>
        <source>%1 saved this %2 at %3, after you opened it. Nothing has been overwritten. Choose per field whose change to keep; where only one of you changed a field, that change is kept.</source>
        <translation>%1 saved this %2 at %3, after you opened it. Nothing has been overwritten. Choose per field whose change to keep; where only one of you changed a field, that change is kept.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>When you opened it</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Saved by %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>%1 (both changed)</source>
        <translation>%1 (both changed)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Save as chosen</source>
        <translation>Save as chosen</translation>
    </message>
    <message>
        <source>Keep theirs, drop mine</source>
        <translation>Keep theirs, drop mine</translation>
    </message>
    <message>
        <source>Keep mine for every field</source>
        <translation>Keep mine for every field</translation>
    </message>
    <message>
        <source>Their save</source>
        <translation>Their save</translation>
    </message>
</context>
<context>
    <name>stuurboord::DashboardGuide</name>
    <message>
        <source>&lt;b&gt;Start measuring what matters, in four steps.&lt;/b&gt; Each step builds on the one before; the dashboard fills itself as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the intranet is for: concrete or abstract goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate each goal into KPIs with a target, threshold rules and the follow-up action agreed in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a KPI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Measurement moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the monthly usage export, or enter a survey score, at every measurement moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import usage data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the KPI set periodically: keep, change or retire KPIs, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a KPI review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the intranet is doing, and what needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings planned. Plan the next stakeholder meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget planned yet. Reserve money for phase two on the Budget page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 spent of %3 planned; %4 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and measurement moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an item to go where it is dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a signal to see its chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this as an event that charts and reports show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen, nothing to do: hide this signal (Edit › Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to go where this is dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs action now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend signals appear once figures come in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trends stand out: nothing fell or rose three periods in a row, nothing is far out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep signal as event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare KPIs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See two to four KPIs or metrics on one time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::DataPage</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage figures imported from the intranet platform, per month. Choose a metric to see its course over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported yet. Drop a usage export on the window to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics yet. Metrics are created when you import usage data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved import profiles yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage data yet: import a usage export to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1”, imported on %2, from the workspace? Its %n figure(s) will be removed with it.</source>
        <translation>
            <numerusform>Remove “%1”, imported on %2, from the workspace? Its %n figure will be removed with it.</numerusform>
            <numerusform>Remove “%1”, imported on %2, from the workspace? Its %n figures will be removed with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n figure(s) of earlier imports that it replaced come back.</source>
        <translation>
            <numerusform>The %n figure of earlier imports that it replaced comes back.</numerusform>
            <numerusform>The %n figures of earlier imports that it replaced come back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo puts the import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the metric (its key %1 stays the same for formulas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename metric “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By site or department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::FigureTile</name>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;font-size:small; font-weight:normal&apos;&gt;%2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier period to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::FormulaAssist</name>
    <message>
        <source>Headcount (employees in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a metric by its name; the formula uses its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::GoalsKpisPage</name>
    <message>
        <source>Goals &amp; KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate each goal into KPIs, and agree in advance what happens when a KPI crosses a threshold: only measure what you plan to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threshold rules yet. Each active KPI needs one, with its follow-up action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes to KPI definitions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::GoalsPanel</name>
    <message>
        <source>No goals yet. Start with what the intranet is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by and served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs and backlog items of the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KPIs measure this goal yet. Add one on the KPIs tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backlog items serve this goal yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What&apos;s New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuurboord user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s new in Stuurboord %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace them with the figures of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them and skip those rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures already in the workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Import again to import it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to do with them below and press Import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop importing; the workspace stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file to show what it holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the figures into the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows read, %L2 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 2026-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of the whole file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>months</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be read as &lt;b&gt;%2&lt;/b&gt;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s) for %1 in %2.</source>
        <translation>
            <numerusform>%Ln figure for %1 in %2.</numerusform>
            <numerusform>%Ln figures for %1 in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected.</source>
        <translation>
            <numerusform>%Ln row rejected.</numerusform>
            <numerusform>%Ln rows rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln totals row(s) left out.</source>
        <translation>
            <numerusform>%Ln totals row left out.</numerusform>
            <numerusform>%Ln totals rows left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) become events on their month.</source>
        <translation>
            <numerusform>%Ln note becomes an event on its month.</numerusform>
            <numerusform>%Ln notes become events on their month.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the figures cover only those days and are marked incomplete until a file covering the whole month replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::KpiChart</name>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to add an event here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no periods to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest value %1 in %2, status: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::KpiPanel</name>
    <message>
        <source>No KPIs yet. Add a KPI to a goal to measure it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a KPI to see its values, target and status per period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep, change or retire this KPI, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1 in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See this KPI with other KPIs or metrics on one time axis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::KpiReviewDialog</name>
    <message>
        <source>Review KPI “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this KPI still worth measuring? Keep it, change its definition, or retire it. A retired KPI keeps its history but leaves the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it (new version)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change KPI “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::LogoPicker</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo: the pack&apos;s cover starts with the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Stuurboord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was updated to the new version; a copy of the old one is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Stuurboord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stuurboord %1&lt;/h3&gt;&lt;p&gt;Steer your social intranet after go-live.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLite %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Usage Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace first, then drop the export on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import with Column &amp;Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page shows no table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: changes are switched off for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The password was not kept; Stuurboord will ask for it again.</source>
        <translation>%1 The password was not kept; Stuurboord will ask for it again.</translation>
    </message>
    <message>
        <source>Shown with the changes another editor just saved.</source>
        <translation>Shown with the changes another editor just saved.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>Open Team &amp;Workspace…</source>
        <translation>Open Team &amp;Workspace…</translation>
    </message>
</context>
<context>
    <name>stuurboord::ManualValueDialog</name>
    <message>
        <source>Enter a measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: survey of March, 412 respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no KPIs measured by hand. Add a KPI with source “manual entry” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% is outside 0–100% for a percentage. Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter value for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::MeasurementsPage</name>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When each KPI is measured next, which measurement moments are overdue and what is missing, and the values entered by hand such as survey scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next measurement moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue measurement moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value measured by hand, such as a survey score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values entered yet. Enter survey scores and other manual KPI values here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headcount yet. Enter the number of employees per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet. Note launches, campaigns and platform changes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue: every measurement moment has its value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::MeetingDetail</name>
    <message>
        <source>Choose a meeting to see who attended, its agenda, minutes, decisions and action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose an agenda from what needs attention on the meeting&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees (tick who was there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions recorded for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items raised at this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees, Agenda &amp;&amp; Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda yet. Use Propose Agenda… to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minutes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(invited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change attendees of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::MeetingsPanel</name>
    <message>
        <source>Meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Next Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the next meeting on the date the cadence gives, with a proposed agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings in this series yet. Use Plan Next Meeting to add the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting series yet. Add one on the Meeting Series tab (for example a quarterly steering group with the sponsor as chair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held, the last on %1</source>
        <translation>
            <numerusform>%n held, the last on %1</numerusform>
            <numerusform>%n held, the last on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No cadence agreed: set one to plan meetings ahead and see skipped ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next meeting was due on %1 and is not planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next dates from the cadence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: no meeting around %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan meeting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting not planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::MetricChart</name>
    <message numerus="yes">
        <source>%1: %n month(s) from %2 to %3; in the last month %4.</source>
        <translation>
            <numerusform>%1: %n month from %2 to %3; in the last month %4.</numerusform>
            <numerusform>%1: %n months from %2 to %3; in the last month %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stuurboord::MetricExplorer</name>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many to name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric by dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures per site or department yet. Import an export that has a site, department or other dimension column to see a metric broken down here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 over %2: %3 in total, from %n site(s) or department(s).</source>
        <translation>
            <numerusform>%1 over %2: %3 in total, from %n site or department.</numerusform>
            <numerusform>%1 over %2: %3 in total, from %n sites or departments.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the system&apos;s theme (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: Stuurboord is always light, whatever the desktop uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language and the theme change when Stuurboord starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language of new workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace keeps its own report language in Edit › Organisation Profile; this is where new ones start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report language of new workspaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder used last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the import dialog opens in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import fo&amp;lder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up a workspace automatically when it is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for usage exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import folder %1 does not exist. Choose an existing folder, or leave the field empty to open the folder used last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Stuurboord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language or theme is used when Stuurboord starts again. Restart now? The open workspace is closed and opened again; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::RecordEditDialog</name>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number Stuurboord understands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::RecordTableView</name>
    <message>
        <source>Search %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting pack preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save meeting pack as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting pack as the workspace stood on the meeting&apos;s date: summary, KPIs and their charts, follow-up actions, decisions, budget and the phase-two backlog. What you see below is what prints and what the PDF holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date without a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers, amounts and dates follow the pack&apos;s language, whatever the language of the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::StakeholderGrid</name>
    <message>
        <source>Influence/interest grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stakeholders with their influence and interest to see where each one stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence %1, interest %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage closely: %1. Keep satisfied: %2. Keep informed: %3. Monitor: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::StakeholderRegisterPanel</name>
    <message>
        <source>Stakeholders needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stakeholders yet. Start with the sponsor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All quadrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lapsed contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep sponsors and stakeholders on board: who they are, how much influence and interest they have, the meetings with them, what was decided and agreed, and what is still to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;&amp; Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recurring meetings yet. Plan a quarterly stakeholder meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is invited to a meeting series yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>Open Team Workspace</translation>
    </message>
    <message>
        <source>A team workspace lives in a PostgreSQL database that several people open at once. Your administrator gives you the server, the database and your user name.</source>
        <translation>A team workspace lives in a PostgreSQL database that several people open at once. Your administrator gives you the server, the database and your user name.</translation>
    </message>
    <message>
        <source>for example intranet-db.gemeente.nl</source>
        <translation>for example intranet-db.gemeente.nl</translation>
    </message>
    <message>
        <source>empty: from the keyring or ~/.pgpass</source>
        <translation>empty: from the keyring or ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Keep the password in this computer&apos;s keyring</source>
        <translation>&amp;Keep the password in this computer&apos;s keyring</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>stuurboord::WelcomePage</name>
    <message>
        <source>Welcome to Stuurboord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steer your social intranet after go-live: goals and KPIs with agreed follow-up actions, stakeholders and meetings, budget, the phase-two backlog, and the monthly usage figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fictional municipality with two years of data, to look around in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty workspace for your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file, for example one a colleague mailed you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four steps from goals to evaluation, the monthly import, preparing a stakeholder meeting and moving to a new laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::WishesPanel</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an answer (new or considered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Backlog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a phase-two backlog item of this wish; the wish links to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the wish and record why, for the answer to its sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wishes or feedback yet. Record what colleagues ask for, however small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Wish to the Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wish no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move wish “%1” to the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark wish “%1” considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline Wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “%1” declined? The reason is kept with the wish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline wish “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stuurboord::WorkspaceContext</name>
    <message>
        <source>%1: not undone or redone, because someone else changed the same record since. %2 Their change stays.</source>
        <translation>%1: not undone or redone, because someone else changed the same record since. %2 Their change stays.</translation>
    </message>
    <message>
        <source>%1: the change could not be written; the workspace is as it was.</source>
        <translation>%1: the change could not be written; the workspace is as it was.</translation>
    </message>
</context>
<context>
    <name>stuurboord::WorkspaceView</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals &amp; KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog &amp; wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
