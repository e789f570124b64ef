#!/usr/bin/env bash
# What a file manager does with a workspace, without installing anything system-wide: the
# MIME file and the .desktop file go into a temporary XDG data folder, update-mime-database
# builds its cache, and GLib (what GNOME's Files and most file managers use) is asked
#   - which type a real demo workspace has, by name and (renamed) by content alone,
#   - that another program's SQLite file is not taken for a workspace,
#   - which application opens the type, and
#   - whether launching that application on the file (a double-click) opens the workspace.
# Usage: check-desktop-integration.sh path/to/stuurboord
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=$(readlink -f "$1")
id=org.stuurboord.Stuurboord
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

mkdir -p "$tmp/data/mime/packages" "$tmp/data/applications" "$tmp/bin" "$tmp/home"
cp "$here/$id.mime.xml" "$tmp/data/mime/packages/$id.xml"
cp "$here/$id.desktop" "$tmp/data/applications/"
ln -s "$app" "$tmp/bin/stuurboord"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_DATA_DIRS="$tmp/data:/usr/share"
export XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache"
export PATH="$tmp/bin:$PATH"
# What Debian's shared-mime-info and desktop-file-utils triggers do when the package arrives.
update-mime-database "$tmp/data/mime"
update-desktop-database "$tmp/data/applications"

type_of() { gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'; }

"$app" demo "$tmp/Gemeente.stuurboord" >/dev/null
cp "$tmp/Gemeente.stuurboord" "$tmp/renamed-workspace"
sqlite3 "$tmp/other-program" "CREATE TABLE t(x); INSERT INTO t VALUES (1);"
cp "$tmp/other-program" "$tmp/other-program.sqlite"

got=$(type_of "$tmp/Gemeente.stuurboord")
[ "$got" = application/x-stuurboord ] || fail "demo workspace by name is '$got'"
got=$(type_of "$tmp/renamed-workspace")
[ "$got" = application/x-stuurboord ] || fail "demo workspace without extension is '$got'"
got=$(type_of "$tmp/other-program")
[ "$got" = application/vnd.sqlite3 ] || fail "another program's SQLite file is '$got'"
echo "types: workspace by name and by content application/x-stuurboord, other SQLite $got"

grep -q '^MimeType=.*application/x-stuurboord;' "$here/$id.desktop" \
    || fail "the .desktop file does not declare application/x-stuurboord"
default=$(gio mime application/x-stuurboord | sed -n 's/^Default application for .*: //p')
[ "$default" = "$id.desktop" ] || fail "application/x-stuurboord opens with '$default'"
echo "default application: $default"

# The double-click: GLib expands Exec's %f with the file and starts Stuurboord, which
# reports its first paint of the opened workspace and quits.
export STUURBOORD_REPORT_FIRST_PAINT=1 QT_QPA_PLATFORM=offscreen
gio launch "$tmp/data/applications/$id.desktop" "$tmp/renamed-workspace" >"$tmp/launch.out" 2>&1 || true
for _ in $(seq 1 120); do
    grep -q first-paint "$tmp/launch.out" && break
    sleep 0.5
done
if grep -q first-paint "$tmp/launch.out"; then
    echo "double-click: the workspace opened"
else
    fail "launching the .desktop file on the workspace did not open it: $(cat "$tmp/launch.out")"
fi

[ "$failures" -eq 0 ] || exit 1
echo "desktop integration: all checks passed"
