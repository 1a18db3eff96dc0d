#!/usr/bin/env bash
# Regenerate the fully pinned lock files from pyproject.toml in a throw-away virtualenv.
# Run after changing a dependency in pyproject.toml; commit the three lock files.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3.11 -m venv "$tmp/venv"
pip="$tmp/venv/bin/python -m pip"
$pip install -q --disable-pip-version-check pip==26.3
freeze() { $pip freeze --disable-pip-version-check | grep -v '^nodewatch' | sort; }
$pip install -q --disable-pip-version-check .
freeze > "$tmp/runtime"
$pip install -q --disable-pip-version-check ".[dev]"
freeze > "$tmp/dev"
$pip install -q --disable-pip-version-check ".[bench]"
freeze > "$tmp/bench"
{ echo "# Runtime dependencies of nodewatch, fully pinned (scripts/lock.sh)"; echo "setuptools==80.9.0"; cat "$tmp/runtime"; } > requirements.lock
{ echo "# Test and lint tools, fully pinned, on top of requirements.lock (scripts/lock.sh)"; comm -13 "$tmp/runtime" "$tmp/dev"; } > requirements-dev.lock
{ echo "# Benchmark-only comparisons, on top of requirements-dev.lock (scripts/lock.sh);"
  echo "# nomenklatura (logic-v2) is installed by scripts/setup.sh with --no-deps: it declares duckdb<2."
  comm -13 "$tmp/dev" "$tmp/bench"; } > requirements-bench.lock
