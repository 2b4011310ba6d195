# Shared steps of scripts/package: each package's recipe (scripts/packaging/<name>/recipe.sh)
# stages its files into $stage; these helpers then add what every .deb needs and build it.
# Sourced, not run.

MAINTAINER="Kash Dash maintainers <maintainers@kashdash.example.org>"
HOMEPAGE="https://kashdash.example.org/"

# install_file MODE SOURCE DEST: copies one file into the staging tree (folders made as needed).
install_file() {
    install -D -m "$1" "$2" "$stage$3"
}

# install_tree SOURCE DEST: copies a folder, files 644 and folders 755 (no build leftovers).
install_tree() {
    mkdir -p "$stage$2"
    (cd "$1" && find . -type d -print0 | xargs -0 -I{} install -d -m 755 "$stage$2/{}")
    (cd "$1" && find . -type f -print0 | xargs -0 -I{} install -m 644 {} "$stage$2/{}")
}

# install_program BINARY DEST: a stripped copy (symbols are not needed at run time; Swift's
# reflection metadata lives in allocated sections that strip keeps), without the RPATH $ORIGIN
# SwiftPM adds: the runtime is linked in, and a game must not load libraries from its folder.
install_program() {
    install -D -m 755 "$1" "$stage$2"
    strip --remove-section=.comment --remove-section=.note --strip-unneeded "$stage$2"
    chrpath -d "$stage$2" >/dev/null
}

# install_manpage SECTION PAGE: gzip -9n (reproducible) into /usr/share/man/manSECTION/.
install_manpage() {
    mkdir -p "$stage/usr/share/man/man$1"
    gzip -9n -c "$2" >"$stage/usr/share/man/man$1/$(basename "$2").gz"
    chmod 644 "$stage/usr/share/man/man$1/$(basename "$2").gz"
}

# install_docs PACKAGE: the machine-readable copyright and the changelog Debian asks for.
install_docs() {
    local doc="$stage/usr/share/doc/$1"
    mkdir -p "$doc"
    install -m 644 scripts/packaging/copyright "$doc/copyright"
    {
        echo "$1 ($version) stable; urgency=medium"
        echo
        echo "  * Release $version: see https://kashdash.example.org/ for what changed."
        echo
        echo " -- $MAINTAINER  $(date -R -u -d "@$source_date")"
    } | gzip -9n >"$doc/changelog.gz"
    chmod 644 "$doc/changelog.gz"
}

# shlib_depends BINARY...: the Depends dpkg-shlibdeps derives from the binaries' ELF NEEDED
# entries and Debian's shlibs/symbols files (so no hand-kept library list).
shlib_depends() {
    local scratch
    scratch=$(mktemp -d)
    mkdir -p "$stage/DEBIAN"  # dpkg-shlibdeps wants the binaries inside a package tree
    mkdir -p "$scratch/debian"
    printf 'Source: kashdash\n\nPackage: kashdash\nArchitecture: any\n' >"$scratch/debian/control"
    local binaries=()
    for binary in "$@"; do binaries+=("$(realpath "$binary")"); done
    (cd "$scratch" && dpkg-shlibdeps -O "${binaries[@]}" 2>"$scratch/warnings") \
        | sed -n 's/^shlibs:Depends=//p'
    if grep -v "^$" "$scratch/warnings" | grep -q .; then sed 's/^/  /' "$scratch/warnings" >&2; fi
    rm -rf "$scratch"
}

# build_deb PACKAGE DEPENDS [EXTRA-CONTROL-LINES]: control file, md5sums, then dpkg-deb.
# $summary, $description and $architecture (amd64 unless the recipe says "all") come from the recipe.
build_deb() {
    local package="$1" depends="$2" extra="${3:-}" arch="${architecture:-amd64}"
    mkdir -p "$stage/DEBIAN"
    local installed_size
    installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
    {
        echo "Package: $package"
        echo "Version: $version"
        echo "Architecture: $arch"
        echo "Maintainer: $MAINTAINER"
        echo "Installed-Size: $installed_size"
        echo "Depends: $depends"
        [[ -n "$extra" ]] && printf '%s\n' "$extra"
        echo "Section: $section"
        echo "Priority: optional"
        echo "Homepage: $HOMEPAGE"
        echo "Description: $summary"
        # Continuation lines start with a space; empty lines become " .".
        sed -e 's/^$/./' -e 's/^/ /' <<<"$description"
    } >"$stage/DEBIAN/control"
    (cd "$stage" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z | xargs -0 md5sum \
        | sed 's| \./| |' >DEBIAN/md5sums)
    chmod 644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"
    # Reproducible: fixed file times, root ownership, xz.
    find "$stage" -exec touch -h -d "@$source_date" {} +
    SOURCE_DATE_EPOCH=$source_date dpkg-deb --root-owner-group -Zxz --build "$stage" \
        "$out/${package}_${version}_$arch.deb" >/dev/null
    echo "package: built $out/${package}_${version}_$arch.deb"
}
