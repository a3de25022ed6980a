#!/usr/bin/env bash
# End-to-end check of a noosphere .deb on a real (ideally clean) Debian 12 machine: installs it with apt, so
# that its Depends must resolve, runs both programs from /usr/bin, renders the studio window under Xvfb, and
# with --purge removes the package and whatever its installation pulled in, leaving the machine as it was.
# Needs root, and apt with network or a local mirror.
# Usage: sudo packaging/test-install.sh build/noosphere_0.1.0-1_amd64.deb [--purge]
set -euo pipefail

usage() { echo "usage: $0 PACKAGE.deb [--purge]" >&2; exit 2; }
deb=""
purge=0
for arg in "$@"; do
    case $arg in
    --purge) purge=1 ;;
    -*) usage ;;
    *) if [[ -z $deb ]]; then deb=$arg; else usage; fi ;;
    esac
done
[[ -n $deb && -f $deb ]] || usage
[[ $(id -u) -eq 0 ]] || { echo "$0: run as root (apt-get install)" >&2; exit 2; }
# apt-get takes an argument for a file only if it starts with / or ./ (build/x.deb is a package name).
deb=$(realpath "$deb")

step() { echo; echo "== $*"; }
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

installed() { dpkg-query -W -f '${db:Status-Abbrev} ${binary:Package}\n' | awk '$1 == "ii" { print $2 }' | sort; }
before=$(installed)

step "apt-get install $deb"
# --no-install-recommends: Depends alone must be enough to run.
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb"
# xvfb-run is for this test only, not a dependency of the package.
command -v xvfb-run >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends xvfb xauth
# What this test added, noosphere included, for --purge to take away again.
added=$({ echo noosphere; comm -13 <(echo "$before") <(installed); } | sort -u)
echo "installed by this test: $(echo "$added" | tr '\n' ' ')"

step "noosphere-cli --version"
/usr/bin/noosphere-cli --version || fail "noosphere-cli --version"

step "noosphere-cli info"
if info=$(/usr/bin/noosphere-cli info); then
    echo "$info"
    # The installed binary must look for models where the package put them, not in a build tree.
    grep -qx 'Model folder: /usr/share/noosphere/models' <<<"$info" \
        || fail "noosphere-cli info does not name /usr/share/noosphere/models as the model folder"
else
    fail "noosphere-cli info"
fi

step "noosphere --screenshot under Xvfb"
shot=/tmp/noo-deb.png
rm -f "$shot"
# From /tmp, with a fresh HOME, so that nothing of a source or build tree or user settings can help it.
home=$(mktemp -d)
if (cd /tmp && HOME=$home QT_QPA_PLATFORM=xcb timeout 120 \
    xvfb-run -a -s '-screen 0 1280x800x24' /usr/bin/noosphere --screenshot "$shot"); then
    if [[ -s $shot && $(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]]; then
        echo "wrote $shot ($(stat -c %s "$shot") bytes)"
    else
        fail "noosphere --screenshot exited 0 but $shot is missing or not a PNG"
    fi
else
    fail "noosphere --screenshot exited $?"
fi
rm -rf "$home"

if ((purge)); then
    step "apt-get purge: $(echo "$added" | tr '\n' ' ')"
    # shellcheck disable=SC2086  # one package name a word
    DEBIAN_FRONTEND=noninteractive apt-get purge -y $added
    [[ ! -e /usr/bin/noosphere ]] || fail "/usr/bin/noosphere is still there after purge"
    [[ $(installed) == "$before" ]] || fail "installed packages differ from before: $(comm -3 <(echo "$before") <(installed) | tr -s '\n\t' '  ')"
fi

echo
if ((failures)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "installed package works"
