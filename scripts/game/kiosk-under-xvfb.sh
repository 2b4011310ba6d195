# Sourced by scripts/game/kiosk-cpu.sh and attract-soak.sh: an Xvfb screen and a kiosk
# environment that reads no settings file of this machine and saves nothing.
#   source scripts/game/kiosk-under-xvfb.sh; start_kiosk_xvfb DISPLAY
# Sets $scratch (removed on exit), $xvfb; the caller keeps its game's pid in $game, which the
# exit trap ends too.
scratch=$(mktemp -d)
game="" xvfb=""
cleanup() {
    # SIGKILL, not SIGTERM: a measurement's teardown should not wait for the outbox's flush.
    [[ -n "$game" ]] && kill -KILL "$game" 2>/dev/null
    [[ -n "$xvfb" ]] && kill "$xvfb" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT

start_kiosk_xvfb() { # DISPLAY
    Xvfb "$1" -screen 0 "${XVFB_SCREEN:-1280x720x24}" -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 1.5
    export DISPLAY="$1" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
        KASHDASH_KIOSK_CONFIG="$scratch/absent-kiosk.json"
    unset KASHDASH_SERVER KASHDASH_LEVELS_KEY WAYLAND_DISPLAY SDL_VIDEODRIVER
}
