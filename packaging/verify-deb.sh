#!/usr/bin/env bash
# Verifies the Debian package on a clean Debian 12: a copy of a pristine debootstrap tree
# (never the pristine tree itself), then, as a user would:
#   apt install ./stuurboord_*.deb      (pulls every dependency from the Debian archive)
#   stuurboord --version, demo, import of a real usage export, check, meetings, report
#   (the meeting pack as PDF), the desktop files and MIME type in place,
#   apt purge stuurboord                removes exactly what the installation added for it and
#                                        leaves no path of stuurboord (file lists compared),
#   apt autoremove --purge               and what the dependencies' own scripts leave is listed.
# Needs root. Usage:
#   packaging/verify-deb.sh build/ci/stuurboord_0.2.0_amd64.deb
# Environment: PRISTINE (default /srv/bookworm-pristine), CHROOT (default /srv/bookworm-deb,
# recreated on every run).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
deb=$(readlink -f "${1:?usage: verify-deb.sh PATH/TO/stuurboord_VERSION_ARCH.deb}")
pristine="${PRISTINE:-/srv/bookworm-pristine}"
root="${CHROOT:-/srv/bookworm-deb}"
[ "$(id -u)" -eq 0 ] || { echo "verify-deb: needs root (chroot)"; exit 2; }
[ -x "$pristine/bin/bash" ] || { echo "verify-deb: no debootstrap tree at $pristine"; exit 2; }
[ "$root" != "$pristine" ] || { echo "verify-deb: CHROOT must not be the pristine tree"; exit 2; }

for fs in dev/pts dev sys proc; do umount -l "$root/$fs" 2>/dev/null || true; done
rm -rf --one-file-system "$root"
cp -a "$pristine" "$root"
mkdir -p "$root/root/verify"
# Under its Debian name, whatever the file was called.
cp "$deb" "$root/root/verify/stuurboord_$(dpkg-deb -f "$deb" Version)_$(dpkg-deb -f "$deb" Architecture).deb"
cp "$repo/tests/data/import/ga4_pages.csv" "$root/root/verify/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
for fs in proc sys dev dev/pts; do mount --bind "/$fs" "$root/$fs"; done
trap 'for fs in dev/pts dev sys proc; do umount -l "$root/$fs" 2>/dev/null || true; done' EXIT

chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 bash -s <<'INSIDE'
set -euo pipefail
cd /root/verify
step() { printf '\n== %s\n' "$*"; }
# Everything on the system a package could own; apt's and dpkg's own bookkeeping, logs,
# caches and the user's home and /tmp are not package files.
file_list() {
    find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /root \
        -o -path /run -o -path /var/lib/apt -o -path /var/cache -o -path /var/log \
        -o -path /var/lib/dpkg -o -path /var/lib/ucf -o -path /etc/ld.so.cache \) -prune \
        -o -print | sort
}

step "apt-get update"
apt-get update -q
file_list > before.txt
echo "$(wc -l < before.txt) files before installing"

step "apt install ./$(ls stuurboord_*.deb)"
apt-get install -y -q ./stuurboord_*.deb > install.log || { cat install.log; exit 1; }
grep -E '^(Setting up|The following NEW packages)' install.log | tail -n 3
echo "$(grep -c '^Setting up' install.log) packages set up"
dpkg -L stuurboord > owned.txt
echo "the package owns $(wc -l < owned.txt) paths"

step "stuurboord --version"
stuurboord --version
step "stuurboord demo /tmp/x.stuurboord"
stuurboord demo /tmp/x.stuurboord
step "stuurboord new /tmp/y.stuurboord + import ga4_pages.csv"
stuurboord new /tmp/y.stuurboord --name "Verificatie"
stuurboord import /tmp/y.stuurboord ga4_pages.csv
step "stuurboord check /tmp/x.stuurboord"
stuurboord check /tmp/x.stuurboord
step "stuurboord meetings + report (the meeting pack, without a display)"
stuurboord meetings /tmp/x.stuurboord | tail -n 2
stuurboord report /tmp/x.stuurboord --out /tmp/pack.pdf --lang nl
[ "$(head -c 5 /tmp/pack.pdf)" = "%PDF-" ] || { echo "verify-deb: the pack is not a PDF"; exit 1; }
ls -l /tmp/pack.pdf
step "the GUI starts and paints the demo workspace (offscreen)"
STUURBOORD_REPORT_FIRST_PAINT=1 QT_QPA_PLATFORM=offscreen timeout 60 stuurboord /tmp/x.stuurboord
step "desktop integration in place"
for f in /usr/share/applications/org.stuurboord.Stuurboord.desktop \
         /usr/share/metainfo/org.stuurboord.Stuurboord.metainfo.xml \
         /usr/share/mime/packages/org.stuurboord.Stuurboord.xml \
         /usr/share/icons/hicolor/scalable/apps/org.stuurboord.Stuurboord.svg \
         /usr/share/icons/hicolor/48x48/apps/org.stuurboord.Stuurboord.png; do
    test -s "$f" && echo "present: $f"
done
if grep -q x-stuurboord /usr/share/mime/globs2 2>/dev/null; then
    echo "the MIME database knows application/x-stuurboord (shared-mime-info's trigger ran)"
fi

step "apt purge stuurboord"
file_list > installed.txt
apt-get purge -y -q stuurboord > purge.log
dpkg -s stuurboord >/dev/null 2>&1 && { echo "FAIL: stuurboord still installed"; exit 1; }
file_list > purged.txt
# Paths of the package that are still there and were not before the installation; with
# `directories` also the folders (hicolor's and the MIME database's stay while the packages
# that own them are installed).
leftovers() {
    while read -r path; do
        [ -e "$path" ] || continue
        [ "$1" = directories ] || [ ! -d "$path" ] || continue
        grep -qxF "$path" before.txt || echo "left behind: $path"
    done < owned.txt
}
leftovers files | tee leftovers.txt
left=$(grep -c . leftovers.txt || true)
# Purging stuurboord alone must remove exactly what it installed and add nothing.
comm -13 installed.txt purged.txt > appeared.txt
if [ -s appeared.txt ]; then echo "appeared while purging:"; cat appeared.txt; left=$((left + 1)); fi
removed=$(comm -23 installed.txt purged.txt | wc -l)
echo "purging removed $removed paths; $(grep -c . owned.txt) were the package's (directories shared with other packages stay)"
grep -i stuurboord purged.txt && { echo "FAIL: a stuurboord path is still there"; left=$((left + 1)); }
[ "$left" -eq 0 ] || { echo "FAIL: files left behind"; exit 1; }
echo "purge left no file of stuurboord behind"

step "apt autoremove --purge: the dependencies it pulled in"
apt-get autoremove --purge -y -q > autoremove.log
echo "$(grep -c '^Purging\|^Removing' autoremove.log) automatically installed packages purged"
file_list > after.txt
echo "$(wc -l < before.txt) files before installing, $(wc -l < after.txt) after purging everything"
comm -13 before.txt after.txt > new.txt
if [ -s new.txt ]; then
    # systemd and the user accounts its packages add leave these; none is stuurboord's.
    echo "left by the dependencies' maintainer scripts (not stuurboord's files):"
    sed 's/^/  /' new.txt
    grep -qi stuurboord new.txt && { echo "FAIL: a stuurboord path is among them"; exit 1; }
fi
leftovers directories | tee leftovers.txt
[ ! -s leftovers.txt ] || { echo "FAIL: folders of the package left behind"; exit 1; }
echo "no path the package installed is left, folders included"
echo; echo "verify-deb: all steps passed"
INSIDE
