#!/usr/bin/env bash
# The main job on the built-in art: 24 seeded personas exported for every platform's avatar,
# a contact sheet to look at, into ./out (sets itself up first).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/avatarstudio batch tools/demo-spec.toml -o out
.venv/bin/avatarstudio sheet --random 24 -o out/sheet.png
