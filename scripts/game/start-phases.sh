#!/bin/sh
# Where a kiosk's start to first frame goes: runs `kashdash kiosk --frames 1` (MODE=play: a window) RUNS times
# under Xvfb with KASHDASH_START_TRACE=1 and prints, per start-up phase, the median time
# since just before `exec` (milliseconds). Phases: main (the Swift runtime and libraries
# loaded, arguments not yet parsed), launcher, sdl-libraries, video (SDL video started, the
# X connection), window (window and renderer), window-ready (sound, controllers), content
# (levels and translations, loaded on a second thread meanwhile), game, first-draw-list,
# first-drawn (textures and fonts for the first picture), first-frame (presented).
#   scripts/game/start-phases.sh [BINARY]     (default .build/release/kashdash; RUNS=9)
set -eu
BIN=${1:-.build/release/kashdash}
MODE=${MODE:-kiosk}   # or play: a window rather than full screen
RUNS=${RUNS:-9}
DISPLAY_NUMBER=${KASHDASH_XVFB_DISPLAY:-:93}
out=$(mktemp)
Xvfb "$DISPLAY_NUMBER" -screen 0 1280x720x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -f "$out"' EXIT
sleep 1.5
export DISPLAY="$DISPLAY_NUMBER" XDG_DATA_HOME="$(mktemp -d)" KASHDASH_START_TRACE=1
for i in $(seq "$RUNS"); do
    start=$(date +%s%N)
    "$BIN" "$MODE" --frames 1 --report-first-frame 2>&1 >/dev/null | sed -n 's/^start-phase //p' \
        | awk -v start="$start" -v run="$i" '{ printf "%s %s %.1f\n", run, $1, ($2 - start) / 1e6 }' >>"$out"
    # The first-frame line goes to standard output; read it in a second, identical run would
    # double the cost, so the last phase stands for it (it is taken just before the present).
done
echo "== $BIN, $MODE start, median of $RUNS runs (ms since just before exec)"
for phase in main launcher sdl-libraries sprites-decoded content-translations content-levels video window window-ready content game first-draw-list first-drawn; do
    awk -v phase="$phase" '$2 == phase { print $3 }' "$out" | sort -n \
        | awk -v phase="$phase" '{ a[NR] = $1 } END { if (NR) printf "%-16s %7.1f  (best %.1f, worst %.1f)\n", phase, a[int((NR + 1) / 2)], a[1], a[NR] }'
done
