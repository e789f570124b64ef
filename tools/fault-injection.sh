#!/usr/bin/env bash
# Fault injection (issue 13): a full disk, a read-only file and folder, the folder removed
# while a command runs, and the file held by another program. Each must end with a clear
# message and an intact workspace. Needs root for the small tmpfs it fills (skips, exit 77,
# without it).
#
#   bash tools/fault-injection.sh build/ci/app/stuurboord
set -u
app=$(realpath "$1")
export STUURBOORD_LANGUAGE=en QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
work=$(mktemp -d /tmp/stuurboord-faults.XXXXXX)
disk="$work/disk"
mkdir -p "$disk"
if ! mount -t tmpfs -o size=6m tmpfs "$disk" 2>/dev/null; then
    echo "SKIP: cannot mount a small tmpfs here (needs root)"; rm -rf "$work"; exit 77
fi
trap 'umount -l "$disk" 2>/dev/null; rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

expect() { # expect CODE PATTERN -- command...
    local code="$1" pattern="$2"; shift 3
    local output status
    output=$("$@" 2>&1); status=$?
    if [ "$status" -ne "$code" ] || ! grep -q -- "$pattern" <<<"$output"; then
        fail "'$*' exited $status, expected $code and '$pattern'"; echo "$output" | head -5 | sed 's/^/    /'; return
    fi
    echo "ok: $(basename "$2" 2>/dev/null) $* -> $status"
}

csv() { # csv PATH ROWS PREFIX: a long-format export
    python3 - "$@" <<'PY'
import sys
path, rows, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(path, "w") as out:
    out.write("date,metric,dimension,value\n")
    for n in range(rows):
        out.write(f"2025-{1 + n % 12:02d}-{1 + n % 28:02d},{prefix}_{n % 7},afdeling_{n % 50},{n}\n")
PY
}

answers() { "$app" metrics "$1" --json 2>&1 | sha256sum; }
intact() { # intact WORKSPACE EXPECTED-ANSWERS: opens without help, checks healthy, same figures
    "$app" check "$1" > /dev/null 2>&1 || fail "check after the fault: $("$app" check "$1" 2>&1 | tail -3)"
    [ "$(answers "$1")" = "$2" ] || fail "the figures changed after the fault"
    [ ! -e "$1-journal" ] || fail "a journal is left beside $1"
}

ws="$disk/werkruimte.stuurboord"
"$app" new "$ws" --name "Gemeente Volschijf" > /dev/null
csv "$work/small.csv" 500 klein
"$app" import "$ws" "$work/small.csv" > /dev/null
before=$(answers "$ws")

# 1. Disk full during an import: refused in words, the workspace as before.
# Bigger than the 300 kB left free below once written as figures; small enough to be quick.
csv "$work/big.csv" 60000 groot
dd if=/dev/zero of="$disk/filler" bs=1k count=$(( $(df --output=avail -k "$disk" | tail -1) - 300 )) status=none 2>/dev/null
expect 1 "disk is full\|database or disk is full" -- "$app" import "$ws" "$work/big.csv"
intact "$ws" "$before"
# 2. `new` on the full disk: "the disk is full", and no half-made file.
dd if=/dev/zero of="$disk/filler2" bs=1k count=$(( $(df --output=avail -k "$disk" | tail -1) - 8 )) status=none 2>/dev/null
expect 1 "disk is full" -- "$app" new "$disk/nieuw.stuurboord"
[ ! -e "$disk/nieuw.stuurboord" ] || fail "new on a full disk left a file"
ls "$disk" | grep -q creating && fail "new on a full disk left a .creating file"
rm -f "$disk/filler" "$disk/filler2"

# 3. A read-only file.
chmod 444 "$ws"
expect 1 "read-only" -- "$app" import "$ws" "$work/small.csv" --force
chmod 644 "$ws"
intact "$ws" "$before"

# 4. A read-only folder (the whole file system, so it holds for root too).
mount -o remount,ro "$disk"
expect 1 "cannot write in the folder\|read-only" -- "$app" import "$ws" "$work/small.csv" --force
expect 0 "workspace is healthy" -- "$app" check "$ws"
mount -o remount,rw "$disk"
intact "$ws" "$before"

# 5. The file held by another program (an exclusive SQLite lock): busy, not damaged.
python3 - "$ws" "$work/held" <<'PY' &
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
open(sys.argv[2], "w").close()
time.sleep(60)
PY
holder=$!
for _ in $(seq 100); do [ -e "$work/held" ] && break; sleep 0.1; done
# Exit code 3: busy, try again later (or with --wait).
expect 3 "busy" -- "$app" import "$ws" "$work/small.csv" --force
expect 3 "busy" -- "$app" metrics "$ws"
kill "$holder"; wait "$holder" 2>/dev/null
intact "$ws" "$before"

# 6. The folder removed while an import runs: a message, no crash.
mkdir "$work/weg"
"$app" new "$work/weg/w.stuurboord" > /dev/null
csv "$work/long.csv" 400000 lang
("$app" import "$work/weg/w.stuurboord" "$work/long.csv" > "$work/gone.out" 2>&1; echo $? > "$work/gone.rc") &
# Remove it once the import writes (its journal appears), not after a fixed pause: a slow
# build (the asan preset) had not even opened the workspace after 0.4 s.
for _ in $(seq 600); do [ -e "$work/weg/w.stuurboord-journal" ] && break; [ -e "$work/gone.rc" ] && break; sleep 0.05; done
rm -rf "$work/weg"
wait
rc=$(cat "$work/gone.rc")
[ "$rc" -le 1 ] || fail "import with its folder removed ended with $rc: $(head -3 "$work/gone.out")"
[ "$rc" -eq 0 ] || grep -q "disappeared while importing" "$work/gone.out" || fail "no clear message when the folder went: $(tail -2 "$work/gone.out")"
echo "ok: folder removed while importing -> $rc ($(tail -1 "$work/gone.out" | cut -c1-100))"

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
