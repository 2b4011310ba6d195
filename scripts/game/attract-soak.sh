#!/usr/bin/env bash
# A kiosk left alone: the attract demo (the bot playing behind the title) in a real window
# under Xvfb for N minutes, sampling resident memory (VmRSS) and open descriptors every 10 s
# into a CSV; exits 1 if memory grew after warm-up (docs/perf/game.md "Attract soak").
#   scripts/game/attract-soak.sh --minutes N [--binary BIN] [--csv FILE]
# Defaults: BIN .build/debug/kashdash, FILE docs/perf/attract-soak-<UTC date>.csv.
# The verdict: the median VmRSS of the last 5 minutes (or last third of a shorter run) may
# exceed the median of the first minute after warm-up by at most GROWTH_LIMIT_KB (default
# 4096 KB) and GROWTH_LIMIT_PERCENT (default 5 %), whichever is larger; warm-up is the first
# WARMUP_SECONDS (default 60: fonts, sprites, shape and text caches fill then). Descriptors
# must not grow at all after warm-up. Needs xvfb (scripts/install-deps bench).
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes="" bin=.build/debug/kashdash csv=""
while (($#)); do
    case "$1" in
        --minutes) minutes=${2:?--minutes needs a number}; shift 2 ;;
        --binary) bin=${2:?--binary needs a path}; shift 2 ;;
        --csv) csv=${2:?--csv needs a path}; shift 2 ;;
        *) echo "attract-soak: unknown argument '$1' (--minutes N [--binary BIN] [--csv FILE])" >&2; exit 2 ;;
    esac
done
[[ "$minutes" =~ ^[1-9][0-9]*$ ]] || { echo "attract-soak: --minutes takes a whole number of minutes, at least 1 (got '${minutes}')" >&2; exit 2; }
[[ -x "$bin" ]] || { echo "attract-soak: no game binary at '$bin' (build it, or pass --binary)" >&2; exit 2; }
csv=${csv:-docs/perf/attract-soak-$(date -u +%Y-%m-%d).csv}
interval=${INTERVAL_SECONDS:-10}
warmup=${WARMUP_SECONDS:-60}
limit_kb=${GROWTH_LIMIT_KB:-4096}
limit_percent=${GROWTH_LIMIT_PERCENT:-5}
display=${KASHDASH_XVFB_DISPLAY:-:94}

source scripts/game/kiosk-under-xvfb.sh
start_kiosk_xvfb "$display"
"$bin" kiosk --scenario attract >/dev/null 2>"$scratch/game.log" &
game=$!

status_kb() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$game/status"; }
echo "seconds,vmrss_kb,vmhwm_kb,open_fds,threads" >"$csv"
samples=$((minutes * 60 / interval))
echo "attract soak: $minutes min, a sample every ${interval} s into $csv (pid $game, load $(cut -d' ' -f1-3 /proc/loadavg))"
for ((i = 0; i <= samples; i++)); do
    ((i > 0)) && sleep "$interval"
    if ! kill -0 "$game" 2>/dev/null; then
        echo "attract-soak: the game ended after $((i * interval)) s; its log:" >&2
        cat "$scratch/game.log" >&2
        exit 1
    fi
    echo "$((i * interval)),$(status_kb VmRSS),$(status_kb VmHWM),$(ls "/proc/$game/fd" | wc -l),$(status_kb Threads)" >>"$csv"
done

# The verdict, from the CSV alone (so a saved CSV can be judged again).
awk -F, -v warmup="$warmup" -v total=$((minutes * 60)) -v limit_kb="$limit_kb" -v limit_percent="$limit_percent" '
    function median(list, n,    i, j, t) {
        for (i = 2; i <= n; i++) for (j = i; j > 1 && list[j - 1] > list[j]; j--) { t = list[j]; list[j] = list[j - 1]; list[j - 1] = t }
        return n % 2 ? list[(n + 1) / 2] : (list[n / 2] + list[n / 2 + 1]) / 2
    }
    NR == 1 { next }
    {
        tail_start = total - (total >= 900 ? 300 : total / 3)
        if ($1 >= warmup && $1 < warmup + 60) { early[++ne] = $2; early_fds = (early_fds == "" || $4 > early_fds) ? $4 : early_fds }
        if ($1 >= tail_start && $1 >= warmup) late[++nl] = $2
        if ($1 >= warmup && $4 > max_fds) max_fds = $4
    }
    END {
        if (ne == 0 || nl == 0) { print "attract-soak: run too short to judge (warm-up " warmup " s)"; exit 2 }
        start = median(early, ne); end = median(late, nl)
        allowed = start * limit_percent / 100; if (allowed < limit_kb) allowed = limit_kb
        printf "VmRSS after warm-up %d KB, at the end %d KB: %+d KB (%+.2f %%), allowed +%d KB; descriptors %d -> at most %d\n",
            start, end, end - start, (end - start) * 100 / start, allowed, early_fds, max_fds
        if (end - start > allowed) { print "FAIL: resident memory grew"; exit 1 }
        if (max_fds > early_fds) { print "FAIL: open descriptors grew"; exit 1 }
        print "flat: memory and descriptors held"
    }' "$csv"
