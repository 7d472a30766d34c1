#!/bin/sh
# Install nnstudio from the unpacked tarball for the current user (no root):
#   ~/.local/opt/nnstudio-VERSION/    the program (a folder per version; older ones go)
#   ~/.local/bin/nnstudio             a link to it
#   ~/.local/share/applications, icons/hicolor, metainfo: the app menu entry and its icons
#   ~/.local/share/nnstudio/          the list of installed files and uninstall.sh
# PREFIX=/some/where ./install.sh installs under another prefix. Remove with
# ~/.local/share/nnstudio/uninstall.sh.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
[ -x "$here/nnstudio/nnstudio" ] || { echo "install.sh: run it from the unpacked nnstudio tarball" >&2; exit 2; }
version=$(cat "$here/VERSION")
prefix=${PREFIX:-$HOME/.local}
target="$prefix/opt/nnstudio-$version"
state="$prefix/share/nnstudio"

# Refuse to replace a program that is running: its files would change under it.
for exe in /proc/[0-9]*/exe; do
  case $(readlink "$exe" 2>/dev/null || true) in
    "$prefix"/opt/nnstudio-*/nnstudio)
      pid=${exe#/proc/}; pid=${pid%/exe}
      echo "install.sh: nnstudio is running (process $pid); close it, then run install.sh again." >&2
      exit 1 ;;
  esac
done

# Folders this install creates, parents first, kept across upgrades: uninstall.sh removes
# them again when they are empty (a ~/.local/bin that was there before stays).
created="$state/created-folders"
new_folders=$(mktemp)
mkdirs() {
  for dir in "$@"; do
    missing=
    while [ ! -d "$dir" ]; do missing="$dir
$missing"; dir=$(dirname "$dir"); done
    printf '%s' "$missing" >> "$new_folders"
    mkdir -p "$1"
    shift
  done
}
mkdirs "$prefix/opt" "$prefix/bin" "$state"
rm -rf "$target.partial"
cp -R "$here/nnstudio" "$target.partial"
rm -rf "$target"
mv "$target.partial" "$target"

# Files outside the program folder, one per line, so that uninstall.sh removes exactly these.
manifest="$state/installed-files"
: > "$manifest.new"
place() {  # place SOURCE DESTINATION
  mkdirs "$(dirname "$2")"
  cp "$1" "$2"
  echo "$2" >> "$manifest.new"
}
ln -sfn "$target/nnstudio" "$prefix/bin/nnstudio"
echo "$prefix/bin/nnstudio" >> "$manifest.new"
sed "s#^Exec=.*#Exec=\"$prefix/bin/nnstudio\" %f#" "$here/share/applications/org.nnstudio.nnstudio.desktop" > "$state/nnstudio.desktop"
place "$state/nnstudio.desktop" "$prefix/share/applications/org.nnstudio.nnstudio.desktop"
rm -f "$state/nnstudio.desktop"
for icon in $(cd "$here/share" && find icons -type f); do
  place "$here/share/$icon" "$prefix/share/$icon"
done
place "$here/share/metainfo/org.nnstudio.nnstudio.metainfo.xml" "$prefix/share/metainfo/org.nnstudio.nnstudio.metainfo.xml"
place "$here/uninstall.sh" "$state/uninstall.sh"
chmod 755 "$state/uninstall.sh"
echo "$state/installed-files" >> "$manifest.new"
echo "$state" >> "$manifest.new"

# Older versions: their program folders go; the files above replaced theirs.
for old in "$prefix"/opt/nnstudio-*; do
  [ "$old" = "$target" ] || [ ! -d "$old" ] || rm -rf "$old"
done
echo "$target" >> "$manifest.new"
mv "$manifest.new" "$manifest"
{ cat "$created" 2>/dev/null || true; grep -v '^$' "$new_folders" || true; } > "$created.new"
mv "$created.new" "$created"
rm -f "$new_folders"

# The MIME cache makes "Open with nnstudio" appear for images; an icon cache only where the
# desktop already keeps one (without it the icons are found by looking).
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
if [ -f "$prefix/share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
  gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
fi
echo "nnstudio $version installed: $prefix/bin/nnstudio (and in the app menu)."
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "Add $prefix/bin to PATH to start it by name from a terminal." ;; esac
echo "Remove it with $state/uninstall.sh"
