#!/usr/bin/env bash
# Static checks, all configured in pyproject.toml: ruff (lint), ruff format --check, mypy (strict for
# avatarstudio/core), import-linter contracts (the layering). Runs every check, then says which failed.
#   bash tools/lint.sh          check (CI runs this through .ci/run)
#   bash tools/lint.sh --fix    apply ruff's safe fixes and format first, then check
# Tools come from the venv made by tools/setup.sh (the `lint` extra, pinned versions).
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
for tool in ruff mypy lint-imports; do
  if [ ! -x "$BIN/$tool" ]; then
    echo "lint: $BIN/$tool is missing - run: bash tools/setup.sh" >&2
    exit 2
  fi
done

if [ "${1:-}" = "--fix" ]; then
  "$BIN/ruff" check --fix --quiet . || true
  "$BIN/ruff" format --quiet .
fi

failed=()
step() {
  local name=$1 hint=$2
  shift 2
  echo "=== $name: $*"
  if "$@"; then
    echo "[ok] $name"
  else
    echo "[FAILED] $name - $hint"
    failed+=("$name")
  fi
  echo
}

step "ruff check" "fix the code, or for a known finding add a commented per-file-ignores entry" \
  "$BIN/ruff" check --output-format concise .
step "ruff format" "run: bash tools/lint.sh --fix" \
  "$BIN/ruff" format --check .
step "mypy" "core is strict; see [tool.mypy] in pyproject.toml for the modules still excused" \
  "$BIN/mypy"
step "import contracts" "see [tool.importlinter] in pyproject.toml" \
  "$BIN/lint-imports" --no-cache

if [ ${#failed[@]} -gt 0 ]; then
  echo "lint: FAILED: ${failed[*]}"
  exit 1
fi
echo "lint: all checks passed"
