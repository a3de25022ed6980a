#!/usr/bin/env bash
# Checks a built noosphere .deb without installing it: its file list and control fields (dpkg-deb), then the
# desktop entry, AppStream metadata and MIME type as extracted from it. Prints every problem; exits 1 if any.
# Usage: packaging/check-deb.sh build/noosphere_0.1.0-1_amd64.deb
#        packaging/check-deb.sh DIR    (the one noosphere_*.deb in DIR, e.g. the folder given to cpack -B)
set -euo pipefail

usage() { echo "usage: $0 PACKAGE.deb|DIR" >&2; exit 2; }
[[ $# -eq 1 ]] || usage
deb=$1
if [[ -d $deb ]]; then
    debs=("$deb"/noosphere_*.deb)
    [[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { echo "$0: want one noosphere_*.deb in $deb" >&2; exit 2; }
    deb=${debs[0]}
fi
[[ -f $deb ]] || usage
appId=org.noosphere.Noosphere
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok:   $*"; }
check() {  # check WHAT COMMAND...: WHAT is ok when COMMAND succeeds
    local what=$1
    shift
    if "$@"; then ok "$what"; else fail "$what"; fi
}
indent() { sed 's/^/      /'; }

# --- Control fields -------------------------------------------------------------------------------------------
package=$(dpkg-deb -f "$deb" Package)
check "Package is noosphere (is '$package')" test "$package" = noosphere
version=$(dpkg-deb -f "$deb" Version)
check "Version is set ($version)" test -n "$version"
check "Description is set" test -n "$(dpkg-deb -f "$deb" Description)"

depends=$(dpkg-deb -f "$deb" Depends)
echo "      Depends: $depends"
# One name per line, versions and alternatives' bars dropped, so that "name" matches whole package names only.
depNames=$(tr ',|' '\n' <<<"$depends" | sed -e 's/(.*)//' -e 's/[[:space:]]//g' | grep -v '^$' || true)
dependsOn() { grep -qxE "$1" <<<"$depNames"; }
for dep in qml6-module-qtcore qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick \
    qml6-module-qtquick-controls qml6-module-qtquick-dialogs qml6-module-qtquick-layouts \
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qt-labs-folderlistmodel libqt6svg6 \
    fonts-wqy-microhei libopenblas0-openmp; do
    check "depends on $dep" dependsOn "$dep"
done
# These come from dpkg-shlibdeps: their absence means shlibdeps did not run or could not see the libraries.
# NOTE: not OpenCV: the binaries call none of its functions yet, so the linker (--as-needed) drops it.
for pattern in 'libqt6[a-z0-9-]*6' 'libtorch[0-9.]*' 'libsqlite3-0'; do
    check "depends on $pattern (from shlibdeps)" dependsOn "$pattern"
done

# --- Contents -------------------------------------------------------------------------------------------------
listing=$(dpkg-deb -c "$deb")
has() {  # has MODE-REGEX PATH: the listing has PATH with a mode matching MODE-REGEX
    awk -v p="./$2" '$NF == p || $NF == p "/" { print $1 }' <<<"$listing" | grep -qE "$1"
}
for exe in usr/bin/noosphere usr/bin/noosphere-cli; do
    check "/$exe is executable" has '^-..x' "$exe"
done
for file in usr/share/applications/$appId.desktop usr/share/metainfo/$appId.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$appId.svg usr/share/mime/packages/$appId.xml \
    usr/share/doc/noosphere/copyright; do
    check "/$file" has '^-' "$file"
done
check "/usr/share/noosphere/models/ is a directory" has '^d' usr/share/noosphere/models
stray=$(awk '{ print $NF }' <<<"$listing" | grep -vE '^\./(usr/?)?$|^\./usr/(bin|share)(/|$)' || true)
check "everything is under /usr/bin and /usr/share${stray:+, but not: $stray}" test -z "$stray"

# --- Metadata, as installed -----------------------------------------------------------------------------------
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

if command -v desktop-file-validate >/dev/null; then
    # Hints (e.g. two main categories) are printed but only errors fail, as desktop-file-validate itself does.
    if out=$(desktop-file-validate "$root/usr/share/applications/$appId.desktop" 2>&1); then
        ok "desktop-file-validate"
    else
        fail "desktop-file-validate"
    fi
    [[ -z $out ]] || indent <<<"$out"
else
    echo "skip: desktop-file-validate not installed (apt-get install desktop-file-utils)"
fi

if command -v appstreamcli >/dev/null; then
    if out=$(appstreamcli validate --no-net "$root/usr/share/metainfo/$appId.metainfo.xml" 2>&1); then
        ok "appstreamcli validate --no-net"
    else
        fail "appstreamcli validate --no-net"
    fi
    indent <<<"$out"
else
    echo "skip: appstreamcli not installed (apt-get install appstream)"
fi

if command -v update-mime-database >/dev/null; then
    # Compile the package's MIME type alone: a malformed file fails, and *.noo must land in the glob table.
    mimeDir=$root/usr/share/mime
    if out=$(update-mime-database "$mimeDir" 2>&1) && grep -q 'application/x-noosphere-project:\*\.noo' \
        "$mimeDir/globs2"; then
        ok "update-mime-database: *.noo is application/x-noosphere-project"
    else
        fail "update-mime-database: $out"
    fi
else
    echo "skip: update-mime-database not installed (apt-get install shared-mime-info)"
fi

if ((failures)); then
    echo "$failures check(s) failed for $deb"
    exit 1
fi
echo "all checks passed for $deb"
