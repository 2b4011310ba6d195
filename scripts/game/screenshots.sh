#!/bin/sh
# Takes docs/screenshots/*.png: every screen of the game in a real SDL window on a virtual
# X display. Needs xvfb, xdotool and imagemagick (`import`). Run from the package root:
#   swift build --scratch-path .build-sdl --product kashdash
#   scripts/game/screenshots.sh [.build-sdl/debug/kashdash]
# Most screens open straight at a fixed moment (`play --scenario NAME`, seed 1); the quit
# question and the keyboard walk-through are reached by pressing keys with xdotool.
set -eu
BIN=${1:-.build-sdl/debug/kashdash}
OUT=docs/screenshots
DISPLAY_NUMBER=${KASHDASH_XVFB_DISPLAY:-:99}
mkdir -p "$OUT"
DATA=$(mktemp -d)

Xvfb "$DISPLAY_NUMBER" -screen 0 1280x720x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$DATA"' EXIT
sleep 1.5
export DISPLAY="$DISPLAY_NUMBER" XDG_DATA_HOME="$DATA"

shot() { import -window root "$OUT/$1.png"; echo "$OUT/$1.png"; }

# One window per scenario: open, let it draw, capture, close.
for name in title character-select level-select play message feedback feedback-unsafe round-end advice-links settings pause get-help; do
    "$BIN" --software --seed 1 --bot-flies --scenario "$name" >/dev/null 2>&1 &
    GAME=$!
    sleep 1.2
    shot "$name"
    kill $GAME
    wait $GAME 2>/dev/null || true
done

# Keys: Escape on the title asks before quitting.
"$BIN" --software --seed 1 >/dev/null 2>&1 &
GAME=$!
sleep 1.2
xdotool key Escape
sleep 0.6
shot quit
xdotool key 2   # "Yes, stop": the game closes itself
sleep 1.5
kill $GAME 2>/dev/null && echo "warning: the game did not quit on 'Yes, stop'" || true

# Letterboxing: the same title in a window of another shape.
"$BIN" --software --seed 1 --scenario title >/dev/null 2>&1 &
GAME=$!
sleep 1.2
WINDOW=$(xdotool search --name "Kash Dash" | head -1)
xdotool windowsize "$WINDOW" 1000 700
sleep 0.8
import -window "$WINDOW" "$OUT/letterboxed.png" && echo "$OUT/letterboxed.png"
kill $GAME
wait $GAME 2>/dev/null || true
