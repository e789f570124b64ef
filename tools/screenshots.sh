#!/usr/bin/env bash
# Screenshots of every page of the demo workspace and of the standard dialogs (open file,
# print, message box, preferences, user guide) in one language, under Xvfb, with a fresh
# home folder. Used to check that the Dutch interface shows no English, and for the
# AppStream screenshots (packaging/screenshots/, taken in English).
# Usage: tools/screenshots.sh [nl|en] [BUILD_DIR] [OUT_DIR]   (needs xvfb, xdotool, imagemagick)
set -euo pipefail
cd "$(dirname "$0")/.."
language=${1:-nl} build=${2:-build/ci} out=${3:-/tmp/stuurboord-shots-${1:-nl}}
app=$(realpath "$build/app/stuurboord")
rm -rf "$out" && mkdir -p "$out/home"
if [ -z "${DISPLAY:-}" ] || [ -z "${STUURBOORD_SHOTS_INSIDE:-}" ]; then
    exec env STUURBOORD_SHOTS_INSIDE=1 xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$language" "$build" "$out"
fi
export HOME="$out/home" XDG_CONFIG_HOME="$out/home/.config" XDG_DATA_HOME="$out/home/.local/share"
if [ "$language" = nl ]; then export LANG=nl_NL.UTF-8; else export LANG=en_GB.UTF-8; fi
export STUURBOORD_LANGUAGE=$language
shot() { sleep "${2:-1.5}"; import -window root "$out/$1.png"; }
newest() { xdotool search --onlyvisible --name '.' | tail -1; }
focus_newest() { xdotool windowfocus --sync "$(newest)" 2>/dev/null || true; }
"$app" --demo > "$out/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
window=$(xdotool search --sync --onlyvisible --name "Stuurboord" | head -1)
xdotool windowsize "$window" 1400 900 windowmove "$window" 0 0 windowfocus "$window"
sleep 4
pages=(dashboard goals-kpis measurements data stakeholders budget backlog reports)
for i in "${!pages[@]}"; do
    xdotool windowfocus --sync "$window"
    xdotool key --clearmodifiers "ctrl+$((i + 1))"
    shot "page-$((i + 1))-${pages[$i]}" 2.5
done
dialog() { # NAME KEYS...: open a dialog with keys, take its picture, close it with Escape
    local name=$1; shift
    xdotool windowfocus --sync "$window"
    xdotool key --clearmodifiers "$@"
    sleep 2
    focus_newest
    shot "dialog-$name" 1
    focus_newest
    xdotool key Escape
    sleep 1
}
dialog open-file ctrl+o
dialog import-file ctrl+i
dialog preferences ctrl+comma
dialog user-guide F1
# Help › About: a message box.
dialog about alt+h Up Up Return
# File › Restore from Backup… (Alt+B/Alt+F, then T): the file dialog, then the
# question with Qt's standard Yes / Cancel buttons.
"$app" backup "$HOME/.local/share/Stuurboord/Stuurboord/Demo.stuurboord" "$out/backup.stuurboord" > /dev/null
xdotool windowfocus --sync "$window"
if [ "$language" = nl ]; then file_menu=alt+b; else file_menu=alt+f; fi
xdotool key --clearmodifiers "$file_menu" t
sleep 2; focus_newest
shot dialog-restore-file 0.5
xdotool type --delay 2 "$out/backup.stuurboord"; xdotool key Return
sleep 2; focus_newest
shot dialog-message-question 0.5
xdotool key Escape; sleep 1
# File › New Workspace…: the save dialog, then the organisation's name (an input dialog).
xdotool windowfocus --sync "$window"
xdotool key --clearmodifiers ctrl+n
sleep 2; focus_newest
xdotool type --delay 2 "$out/nieuw"; xdotool key Return
sleep 2; focus_newest
shot dialog-input 0.5
xdotool key Escape; sleep 1
# Reports › Print…: Qt's print dialog. The page's first control after the sidebar is the
# meeting list, then Print….
xdotool windowfocus --sync "$window"
xdotool key --clearmodifiers ctrl+8
sleep 2
xdotool key Tab Tab space
sleep 2; focus_newest
shot dialog-print 0.5
xdotool key Escape; sleep 1
echo "screenshots in $out"
