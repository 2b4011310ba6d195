# The game: kashdash_<version>_amd64.deb. Sourced by scripts/package with $stage, $bin
# (the static release build's folder), $manuals, $version and $out set.
product=kashdash
section=games
summary="online-safety game for children with police dogs Kash, Emma and Jasper"
description="Kash Dash is a one-button flying game for ages 7 to 13. Between gates it
shows short scenarios about life online (friend requests from strangers, scams,
passwords, photos, bullying, screen time) with kind feedback, and every round
ends with the lesson, \"tell a trusted adult\", and links to real advice.

It plays fully offline and sends nothing anywhere unless a school's own Kash
Dash server is configured. It can be played with one switch, at slower speeds,
with a dyslexia-friendly font and with less motion."
app_id=org.kashdash.KashDash

recipe_stage() {
    install_program "$bin/kashdash" /usr/games/kashdash
    # Found there with no variable set (InstallLayout.dataDirectory in the code).
    install_tree Levels /usr/share/kashdash/Levels
    rm -f "$stage/usr/share/kashdash/Levels/README.md"
    install_tree Assets /usr/share/kashdash/Assets
    # Notes for people go with the other documentation; a font folder with no fonts is left out.
    rm -f "$stage/usr/share/kashdash/Assets/CREDITS.md" "$stage/usr/share/kashdash/Assets/fonts/README.md"
    rmdir "$stage/usr/share/kashdash/Assets/fonts"
    install_file 644 Assets/CREDITS.md /usr/share/doc/kashdash/CREDITS.md
    install_file 644 scripts/packaging/kashdash/$app_id.desktop /usr/share/applications/$app_id.desktop
    install_file 644 Assets/icon/kashdash.png /usr/share/icons/hicolor/256x256/apps/$app_id.png
    install_file 644 Assets/icon/kashdash-48.png /usr/share/icons/hicolor/48x48/apps/$app_id.png
    mkdir -p "$stage/usr/share/metainfo"
    scripts/packaging/kashdash/metainfo.sh "$version" "$source_date" >"$stage/usr/share/metainfo/$app_id.metainfo.xml"
    install_file 644 scripts/packaging/kashdash/lintian-overrides /usr/share/lintian/overrides/kashdash
    install_manpage 6 "$manuals/kashdash.6"
    install_docs kashdash
}

recipe_depends() {
    # Libraries from the binary; fonts it opens by path (FontLibrary), which no ELF shows.
    echo "$(shlib_depends "$stage/usr/games/kashdash"), fonts-sil-andika, fonts-opendyslexic, fonts-dejavu-core, fonts-noto-core"
}

recipe_control_extra() {
    # xdg-open opens advice links; without it the game shows the address instead.
    echo "Recommends: xdg-utils"
}
