#!/usr/bin/env bash
# Install the bundle built by build.sh for the current user:
#   ~/.local/opt/nnstudio (the bundle), ~/.local/bin/nnstudio (a link),
#   the .desktop entry and the icon, so nnstudio appears in the desktop's app menu.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bundle="$here/dist/nnstudio"
[ -x "$bundle/nnstudio" ] || { echo "install: build the bundle first: bash packaging/build.sh" >&2; exit 2; }
prefix="${PREFIX:-$HOME/.local}"
mkdir -p "$prefix/opt" "$prefix/bin" "$prefix/share/applications" "$prefix/share/icons/hicolor/256x256/apps"
rm -rf "$prefix/opt/nnstudio"
cp -a "$bundle" "$prefix/opt/nnstudio"
ln -sf "$prefix/opt/nnstudio/nnstudio" "$prefix/bin/nnstudio"
cp "$here/nnstudio.png" "$prefix/share/icons/hicolor/256x256/apps/nnstudio.png"
sed "s#^Exec=.*#Exec=$prefix/bin/nnstudio %f#" "$here/nnstudio.desktop" > "$prefix/share/applications/nnstudio.desktop"
echo "installed: $prefix/bin/nnstudio"
