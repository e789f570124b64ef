#!/usr/bin/env bash
# Checks the README's commands on a Debian 12 machine state nobody installed by hand: a
# fresh debootstrap chroot, a clean clone of the committed work, then the test command
# (or the command given, e.g. "bash tools/build.sh dev"). Needs root and debootstrap.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
root="${CHROOT:-/srv/bookworm-fresh}"
command="${1:-bash tools/test.sh}"

if [ ! -x "$root/bin/bash" ]; then
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
rm -rf "$root/root/stuurboord"
git clone --quiet "$repo" "$root/root/stuurboord"
cp /etc/resolv.conf "$root/etc/resolv.conf"
for fs in proc sys dev; do
    mountpoint -q "$root/$fs" || mount --bind "/$fs" "$root/$fs"
done
trap 'for fs in dev sys proc; do umount -l "$root/$fs" 2>/dev/null || true; done' EXIT
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin CI=true \
    bash -c "cd /root/stuurboord && $command"
