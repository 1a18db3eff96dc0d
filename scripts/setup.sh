#!/usr/bin/env bash
# Set up nodewatch on a fresh Debian machine: system packages, a virtualenv, pinned Python deps.
#   scripts/setup.sh          what `make run` needs
#   scripts/setup.sh --test   plus what the tests need (dev tools, Debian's chromium)
# Idempotent: a second run only checks that everything is in place.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  ((${#missing[@]})) || return 0
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
"$PYTHON" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' \
  || { echo "nodewatch needs Python 3.11 (set PYTHON=...)" >&2; exit 1; }

if ((want_test)); then
  apt_install $(grep -v '^#' requirements-apt-test.txt)
fi

stamp=".venv/.nodewatch-setup"
lock_files=(requirements.lock pyproject.toml)
((want_test)) && lock_files+=(requirements-dev.lock requirements-bench.lock)
digest=$(cat "${lock_files[@]}" | sha256sum | cut -c1-16)
if ! { [[ -f "$stamp" ]] && grep -qx "$digest" "$stamp"; }; then
  [[ -x .venv/bin/python ]] || "$PYTHON" -m venv .venv
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip==26.3
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.lock
  if ((want_test)); then
    .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.lock -r requirements-bench.lock
    # OpenSanctions' matcher, the baseline of bench/match_quality.py; it declares duckdb<2.
    .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps nomenklatura==4.17.4
  fi
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
  echo "$digest" > "$stamp"
fi

# The optional native (mypyc) build of the matcher core, rebuilt only when its sources
# changed. Without a compiler it is skipped and nodewatch runs as plain Python; the tests
# (whose Debian packages include gcc and the headers) require it, so they check it.
native=(--if-stale)
((want_test)) && native+=(--strict)
.venv/bin/python scripts/build_native.py "${native[@]}"
