#!/usr/bin/env bash
# Runs a command inside its own session bus with an unlocked GNOME Keyring, so the keyring
# test stores and reads a real password (tests/CMakeLists.txt: keyring_roundtrip). Exits 77
# (ctest: skipped) when the programs are not installed.
set -euo pipefail
for program in dbus-run-session gnome-keyring-daemon; do
    command -v "$program" >/dev/null || { echo "SKIP: $program is not installed"; exit 77; }
done
if [[ "${1:-}" != --inside ]]; then
    exec dbus-run-session -- bash "$0" --inside "$@"
fi
shift
# A throwaway keyring in a throwaway home: the user's own is never touched.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
printf 'stuurboord-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"
