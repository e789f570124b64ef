#!/usr/bin/env bash
# Installs the Debian 12 packages Stuurboord needs to build, run and test.
# The single list used by the README quick start and by .ci/run.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    # Qt 6.4 (Debian): core, sql (system SQLite), widgets, charts, tools, translations
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev
    qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libgl-dev libqt6svg6 qt6-svg-dev
    # SQLite C API (same system library as the QSQLITE driver) and shell for benchmarks
    libsqlite3-dev sqlite3
    # field libraries: formulas, xlsx (zip), encoding detection, SHA-256 of imported files
    libmuparser-dev libquazip1-qt6-dev libuchardet-dev libssl-dev
    # headless GUI runs, fonts, screenshots and PDF checks
    xvfb xauth fonts-dejavu-core poppler-utils imagemagick
    # packaging: the .deb's dependencies (dpkg-shlibdeps), and the desktop checks
    # (.desktop, AppStream, the MIME XML, the MIME database and GLib's gio to query it)
    dpkg-dev desktop-file-utils appstream libxml2-utils shared-mime-info libglib2.0-bin
    # screenshots of dialogs opened with the keyboard (tools/screenshots.sh, tools/tour)
    xdotool
    # team workspaces: Qt's PostgreSQL driver, libpq for COPY, the keyring for passwords,
    # and the server for the throwaway test cluster (tools/pg-cluster.sh)
    libqt6sql6-psql libpq-dev qtkeychain-qt6-dev postgresql
    # a real keyring for the password test: a session bus and GNOME Keyring's Secret
    # Service (tools/with-keyring.sh), which QtKeychain talks to through libsecret
    dbus gnome-keyring libsecret-1-0
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
