#!/usr/bin/env bash
# Drives the stuurboord executable as a user would from a terminal: real files, real exit
# codes, and no display (subcommands must not need one).
set -u
app="$1"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
export STUURBOORD_LANGUAGE=en
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0

expect() { # expect CODE PATTERN -- command...
    local code="$1" pattern="$2"; shift 3
    local output status
    output=$("$@" 2>&1); status=$?
    if [ "$status" -ne "$code" ]; then
        echo "FAIL: '$*' exited $status, expected $code"; echo "$output" | sed 's/^/    /'; failures=$((failures + 1)); return
    fi
    if ! grep -q -- "$pattern" <<<"$output"; then
        echo "FAIL: '$*' output lacks '$pattern'"; echo "$output" | sed 's/^/    /'; failures=$((failures + 1)); return
    fi
    echo "ok: $* -> $status"
}

expect 0 "Stuurboord 0\." -- "$app" --version
expect 0 "demo PATH" -- "$app" --help
expect 2 "Unknown command" -- "$app" frobnicate extra
expect 2 "Usage: stuurboord check" -- "$app" check

ws="$dir/Mijn werkruimte ëï €.stuurboord"
expect 0 "Created workspace" -- "$app" new "$ws" --name "Gemeente Proefdorp"
expect 1 "already a file" -- "$app" new "$ws"
expect 0 "workspace is healthy" -- "$app" check "$ws"
expect 1 "does not exist" -- "$app" new "$dir/no such folder/x.stuurboord"

demo="$dir/demo.stuurboord"
expect 0 "Wrote the demo workspace" -- "$app" demo "$demo" --as-of 2026-10
expect 0 "Schema version" -- "$app" check "$demo"
expect 0 "24 headcount\|observations" -- "$app" check "$demo"
expect 1 "already a file" -- "$app" demo "$demo"

expect 0 "Tevredenheid medewerkers over intranet" -- "$app" kpis "$demo" --period 2026-Q2
expect 0 '"status": "' -- "$app" kpis "$demo" --json --period 2026-09
expect 2 "needs a period" -- "$app" kpis "$demo" --period september
expect 0 "not entered yet" -- "$app" kpis "$demo" --period 2026-Q3
expect 0 '"metric": "page_views"' -- "$app" metrics "$demo" --metric page_views --period 2026-03 --json
expect 0 '"dimension": "Publiekszaken"' -- "$app" metrics "$demo" --metric page_views --period 2026-03 --json
expect 2 "needs a month" -- "$app" metrics "$demo" --period 2026-Q1
expect 0 "anonymised benchmark file" -- "$app" benchmark export "$demo" "$dir/peer.json"
expect 0 "Added [0-9]* benchmark values" -- "$app" benchmark import "$ws" "$dir/peer.json"
expect 1 "already there" -- "$app" benchmark import "$ws" "$dir/peer.json"
expect 1 "not a Stuurboord benchmark file" -- "$app" benchmark import "$ws" "$demo"

# Copy: file to file without a server; the target must be new; addresses are checked and
# the password never printed. (File to PostgreSQL and back: TeamWorkspaceTest.)
expect 0 "937 rows in 31 tables, each table the same in both" -- "$app" copy "$demo" "$dir/kopie.stuurboord"
expect 0 "workspace is healthy" -- "$app" check "$dir/kopie.stuurboord"
expect 1 "already a file" -- "$app" copy "$demo" "$dir/kopie.stuurboord"
expect 1 "the server is missing" -- "$app" copy "$demo" "postgresql://anna:geheim@/intranet"
if "$app" copy "$demo" "postgresql://anna:geheim@/intranet" 2>&1 | grep -q geheim; then
    echo "FAIL: copy printed the password"; failures=$((failures + 1))
fi
expect 2 "Usage: stuurboord team grant" -- "$app" team grant "$demo" anna boss
expect 1 "belong to team workspaces" -- "$app" team grant "$demo" anna editor

