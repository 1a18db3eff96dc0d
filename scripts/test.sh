#!/usr/bin/env bash
# Lint, type-check and test: what CI runs (via .ci/run -> make test).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODEWATCH_DATA=${NODEWATCH_DATA:-$(cd .. && pwd)/shared/data}
.venv/bin/ruff check src tests bench
.venv/bin/ruff format --check src tests bench
.venv/bin/mypy
.venv/bin/python -m pytest -q "$@"
