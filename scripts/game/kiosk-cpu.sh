#!/usr/bin/env bash
# The kiosk's CPU cost and start-up in a real window under Xvfb (SDL's software renderer),
# for docs/perf/game.md "Kiosk CPU": the share of one core held by the game and, apart, by
# the X server (on a kiosk it runs on the same machine, so its work counts too), on the
# title, the attract demo, the play screen (the bot flying and answering) and the pause
# screen; then kiosk start to first frame.
#   scripts/game/kiosk-cpu.sh [BIN]                  (default .build/debug/kashdash)
# Environment: SAMPLE_SECONDS (10), REPEATS (3), RUNS (first-frame runs, 9),
#   SCREENS ("title attract play pause"), XVFB_SCREEN (1280x720x24), KASHDASH_XVFB_DISPLAY (:96)
# CPU is process CPU time (utime + stime from /proc/PID/stat) over wall time, so other
# engineers' builds on a shared machine do not inflate it the way frame times would; each
# figure is the median of REPEATS back-to-back samples, the spread printed beside it.
# Needs xvfb (scripts/install-deps bench).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-.build/debug/kashdash}")
sample_seconds=${SAMPLE_SECONDS:-10}
repeats=${REPEATS:-3}
runs=${RUNS:-9}
screens=${SCREENS:-title attract play pause}
display=${KASHDASH_XVFB_DISPLAY:-:96}
clock_ticks=$(getconf CLK_TCK)

source scripts/game/kiosk-under-xvfb.sh
start_kiosk_xvfb "$display"

cpu_ticks() { # utime + stime of PID, in clock ticks (fields 14 and 15; the name may hold spaces)
    sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}
# SIGKILL: the next sample should not wait for the outbox's flush.
stop_game() {
    kill -KILL "$game" 2>/dev/null || true
    wait "$game" 2>/dev/null || true
    game=""
}
median_of() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# One screen: start the kiosk at it, let it settle, then REPEATS samples of both processes.
measure() {
    local name=$1
    shift
    "$bin" kiosk --seed 1 --scenario "$name" --report-frame-rate "$@" >"$scratch/$name.rate" 2>"$scratch/$name.log" &
    game=$!
    sleep 3
    local game_samples=() x_samples=()
    for _ in $(seq "$repeats"); do
        local g0 x0 t0 g1 x1 t1
        g0=$(cpu_ticks "$game"); x0=$(cpu_ticks "$xvfb"); t0=$(date +%s%N)
        sleep "$sample_seconds"
        g1=$(cpu_ticks "$game"); x1=$(cpu_ticks "$xvfb"); t1=$(date +%s%N)
        game_samples+=("$(echo "($g1 - $g0) / $clock_ticks * 100 / (($t1 - $t0) / 1000000000)" | bc -l)")
        x_samples+=("$(echo "($x1 - $x0) / $clock_ticks * 100 / (($t1 - $t0) / 1000000000)" | bc -l)")
    done
    stop_game
    # Pictures drawn and ticks run per second while sampling (the game prints one line a second;
    # fewer than 60 ticks a second would mean it was starved of CPU, not idle).
    local rate
    rate=$(sed -n 's/^frames-per-second //p' "$scratch/$name.rate" | tail -n "$((repeats * sample_seconds))" |
        awk -v cpu="$(printf '%s\n' "${game_samples[@]}" | median_of)" '{ f += $1; t += $3 }
            END { if (NR && f) printf "%.0f frames/s, %.0f ticks/s, %.1f ms CPU a frame", f / NR, t / NR, cpu * 10 / (f / NR); else print "no frame report" }')
    printf '%-8s game %5.1f %%  (%s)   Xvfb %5.1f %%  (%s)   %s\n' "$name" \
        "$(printf '%s\n' "${game_samples[@]}" | median_of)" "$(printf '%.1f ' "${game_samples[@]}" | sed 's/ $//')" \
        "$(printf '%s\n' "${x_samples[@]}" | median_of)" "$(printf '%.1f ' "${x_samples[@]}" | sed 's/ $//')" "$rate"
}

echo "== machine"
echo "$(nproc) CPUs: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $bin; Xvfb ${XVFB_SCREEN:-1280x720x24}"
echo "== % of one core, process CPU time over wall time (median of $repeats samples of ${sample_seconds} s)"
for screen in $screens; do
    case "$screen" in
        play) measure play --bot-flies --bot-answers ;;
        *) measure "$screen" ;;
    esac
done

echo "== kiosk start to first frame (from just before exec to just after the first present)"
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    presented=$("$bin" kiosk --frames 1 --report-first-frame 2>/dev/null | sed -n 's/^first-frame-epoch-ns //p')
    echo $(((presented - start) / 1000000))
done | sort -n | awk '{ a[NR] = $1 } END { printf "median %d ms (best %d, worst %d, %d runs)\n", a[int((NR + 1) / 2)], a[1], a[NR], NR }'
echo "load afterwards $(cut -d' ' -f1-3 /proc/loadavg)"