# Tables as CSV for Excel: byte order mark, RFC 4180 quoting, names instead of ids.
expect 0 "Wrote 15 rows of backlog_item" -- "$app" export "$demo" backlog_item --out "$dir/backlog.csv"
[ "$(head -c 3 "$dir/backlog.csv" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] || { echo "FAIL: export lacks the UTF-8 byte order mark"; failures=$((failures + 1)); }
grep -q $'^\xef\xbb\xbfTitle,Description,Origin,Goal,Priority (MoSCoW),' "$dir/backlog.csv" || { echo "FAIL: export header"; head -c 200 "$dir/backlog.csv"; failures=$((failures + 1)); }
grep -q 'Koppeling met het zaaksysteem' "$dir/backlog.csv" || { echo "FAIL: export lacks a backlog title"; failures=$((failures + 1)); }
expect 0 "Wrote 20 rows of wish" -- "$app" export "$demo" wish --out "$dir/wishes.csv"
expect 2 "TABLE is one of: .*budget_line" -- "$app" export "$demo" budgets --out "$dir/x.csv"
expect 2 "Usage: stuurboord export" -- "$app" export "$demo" wish
expect 1 "Could not write" -- "$app" export "$demo" wish --out "$dir/no such folder/x.csv"
expect 1 "There is no file" -- "$app" export "$dir/missing.stuurboord" wish --out "$dir/x.csv"

size=$(stat -c %s "$demo")
head -c $((size / 2)) "$demo" > "$dir/truncated.stuurboord"
before=$(sha256sum "$dir/truncated.stuurboord")
expect 1 "incomplete" -- "$app" check "$dir/truncated.stuurboord"
[ "$before" = "$(sha256sum "$dir/truncated.stuurboord")" ] || { echo "FAIL: check changed the truncated file"; failures=$((failures + 1)); }

printf 'date;metric;value\n2026-01;page_views;1234\n' > "$dir/export.csv"
expect 1 "not a Stuurboord workspace" -- "$app" check "$dir/export.csv"
expect 1 "There is no file" -- "$app" check "$dir/missing.stuurboord"

# Import: Dutch Excel (Windows-1252, semicolons, decimal commas), a dry run, re-import, overlap.
printf 'Maand;Paginaweergaven;Reacties op caf\xe9\r\njan-26;12.345;40\r\nfeb-26;13.001;\r\nTotaal;25.346;40\r\n' > "$dir/gebruik.csv"
expect 0 "line 4 left out: a totals row" -- "$app" import "$ws" "$dir/gebruik.csv" --dry-run
expect 0 '"rows_left_out": 1' -- "$app" import "$ws" "$dir/gebruik.csv" --dry-run --json
expect 0 '^]' -- "$app" metrics "$ws" --json   # the dry run wrote nothing: an empty list
expect 0 "Written: 3 figures" -- "$app" import "$ws" "$dir/gebruik.csv"
expect 1 "already imported" -- "$app" import "$ws" "$dir/gebruik.csv"
printf 'Maand;Paginaweergaven\r\nfeb-26;13.100\r\n' > "$dir/correctie.csv"
expect 1 "already has figures" -- "$app" import "$ws" "$dir/correctie.csv"
expect 0 "1 replaced" -- "$app" import "$ws" "$dir/correctie.csv" --replace
expect 0 '"value": 13100' -- "$app" metrics "$ws" --metric page_views --period 2026-02 --json
expect 0 "Reacties op café\|reacties_op_cafe" -- "$app" metrics "$ws" --metric reacties_op_cafe
expect 2 "either --replace or --skip-existing" -- "$app" import "$ws" "$dir/correctie.csv" --replace --skip-existing
# The import history, and taking the correction out again in a later run: February's
# earlier figure comes back.
expect 0 "correctie.csv" -- "$app" imports "$ws"
expect 0 '"replaced": 1' -- "$app" imports "$ws" --json
correction=$("$app" imports "$ws" --json | python3 -c 'import json,sys; print([b["id"] for b in json.load(sys.stdin) if b["file"] == "correctie.csv"][0])')
expect 0 "1 figures taken out, 1 earlier figures back" -- "$app" remove-import "$ws" "$correction"
expect 0 '"value": 13001' -- "$app" metrics "$ws" --metric page_views --period 2026-02 --json
expect 1 "no longer in the workspace" -- "$app" remove-import "$ws" "$correction"
expect 2 "Usage: stuurboord remove-import" -- "$app" remove-import "$ws" elf
expect 0 "Written: 1 figures (1 replaced" -- "$app" import "$ws" "$dir/correctie.csv" --replace --force
expect 1 "does not recognise" -- "$app" import "$ws" "$dir/peer.json"

# A single-period Matomo export: the month from the file name, or asked for with --period.
printf 'nb_uniq_visitors,nb_visits,nb_actions,bounce_rate\n812,1204,3650,45%%\n' > "$dir/export_VisitsSummary_2026-03.csv"
expect 0 "Periods: 2026-03 to 2026-03" -- "$app" import "$ws" "$dir/export_VisitsSummary_2026-03.csv" --dry-run
cp "$dir/export_VisitsSummary_2026-03.csv" "$dir/visits.csv"
expect 1 "for example --period 2026-03" -- "$app" import "$ws" "$dir/visits.csv" --dry-run
expect 0 "Periods: 2026-04 to 2026-04" -- "$app" import "$ws" "$dir/visits.csv" --dry-run --period 2026-04
expect 1 "There is no profile" -- "$app" import "$ws" "$dir/visits.csv" --profile "Nothing like it"
expect 2 "Unknown encoding" -- "$app" import "$ws" "$dir/visits.csv" --encoding klingon
# Matomo's other shapes (issue 16), each checked against the figures in the file itself.
figure() { # figure WORKSPACE METRIC PERIOD [DIMENSION]: the stored figure, or "none"
    "$app" metrics "$1" --metric "$2" --period "$3" --json | python3 -c '
import json, sys
rows = [r for r in json.load(sys.stdin) if r.get("dimension", "") == sys.argv[1]]
print(rows[0]["value"] if rows else "none", "complete" if rows and rows[0]["complete"] else "")' "${4:-}"
}
check_figure() { # check_figure EXPECTED WORKSPACE METRIC PERIOD [DIMENSION]
    local expected="$1"; shift
    local got; got=$(figure "$@")
    [ "$got" = "$expected" ] || { echo "FAIL: $2 $3 ${4:-} is '$got', expected '$expected'"; failures=$((failures + 1)); return; }
    echo "ok: $2 $3 ${4:-} = $got"
}
# A scheduled e-mail report: four reports in one file, the month from the file name; the
# Visits Summary and Actions give the whole intranet, the dashboard a figure per site, the
# Country report is left out and said so.
matomo="$dir/matomo.stuurboord"
expect 0 "Created workspace" -- "$app" new "$matomo"
for sep in , $'\t'; do
    name="Intranet rapport 2026-03.csv"; [ "$sep" = , ] || name="Intranet rapport 2026-04.tsv"
    python3 -c 'import sys; sys.stdout.write(sys.stdin.read().replace(",", sys.argv[1]))' "$sep" > "$dir/$name" <<'REPORT'
All Websites dashboard
label,nb_visits,nb_actions,nb_pageviews,revenue,visits_evolution,actions_evolution,pageviews_evolution,revenue_evolution
Site 1,11,43,43,$0,100%,100%,100%,0%
Site 2,1,3,3,$0,100%,100%,100%,0%

Visits Summary
nb_uniq_visitors,nb_visits,nb_actions,max_actions,nb_actions_per_visit,avg_time_on_site,bounce_rate
2,11,43,5,3.9,00:10:55,27%

Actions - Main metrics
nb_pageviews,nb_uniq_pageviews,nb_downloads,nb_uniq_downloads,nb_outlinks,nb_uniq_outlinks,nb_searches,nb_keywords
43,30,2,2,1,1,4,3

Country
label,nb_visits,nb_actions
Netherlands,10,40
Belgium,1,3
REPORT
    expect 0 "“Country” (2)" -- "$app" import "$matomo" "$dir/$name"
done
check_figure "11 complete" "$matomo" visits 2026-03
check_figure "43 complete" "$matomo" page_views 2026-03
check_figure "3.9 complete" "$matomo" nb_actions_per_visit 2026-03
check_figure "655 complete" "$matomo" average_visit_seconds 2026-03
check_figure "4 complete" "$matomo" nb_searches 2026-04
check_figure "11 complete" "$matomo" visits 2026-04 "Site 1"
check_figure "1 complete" "$matomo" visits 2026-04 "Site 2"
expect 0 "names the month 2026-03" -- "$app" import "$matomo" "$dir/Intranet rapport 2026-03.csv" --dry-run --force
cp "$dir/Intranet rapport 2026-03.csv" "$dir/rapport.csv"
expect 1 "for example --period" -- "$app" import "$matomo" "$dir/rapport.csv" --dry-run
# Weeks and ranges: a week crossing into January counts for December, which holds four of
# its days; both months stay incomplete.
printf 'date,nb_uniq_visitors,nb_visits,nb_actions\n"2009-12-21,2009-12-27",10,20,60\n"2009-12-28,2010-01-03",12,22,70\n"2010-01-04,2010-01-10",14,24,80\n' > "$dir/weeks.csv"
expect 0 "December 2009 is incomplete (21–31 December)" -- "$app" import "$matomo" "$dir/weeks.csv"
check_figure "42 " "$matomo" visits 2009-12
check_figure "130 " "$matomo" nb_actions 2009-12
check_figure "12 " "$matomo" unique_visitors 2009-12
check_figure "24 " "$matomo" visits 2010-01
# Headers in the interface's language, UTF-16 with a byte order mark as Matomo writes it:
# Dutch, English and German give the same ten figures; the metadata column is no figure.
python3 - "$dir" <<'LANGS'
import sys
rows = {
    "nl": "Datum\tUnieke bezoekers\tBezoeken\tActies\tMaximum aantal acties in één bezoek\tBounce-ratio\tActies per bezoek\tGemiddelde tijd op website\tPaginaweergaven\tUnieke paginaweergaven\tTotale bestede tijd door bezoekers (in seconden)\tMetadaten: is_aggregate",
    "en": "Date\tUnique visitors\tVisits\tActions\tMaximum actions in one visit\tBounce Rate\tActions per Visit\tAvg. Time on Website\tPageviews\tUnique Pageviews\tTotal time spent by visitors (in seconds)\tMetadata: is_aggregate",
    "de": "Datum\tEindeutige Besucher\tBesuche\tAktionen\tMaximale Aktionen in einem Besuch\tAbsprungsrate\tAktionen pro Besuch\tDurchschn. Aufenthaltsdauer\tSeitenansichten\tEindeutige Seitenansichten\tGesamte von Besuchern verbrachte Zeit (in Sekunden)\tMetadaten: is_aggregate",
}
for lang, header in rows.items():
    percent = "45%" if lang == "en" else "45 %"
    row = f"2026-01\t812\t1204\t3650\t41\t{percent}\t3\t00:02:41\t2900\t2100\t193840\t0"
    open(f"{sys.argv[1]}/matomo-{lang}.tsv", "wb").write(b"\xff\xfe" + f"{header}\r\n{row}\r\n".encode("utf-16-le"))
LANGS
for lang in nl en de; do
    ws_lang="$dir/matomo-$lang.stuurboord"
    expect 0 "Created workspace" -- "$app" new "$ws_lang"
    expect 0 "Written: 10 figures" -- "$app" import "$ws_lang" "$dir/matomo-$lang.tsv"
    check_figure "1204 complete" "$ws_lang" visits 2026-01
    check_figure "45 complete" "$ws_lang" bounce_rate 2026-01
    check_figure "161 complete" "$ws_lang" average_visit_seconds 2026-01
    check_figure "2900 complete" "$ws_lang" page_views 2026-01
    check_figure "none " "$ws_lang" is_aggregate 2026-01
done
# A UTF-16 file one byte short: the two complete rows are written, the cut one is rejected
# with its reason (exit 1, because a row was rejected).
python3 -c 'import sys; b = b"\xff\xfe" + "date\tnb_uniq_visitors\tnb_visits\tnb_pageviews\n2026-01\t800\t1200\t3000\n2026-02\t810\t1250\t3100\n2026-03\t820\t1300\t3200".encode("utf-16-le"); sys.stdout.buffer.write(b[:-1])' > "$dir/cut.tsv"
cut="$dir/cut.stuurboord"
expect 0 "Created workspace" -- "$app" new "$cut"
expect 1 "line 4: the file ends in the middle of this row" -- "$app" import "$cut" "$dir/cut.tsv"
check_figure "3000 complete" "$cut" page_views 2026-01
check_figure "3100 complete" "$cut" page_views 2026-02
check_figure "none " "$cut" page_views 2026-03

# A GA4 file with two tables: the first by default, the second with --table 2.
printf '# Start date: 20260301\n# End date: 20260331\nPage path,Views\n/,100\n/nieuws,50\n\n# Start date: 20260301\n# End date: 20260331\nCountry,Users\nNetherlands,70\n' > "$dir/ga4.csv"
expect 0 "Rows read: 2; figures: 2" -- "$app" import "$ws" "$dir/ga4.csv" --dry-run
expect 0 "Rows read: 1; figures: 1" -- "$app" import "$ws" "$dir/ga4.csv" --dry-run --table 2

# A GA4 export saved on 10 November covers ten days: the month is incomplete until a file
# covering all of it replaces those figures, without --replace.
python3 -c 'print("# Start date: 20251101\n# End date: 20251110\nNth day,Views"); [print("%04d,%d" % (n, 10 + n)) for n in range(10)]' > "$dir/ga4-part.csv"
python3 -c 'print("# Start date: 20251101\n# End date: 20251130\nNth day,Views"); [print("%04d,100" % n) for n in range(30)]' > "$dir/ga4-november.csv"
expect 0 "November 2025 is incomplete (1–10 November)" -- "$app" import "$ws" "$dir/ga4-part.csv"
expect 0 '"complete": false' -- "$app" metrics "$ws" --metric views --period 2025-11 --json
expect 0 '"value": 145' -- "$app" metrics "$ws" --metric views --period 2025-11 --json
expect 0 "Partial months completed" -- "$app" import "$ws" "$dir/ga4-november.csv"
expect 0 '"complete": true' -- "$app" metrics "$ws" --metric views --period 2025-11 --json
expect 0 '"value": 3000' -- "$app" metrics "$ws" --metric views --period 2025-11 --json

# Backups: a checked copy under the chosen name or a dated one in a folder; restore keeps
# the file it replaces.
expect 0 "Wrote a checked backup" -- "$app" backup "$demo" "$dir/demo-kopie.stuurboord"
expect 0 "workspace is healthy" -- "$app" check "$dir/demo-kopie.stuurboord"
mkdir "$dir/backups"
expect 0 "Wrote a checked backup to .*/backups/demo 20" -- "$app" backup "$demo" "$dir/backups"
expect 1 "other than the workspace" -- "$app" backup "$demo" "$demo"
expect 2 "Usage: stuurboord backup" -- "$app" backup "$demo"
expect 0 "kept as .*before restore" -- "$app" restore "$dir/demo-kopie.stuurboord" "$demo"
expect 1 "cannot be restored" -- "$app" restore "$dir/export.csv" "$demo"

# Special files are refused at once, in words, and never read: a pipe would block and
# /dev/zero never ends (each is given ten seconds).
mkfifo "$dir/pipe.csv"
expect 1 "not a regular file" -- timeout 10 "$app" import "$ws" "$dir/pipe.csv"
expect 1 "not a regular file" -- timeout 10 "$app" import "$ws" /dev/zero
expect 1 "not a regular file" -- timeout 10 "$app" check "$dir/pipe.csv"
rm "$dir/pipe.csv"

# A refused import writes nothing at all: SQLite's change counter (bytes 24..27) stays.
counter() { od -An -tx1 -j24 -N4 "$1" | tr -d ' '; }
before=$(counter "$ws")
printf 'nothing,to,see\n' > "$dir/junk.csv"
: > "$dir/empty.csv"
expect 1 "junk.csv" -- "$app" import "$ws" "$dir/junk.csv"
expect 1 "empty.csv" -- "$app" import "$ws" "$dir/empty.csv"
[ "$before" = "$(counter "$ws")" ] || { echo "FAIL: a refused import changed the workspace"; failures=$((failures + 1)); }

# Millions of distinct keys: refused at the limit, the dry run says so too, and the list
# of metric names printed stays short.
python3 -c 'print("date,metric,dimension,value"); [print(f"2026-01-01,metric_{n},a,1") for n in range(10001)]' > "$dir/keys.csv"
expect 1 "more than 10,000 different metrics" -- "$app" import "$ws" "$dir/keys.csv" --dry-run
expect 1 "more than 10,000 different metrics" -- "$app" import "$ws" "$dir/keys.csv"
[ "$("$app" import "$ws" "$dir/keys.csv" --dry-run 2>&1 | wc -c)" -lt 2000 ] || { echo "FAIL: the dry run printed too much"; failures=$((failures + 1)); }

# Too many sites or departments: the dry run says so before anything is written, in the
# same words as the import.
python3 -c 'print("date,metric,dimension,value"); [print(f"2026-01-01,page_views,afdeling_{n},1") for n in range(100001)]' > "$dir/dims.csv"
expect 1 "more than 100,000 different sites, departments or other dimensions (line 100002)" -- "$app" import "$ws" "$dir/dims.csv" --dry-run
expect 1 "more than 100,000 different sites" -- "$app" import "$ws" "$dir/dims.csv"
[ "$before" = "$(counter "$ws")" ] || { echo "FAIL: a refused import changed the workspace"; failures=$((failures + 1)); }

# Another program holds the workspace (busy, not damaged): its own exit code (3) and the
# way out in words; with --wait the command waits until it is free and then runs. The
# other holds it for longer than two of SQLite's own 5-second waits (metrics, then import).
printf 'date,metric,dimension,value\n2025-02-01,wait_test_views,afdeling_1,5\n' > "$dir/wait.csv"
python3 - "$ws" "$dir/held" <<'PY' &
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
open(sys.argv[2], "w").close()
time.sleep(14)
db.execute("ROLLBACK")
PY
holder=$!
for _ in $(seq 50); do [ -e "$dir/held" ] && break; sleep 0.1; done
expect 3 "add --wait SECONDS" -- "$app" metrics "$ws"
expect 0 "Waiting up to 30 seconds" -- "$app" import "$ws" "$dir/wait.csv" --wait 30
wait "$holder"
expect 2 "needs a number of seconds" -- "$app" metrics "$ws" --wait soon

# A killed `demo` or `new` never leaves a half-made workspace under the chosen name, and
# running it again works.
for delay in 0.02 0.05 0.1 0.2 0.3 0.5; do
    target="$dir/killed.stuurboord"
    "$app" demo "$target" --as-of 2026-10 >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"; kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    if [ -e "$target" ]; then
        "$app" check "$target" | grep -q "observations" || { echo "FAIL: demo killed after ${delay}s left an incomplete workspace"; failures=$((failures + 1)); }
        rm -f "$target"
    fi
    expect 0 "Wrote the demo workspace" -- "$app" demo "$target" --as-of 2026-10
    rm -f "$target"
done

# Edit → Preferences is read at start by the command line too: the interface language
# (when STUURBOORD_LANGUAGE does not choose) and the report language of new workspaces.
mkdir -p "$dir/config/Stuurboord"
printf '[interface]\nlanguage=nl\n\n[reports]\ndefaultLanguage=en\n' > "$dir/config/Stuurboord/Stuurboord.conf"
expect 0 "de werkruimte is in orde" -- env -u STUURBOORD_LANGUAGE XDG_CONFIG_HOME="$dir/config" "$app" check "$demo"
expect 0 "the workspace is healthy" -- env XDG_CONFIG_HOME="$dir/config" "$app" check "$demo"
expect 0 "Created workspace" -- env XDG_CONFIG_HOME="$dir/config" "$app" new "$dir/prefs.stuurboord" --name "Gemeente Voorkeur"
expect 0 "^en$" -- sqlite3 "$dir/prefs.stuurboord" "SELECT report_language FROM organisation"
# Without a preference a new workspace reports in the interface language.
expect 0 "Werkruimte" -- env XDG_CONFIG_HOME="$dir/no-config" STUURBOORD_LANGUAGE=nl "$app" new "$dir/nl.stuurboord" --name "Gemeente Standaard"
expect 0 "^nl$" -- sqlite3 "$dir/nl.stuurboord" "SELECT report_language FROM organisation"
# The meeting pack: meetings by id, a PDF without a display, bad arguments explained.
expect 0 "2026-08-27  Stuurgroep intranet augustus 2026" -- "$app" meetings "$demo"
expect 0 '"title": "Stuurgroep intranet' -- "$app" meetings "$demo" --json
expect 2 "Usage: stuurboord meetings" -- "$app" meetings
august=$("$app" meetings "$demo" | grep "augustus 2026" | awk '{print $1}')
expect 0 "Wrote $dir/pack.pdf" -- "$app" report "$demo" --out "$dir/pack.pdf" --meeting "$august" --lang en
head -c 5 "$dir/pack.pdf" | grep -q "%PDF-" || { echo "FAIL: report wrote no PDF"; failures=$((failures + 1)); }
expect 0 "pages" -- "$app" report "$demo" --out "$dir/as-of.pdf" --as-of 2026-07-15 --sections summary,kpis,budget
expect 2 "--out" -- "$app" report "$demo"
expect 2 "--lang is nl" -- "$app" report "$demo" --out "$dir/x.pdf" --lang fr
expect 2 "either --meeting or --as-of" -- "$app" report "$demo" --out "$dir/x.pdf" --meeting 1 --as-of 2026-01-01
expect 2 "Unknown section" -- "$app" report "$demo" --out "$dir/x.pdf" --sections kpis,begroting
expect 2 "--as-of needs a date" -- "$app" report "$demo" --out "$dir/x.pdf" --as-of 24-12-2026
expect 1 "no meeting with id 9999" -- "$app" report "$demo" --out "$dir/x.pdf" --meeting 9999
expect 1 "could not be written" -- "$app" report "$demo" --out "$dir/no such folder/x.pdf"
[ ! -e "$dir/x.pdf" ] || { echo "FAIL: a failed report left x.pdf behind"; failures=$((failures + 1)); }

# The structure a workspace must have is kept in the user's cache (it takes a quarter of an
# open to build). A cache file from other schema steps or cut off is never trusted: a damaged
# workspace is still found, and the file is written again whole.
export XDG_CACHE_HOME="$dir/cache"
expect 0 "workspace is healthy" -- "$app" check "$ws"
shape=$(ls "$dir"/cache/Stuurboord/Stuurboord/schema-shape-*.txt 2>/dev/null | head -n 1)
if [ -z "$shape" ]; then
    echo "FAIL: no schema shape in the cache"; failures=$((failures + 1)); shape="$dir/cache/none"
fi
cp "$ws" "$dir/damaged.stuurboord"
sqlite3 "$dir/damaged.stuurboord" "ALTER TABLE goal DROP COLUMN saved_at"
# Another key, without goal, its count made to match: as if from other schema steps.
awk -v tab="$(printf '\t')" 'NR == 1 { print "from other schema steps"; next }
    index($0, "goal" tab) == 1 { next }
    /^end / { print "end " ($2 - 1); next } { print }' "$shape" > "$dir/forged" && cp "$dir/forged" "$shape"
expect 1 "table goal has other columns" -- "$app" check "$dir/damaged.stuurboord"
head -n 5 "$shape" > "$dir/cut" && cp "$dir/cut" "$shape"
expect 1 "table goal has other columns" -- "$app" check "$dir/damaged.stuurboord"
tail -n 1 "$shape" | grep -q "^end " || { echo "FAIL: the cut cache was not written again"; failures=$((failures + 1)); }
unset XDG_CACHE_HOME
rm -rf "$dir/cache" "$dir/forged" "$dir/cut" "$dir/damaged.stuurboord"

# Two programs: the command line loads no widget, chart or print library (that is what makes
# it start in half the time), and hands `report` and the window to stuurboord-gui beside it.
# Without that program it says so instead of failing in silence.
if ldd "$app" | grep -qE 'libQt6(Widgets|Gui|Charts|PrintSupport)'; then
    echo "FAIL: the command-line program links a GUI library:"; ldd "$app" | grep -E 'libQt6(Widgets|Gui|Charts|PrintSupport)'
    failures=$((failures + 1))
fi
expect 0 "Wrote .* pages): Vergaderrapport" -- "$app" report "$demo" --out "$dir/pack.pdf" --lang nl
expect 0 "Vergaderrapport" -- pdftotext "$dir/pack.pdf" -
mkdir -p "$dir/alone" && cp "$app" "$dir/alone/stuurboord"
expect 1 "window program could not be started (.*stuurboord-gui" -- "$dir/alone/stuurboord" "$demo"
expect 1 "window program could not be started" -- "$dir/alone/stuurboord" report "$demo" --out "$dir/never.pdf"
[ ! -e "$dir/never.pdf" ] || { echo "FAIL: a pack was written without the window program"; failures=$((failures + 1)); }
expect 0 "Created workspace" -- "$dir/alone/stuurboord" new "$dir/alone/w.stuurboord"
rm -rf "$dir/alone" "$dir/pack.pdf"

leftovers=$(ls -A "$dir" | grep -E '\.(lock|creating)$|-journal$|-wal$|-shm$' || true)
[ -z "$leftovers" ] || { echo "FAIL: side files left behind: $leftovers"; failures=$((failures + 1)); }

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
