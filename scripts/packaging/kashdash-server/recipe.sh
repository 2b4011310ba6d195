# The content server: kashdash-server_<version>_amd64.deb. Sourced by scripts/package with
# $stage, $bin (the static release build's folder), $manuals, $version and $out set.
product=kashdash-server
section=web
summary="Kash Dash content server: downloads, advice links and anonymous counts"
description="The server behind the Kash Dash game: it serves the game's downloads and level
packs, redirects advice links through an allow-list, and counts downloads,
clicks and the game's anonymous events for the commissioner's office
dashboard, without storing IP addresses, user agents or exact times.

It runs as a hardened systemd service with its data in /var/lib/kashdash-server
(SQLite) or in PostgreSQL."

recipe_stage() {
    # The binary sits beside its SwiftPM resource bundle (the dashboard templates), where
    # Bundle.module looks; /usr/sbin holds a link to it.
    install_program "$bin/kashdash-server" /usr/lib/kashdash-server/kashdash-server
    install_tree "$bin/KashDash_KashDashServer.resources" /usr/lib/kashdash-server/KashDash_KashDashServer.resources
    mkdir -p "$stage/usr/sbin"
    ln -s ../lib/kashdash-server/kashdash-server "$stage/usr/sbin/kashdash-server"
    # Its own copy of the catalogue and levels (InstallLayout.serverDataDirectory), so the
    # server installs without the game.
    install_tree Levels /usr/share/kashdash-server/Levels
    rm -f "$stage/usr/share/kashdash-server/Levels/README.md"
    install_file 644 Assets/advice-links.json /usr/share/kashdash-server/advice-links.json
    install_file 644 scripts/packaging/kashdash-server/kashdash-server.service /lib/systemd/system/kashdash-server.service
    install_file 644 scripts/packaging/kashdash-server/server.env /etc/kashdash/server.env
    # The downloads folder the service serves (files put here by the administrator).
    install -d -m 755 "$stage/var/lib/kashdash/downloads"
    install_file 644 scripts/packaging/kashdash-server/lintian-overrides /usr/share/lintian/overrides/kashdash-server
    install_manpage 8 "$manuals/kashdash-server.8"
    install_docs kashdash-server
    mkdir -p "$stage/DEBIAN"
    echo /etc/kashdash/server.env >"$stage/DEBIAN/conffiles"
    for script in postinst prerm postrm; do
        install -m 755 "scripts/packaging/kashdash-server/$script" "$stage/DEBIAN/$script"
    done
}

recipe_depends() {
    shlib_depends "$stage/usr/lib/kashdash-server/kashdash-server"
}

recipe_control_extra() {
    echo "Recommends: systemd"
}
