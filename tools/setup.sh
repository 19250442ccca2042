#!/usr/bin/env bash
# Set up a fresh machine for avatarstudio: Debian packages Qt and the exports need at run time,
# then a virtualenv in .venv with the project and its test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBS=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0
  libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1
  fonts-noto-cjk            # Japanese text on profile cards and in the GUI
  fonts-noto-color-emoji    # emoji the user types in a persona, drawn on cards and banners
  libimage-exiftool-perl    # metadata oracle in the tests
  xvfb xauth                # real-window screenshots
  desktop-file-utils        # desktop-file-validate checks the shipped desktop entry
  openbox                   # a window manager for them (tools/screenshots.py --xvfb: real frames, maximise)
)
missing=()
for pkg in "${DEBS[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,lint]"
# Compile the package once, as an installed copy is: the environment may set PYTHONDONTWRITEBYTECODE, and
# then every CLI process the tests start would compile every module again (0.2-0.3 s each).
.venv/bin/python -m compileall -q avatarstudio >/dev/null
