#!/usr/bin/env bash
# Run the whole test suite on a fresh machine (sets itself up first), one pytest worker per core
# (pytest-xdist); pass -n 0 to run in one process, e.g. under a debugger.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -n auto "$@"
