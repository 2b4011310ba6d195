#!/bin/sh
# Measures the game's quality bars (docs/perf/game.md): offscreen frame time, start to first
# frame, resident memory. Run from the package root after a release build:
#   swift build --scratch-path .build-sdl -c release --product kashdash
#   scripts/game/perf.sh [.build-sdl/release/kashdash]
# Needs xvfb for the window figures (the offscreen figures need no display at all).
set -eu
BIN=${1:-.build-sdl/release/kashdash}
DISPLAY_NUMBER=${KASHDASH_XVFB_DISPLAY:-:98}
RUNS=${RUNS:-7}

echo "== machine"
echo "$(nproc) CPUs: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "SDL $(pkg-config --modversion sdl2), SDL_ttf $(pkg-config --modversion SDL2_ttf), SDL_image $(pkg-config --modversion SDL2_image)"

echo "== offscreen frames (software renderer, 1280x720, no display)"
"$BIN" play --bench-frames 600

Xvfb "$DISPLAY_NUMBER" -screen 0 1280x720x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null' EXIT
sleep 1.5
export DISPLAY="$DISPLAY_NUMBER" XDG_DATA_HOME="$(mktemp -d)"

# Start to first frame: from just before exec to just after the first SDL_RenderPresent.
first_frame() {
    for i in $(seq "$RUNS"); do
        start=$(date +%s%N)
        presented=$("$BIN" "$@" --frames 1 --report-first-frame 2>/dev/null | sed -n 's/^first-frame-epoch-ns //p')
        echo $(( (presented - start) / 1000000 ))
    done | sort -n | awk '{ a[NR] = $1 } END { printf "median %d ms (best %d, worst %d, %d runs)\n", a[int((NR + 1) / 2)], a[1], a[NR], NR }'
}
echo "== start to first frame under Xvfb"
printf "software renderer: "; first_frame --software
printf "default renderer:  "; first_frame

# Peak resident memory over 10 s of play (600 frames, the bot flying the first level).
peak_rss() {
    /usr/bin/time -f "%M" "$BIN" "$@" --scenario play --bot-flies --frames 600 2>&1 >/dev/null | tail -1 \
        | awk '{ printf "peak RSS %.1f MB\n", $1 / 1024 }'
}
echo "== memory: 10 s of play in the window"
printf "software renderer: "; peak_rss --software
printf "default renderer:  "; peak_rss
