#!/usr/bin/env bash
# Figures for docs/PERFORMANCE.md "Packages": sizes of the .debs in DIR and their installed
# sizes; then start to first frame and peak resident memory of the installed game (in a
# minimal Debian 12 root, no toolchain) next to the source build SOURCE_BINARY, both in a real
# SDL window on the same Xvfb display, alternating runs.
#   scripts/game/package-perf.sh DIR [SOURCE_BINARY]    (default .build/release/kashdash)
# Needs root, xvfb and the time package (scripts/install-deps bench).
set -euo pipefail
cd "$(dirname "$0")/../.."
dist=$(realpath "${1:?usage: scripts/game/package-perf.sh DIR [SOURCE_BINARY]}")
source_binary=$(realpath "${2:-.build/release/kashdash}")
runs=${RUNS:-7}
display=${KASHDASH_XVFB_DISPLAY:-:97}

echo "== packages"
for deb in "$dist"/*.deb; do
    printf '%s: %s bytes (%.1f MB), Installed-Size %s KiB\n' "$(basename "$deb")" "$(stat -c %s "$deb")" \
        "$(echo "$(stat -c %s "$deb") / 1048576" | bc -l)" "$(dpkg-deb -f "$deb" Installed-Size)"
done

root=$(mktemp -d /var/tmp/kashdash-perf-root.XXXXXX)
mounted=()
cleanup() {
    [[ -n "${xvfb:-}" ]] && kill "$xvfb" 2>/dev/null
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
scripts/ci/minbase-root "$root"
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" && chmod +x "$root/usr/sbin/policy-rc.d"
mkdir -p "$root/tmp/debs" && cp "$dist"/kashdash_*.deb "$root/tmp/debs/"
chroot "$root" apt-get update -qq >/dev/null
chroot "$root" bash -c 'cd /tmp/debs && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ./*.deb time' >/dev/null 2>&1
Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1.5
# The display's socket, for the root (X also listens on an abstract socket, which a chroot shares).
mkdir -p "$root/tmp/.X11-unix" && mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix" && mounted+=("$root/tmp/.X11-unix")
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"

installed() { chroot "$root" /usr/bin/env -i HOME=/root DISPLAY="$display" XDG_DATA_HOME=/tmp/xdg PATH=/usr/bin:/bin:/usr/games "$@"; }
from_source() { (cd "$(mktemp -d)" && env -i HOME=/root DISPLAY="$display" XDG_DATA_HOME="$(mktemp -d)" PATH=/usr/bin:/bin "$@"); }

first_frame_ms() { # first_frame_ms RUNNER PROGRAM: one start, in ms, from just before exec
    local start presented
    start=$(date +%s%N)
    presented=$("$1" "$2" --software --frames 1 --report-first-frame 2>/dev/null | sed -n 's/^first-frame-epoch-ns //p')
    echo $(((presented - start) / 1000000))
}
median() { sort -n | awk '{ a[NR] = $1 } END { printf "median %d ms (best %d, worst %d, %d runs)", a[int((NR + 1) / 2)], a[1], a[NR], NR }'; }

echo "== start to first frame (Xvfb, software renderer)"
installed_times=() source_times=()
for _ in $(seq "$runs"); do
    installed_times+=("$(first_frame_ms installed kashdash)")
    source_times+=("$(first_frame_ms from_source "$source_binary")")
done
echo "installed package: $(printf '%s\n' "${installed_times[@]}" | median)"
echo "source build:      $(printf '%s\n' "${source_times[@]}" | median)"

echo "== peak resident memory, 10 s of play (600 frames, the bot flying)"
installed_rss=$(installed /usr/bin/time -f "%M" kashdash --software --scenario play --bot-flies --frames 600 2>&1 >/dev/null | tail -1)
source_rss=$(from_source /usr/bin/time -f "%M" "$source_binary" --software --scenario play --bot-flies --frames 600 2>&1 >/dev/null | tail -1)
printf 'installed package: %.1f MB\nsource build:      %.1f MB\n' "$(echo "$installed_rss / 1024" | bc -l)" "$(echo "$source_rss / 1024" | bc -l)"
