#!/usr/bin/env bash
# Runs inside an X server (tools/tour/run.sh starts Xvfb): opens Stuurboord on a workspace,
# imports every export through File > Import Usage Data… as a coordinator would, with the
# keyboard, and takes a screenshot of each step.
# Usage: drive.sh APP WORKSPACE EXPORTS_FOLDER SHOTS_FOLDER
set -euo pipefail
app=$1 ws=$2 exports=$3 shots=$4
mkdir -p "$shots"
shot() { sleep "${2:-1.5}"; import -window root "$shots/$1.png"; }
# Without a window manager nothing moves the keyboard focus to a new window: do it by hand.
windows() { xdotool search --onlyvisible --name '.' 2>/dev/null | wc -l; }
focus_newest() { xdotool windowfocus --sync "$(xdotool search --onlyvisible --name '.' | tail -1)" 2>/dev/null || true; }
"$app" "$ws" > "$shots/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
window=$(xdotool search --sync --onlyvisible --name "Stuurboord" | head -1)
xdotool windowsize "$window" 1360 790 windowmove "$window" 0 0 windowfocus "$window"
shot 00-start 3
n=0
for file in "$exports"/*; do
    n=$((n + 1))
    name=$(printf '%02d-%s' "$n" "$(basename "${file%.*}")")
    xdotool windowfocus --sync "$window"
    xdotool key --clearmodifiers ctrl+i
    sleep 1.5
    focus_newest
    xdotool type --delay 2 "$file"
    xdotool key Return
    shot "$name-a-preview" 3
    focus_newest
    xdotool key Return   # the dialog's default button: Import (the wizard: Next)
    shot "$name-b-after" 2.5
    if [ "$(windows)" -gt 1 ]; then
        # Still open: figures already in the workspace (Replace is now chosen), or a wizard.
        focus_newest
        xdotool key Return
        shot "$name-c-again" 2.5
    fi
    # Whatever is still open is closed before the next file.
    for _ in 1 2 3 4; do
        [ "$(windows)" -gt 1 ] || break
        focus_newest
        xdotool key Escape
        sleep 0.7
    done
done
for page in 1 4; do
    xdotool windowfocus --sync "$window"
    xdotool key --clearmodifiers "ctrl+$page"
    shot "99-page-$page" 2
done
