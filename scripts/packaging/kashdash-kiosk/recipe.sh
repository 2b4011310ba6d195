# The classroom kiosk: kashdash-kiosk_<version>_all.deb, no program of its own: a systemd unit
# that starts the game's kiosk mode under the cage compositor on tty1 at boot, as a user made
# for it, with its settings file. Sourced by scripts/package with $stage, $version and $out set.
product=kashdash-kiosk
section=games
architecture=all
summary="Kash Dash as a classroom kiosk that boots straight into the game"
description="Turns a Debian machine into a Kash Dash classroom kiosk: at boot the game
starts full screen in kiosk mode on the first console, under the cage Wayland
kiosk compositor, as an unprivileged user made for it alone. It comes back
when it stops, keeps the screen awake, resets for the next child after a spell
without input and saves nothing about who played.

The teacher's settings (server address, level-update key, exit PIN, idle time,
speed, text size) are in /etc/kashdash/kiosk.json."

recipe_stage() {
    install_file 644 scripts/packaging/kashdash-kiosk/kashdash-kiosk.service /lib/systemd/system/kashdash-kiosk.service
    install_file 644 scripts/packaging/kashdash-kiosk/kiosk.json /etc/kashdash/kiosk.json
    install_file 644 scripts/packaging/kashdash-kiosk/kashdash-kiosk.pam /etc/pam.d/kashdash-kiosk
    install_file 644 scripts/packaging/kashdash-kiosk/lintian-overrides /usr/share/lintian/overrides/kashdash-kiosk
    install_file 644 docs/KIOSK.md /usr/share/doc/kashdash-kiosk/KIOSK.md
    install_docs kashdash-kiosk
    mkdir -p "$stage/DEBIAN"
    printf '%s\n' /etc/kashdash/kiosk.json /etc/pam.d/kashdash-kiosk >"$stage/DEBIAN/conffiles"
    for script in postinst prerm postrm; do
        install -m 755 "scripts/packaging/kashdash-kiosk/$script" "$stage/DEBIAN/$script"
    done
}

recipe_depends() {
    # The game of this very version; cage, and Xwayland, without which Debian's cage fails to
    # start and where the game draws on a machine with no GPU; logind's PAM module for the seat;
    # adduser for postinst.
    echo "kashdash (= $version), cage, xwayland, libpam-systemd, adduser"
}

recipe_control_extra() {
    :
}
