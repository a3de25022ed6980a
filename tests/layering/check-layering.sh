#!/usr/bin/env bash
# Fails when a layer includes what it must not: Qt in core/ or models/, torch/ATen/c10 outside models/.
set -u
root=${1:?source root}
cd "$root" || exit 2
status=0
qt=$(grep -rnE '#include *[<"](Q[A-Za-z]|qt)' core models 2>/dev/null)
if [ -n "$qt" ]; then echo "Qt included in the Qt-free engine:"; echo "$qt"; status=1; fi
torch=$(grep -rnE '#include *[<"](torch|ATen|c10)/' app ui qml core tests bench 2>/dev/null)
if [ -n "$torch" ]; then echo "LibTorch included outside models/:"; echo "$torch"; status=1; fi
[ $status -eq 0 ] && echo "layering OK: core/ and models/ are Qt-free; only models/ includes LibTorch"
exit $status
