#!/bin/sh
# Memory with all four languages loaded (issue 13): peak resident memory over 10 s of play
# (600 frames, the bot flying the first level, in a real SDL window under Xvfb), with
#   - English only: the same levels and assets, without Assets/strings and Levels/translations;
#   - four languages loaded, playing in English;
#   - four languages loaded, playing in Urdu (Noto Nastaliq and Naskh opened, RTL shaping).
# The game loads every catalogue and level translation at start, whichever language is
# played, so the difference between the first two rows is what the translations cost.
#   scripts/game/language-memory.sh [BINARY]        (default .build/debug/kashdash; RUNS=3)
set -eu
cd "$(dirname "$0")/../.."
BIN=$(realpath "${1:-.build/debug/kashdash}")
RUNS=${RUNS:-3}
DISPLAY_NUMBER=${KASHDASH_XVFB_DISPLAY:-:97}

work=$(mktemp -d)
Xvfb "$DISPLAY_NUMBER" -screen 0 1280x720x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$work"' EXIT
sleep 1.5
export DISPLAY="$DISPLAY_NUMBER" XDG_DATA_HOME="$work/data"

# English only: a copy of the content without any translation.
mkdir -p "$work/english/Levels"
cp Levels/*.lua "$work/english/Levels/"
cp -r Assets "$work/english/Assets"
rm -rf "$work/english/Assets/strings"

peak() {  # prints peak RSS in KB
    /usr/bin/time -f "%M" "$BIN" "$@" --scenario play --bot-flies --frames 600 2>&1 >/dev/null | tail -1
}
report() {  # label, then KB values
    label=$1; shift
    printf '%s\n' "$@" | sort -n | awk -v label="$label" '{ a[NR] = $1 } END { printf "%-44s median %.1f MB (min %.1f, max %.1f, %d runs)\n", label, a[int((NR + 1) / 2)] / 1024, a[1] / 1024, a[NR] / 1024, NR }'
}

english="" four="" urdu=""
for i in $(seq "$RUNS"); do
    english="$english $(KASHDASH_LEVELS="$work/english/Levels" peak)"
    four="$four $(KASHDASH_LEVELS="$PWD/Levels" peak)"
    urdu="$urdu $(KASHDASH_LEVELS="$PWD/Levels" peak --scenario-language ur)"
done
echo "== peak resident memory, 10 s of play (600 frames), $(basename "$BIN") $(dirname "$BIN" | xargs basename)"
report "English only (no translation files):" $english
report "four languages loaded, playing English:" $four
report "four languages loaded, playing Urdu:" $urdu
