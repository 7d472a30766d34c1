#!/usr/bin/env bash
# Build nnstudio's one-folder bundle with PyInstaller and smoke-test it.
#   bash packaging/build.sh      ->  packaging/dist/nnstudio/nnstudio
# Uses its own venv (packaging/build/venv) with a regular, non-editable install.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=packaging/build/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet torch==2.13.0
fi
"$venv/bin/pip" install --quiet --upgrade . "pyinstaller>=6.10"

start=$(date +%s)
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath packaging/dist --workpath packaging/build/work packaging/nnstudio.spec
seconds=$(( $(date +%s) - start ))

bundle=packaging/dist/nnstudio
QT_QPA_PLATFORM=offscreen "$bundle/nnstudio" --version
QT_QPA_PLATFORM=offscreen "$bundle/nnstudio" screenshot -o packaging/build/bundle-smoke.png
"$venv/bin/python" - packaging/build/bundle-smoke.png <<'PY'
import sys
import numpy as np
from PIL import Image
shot = np.asarray(Image.open(sys.argv[1]).convert("RGB"))
colours = len(np.unique(shot.reshape(-1, 3), axis=0))
assert colours > 1000, f"the bundle's screenshot looks blank ({colours} colours)"
print(f"bundle screenshot: {shot.shape[1]}x{shot.shape[0]}, {colours} colours")
PY
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1)), PyInstaller took ${seconds} s"
