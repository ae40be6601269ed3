#!/bin/sh
# Puts FruitNet in this user's applications menu (no root needed): the desktop entry,
# pointing at the FruitNet program beside this script, and the icon.
# Undo: rm ~/.local/share/applications/fruitnet.desktop \
#          ~/.local/share/icons/hicolor/scalable/apps/fruitnet.svg
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps"
cp "$here/fruitnet.svg" "$data/icons/hicolor/scalable/apps/fruitnet.svg"
sed "s|^Exec=FruitNet\$|Exec=\"$here/FruitNet\"|" "$here/fruitnet.desktop" \
    > "$data/applications/fruitnet.desktop"
echo "FruitNet is now in the applications menu ($data/applications/fruitnet.desktop)"
