#!/bin/sh
# Remove what install.sh installed (the list in ~/.local/share/nnstudio/installed-files).
#   --remove-settings   also remove your settings (window size, recent files) without asking
#   --keep-settings     keep them without asking
# Otherwise it asks when run in a terminal, and keeps them when not.
set -eu
prefix=${PREFIX:-$HOME/.local}
state="$prefix/share/nnstudio"
manifest="$state/installed-files"
settings="${XDG_CONFIG_HOME:-$HOME/.config}/nnstudio"
choice=ask
case "${1:-}" in
  --remove-settings) choice=remove ;;
  --keep-settings) choice=keep ;;
  "") ;;
  *) echo "uninstall.sh: unknown option $1 (use --remove-settings or --keep-settings)" >&2; exit 2 ;;
esac
[ -f "$manifest" ] || { echo "uninstall.sh: nnstudio is not installed under $prefix (no $manifest)" >&2; exit 2; }

for exe in /proc/[0-9]*/exe; do
  case $(readlink "$exe" 2>/dev/null || true) in
    "$prefix"/opt/nnstudio-*/nnstudio)
      pid=${exe#/proc/}; pid=${pid%/exe}
      echo "uninstall.sh: nnstudio is running (process $pid); close it, then run uninstall.sh again." >&2
      exit 1 ;;
  esac
done

created="$state/created-folders"
folders=$(cat "$created" 2>/dev/null || true)
# Folders last (the state folder and the program folder are the manifest's last lines).
while IFS= read -r path; do
  case "$path" in
    "$prefix"/*) ;;
    *) echo "uninstall.sh: skipping $path (outside $prefix)" >&2; continue ;;
  esac
  if [ -d "$path" ] && [ ! -L "$path" ]; then
    rm -rf "$path"
  else
    rm -f "$path"
  fi
done < "$manifest"
apps="$prefix/share/applications"
if [ -d "$apps" ] && command -v update-desktop-database >/dev/null; then
  update-desktop-database -q "$apps" || true
fi
# The MIME cache install.sh made, when no other app is left to need it.
if [ -f "$apps/mimeinfo.cache" ] && [ -z "$(find "$apps" -name '*.desktop' -print -quit)" ]; then
  rm -f "$apps/mimeinfo.cache"
fi
if [ -f "$prefix/share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
  gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
fi
# The folders install.sh created, deepest first, where they are empty now.
printf '%s\n' "$folders" | sort -r | while IFS= read -r dir; do
  [ -n "$dir" ] && [ -d "$dir" ] && rmdir "$dir" 2>/dev/null || true
done
echo "nnstudio removed."

if [ -d "$settings" ]; then
  if [ "$choice" = ask ] && [ -t 0 ]; then
    printf "Also remove your nnstudio settings in %s? [y/N] " "$settings"
    read -r answer || answer=
    case "$answer" in [yY]*) choice=remove ;; *) choice=keep ;; esac
  fi
  if [ "$choice" = remove ]; then
    rm -rf "$settings"
    echo "Settings removed."
  else
    echo "Your settings stay in $settings."
  fi
fi
