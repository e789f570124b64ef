#!/usr/bin/env bash
# Looks at Stuurboord end to end: writes one export of every kind (make-exports.py), opens a
# fresh workspace in the application under Xvfb, imports each export through the menu with
# the keyboard, and saves a screenshot of every step to look at.
# Usage: tools/tour/run.sh [nl|en] [BUILD_DIR] [OUT_DIR]   (needs xdotool and imagemagick)
set -euo pipefail
cd "$(dirname "$0")/../.."
language=${1:-nl} build=${2:-build/ci} out=${3:-/tmp/stuurboord-tour}
app=$(realpath "$build/app/stuurboord")
rm -rf "$out" && mkdir -p "$out"
python3 tools/tour/make-exports.py "$out/exports"
ws="$out/tour.stuurboord"
"$app" new "$ws" --name "Gemeente Dijkstede" > /dev/null
STUURBOORD_LANGUAGE=$language LANG=nl_NL.UTF-8 \
    xvfb-run -a -s "-screen 0 1360x790x24" bash tools/tour/drive.sh "$app" "$ws" "$out/exports" "$out/shots"
"$app" metrics "$ws" > "$out/metrics.txt"
"$app" imports "$ws" > "$out/imports.txt"
echo "screenshots in $out/shots; figures in $out/metrics.txt, import history in $out/imports.txt"
