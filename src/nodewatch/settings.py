"""Paths and knobs from the environment, read in one place.

NODEWATCH_DB       the DuckDB store (default ./nodewatch.duckdb)
NODEWATCH_SOURCES  a folder of list files to use instead of downloading (offline machines)
NODEWATCH_DATA     the shared reference data (default ../shared/data), used by tests and benches
NODEWATCH_ARCHIVE  where downloaded files are kept as they came, for audit (default ./var/archive)
NODEWATCH_CACHE    derived lookup tables that are slow to build (default ~/.cache/nodewatch)
"""

from __future__ import annotations

import os
from pathlib import Path


def db_path() -> Path:
    return Path(os.environ.get("NODEWATCH_DB", "nodewatch.duckdb"))


def sources_dir() -> Path | None:
    value = os.environ.get("NODEWATCH_SOURCES")
    return Path(value) if value else None


def data_dir() -> Path:
    return Path(os.environ.get("NODEWATCH_DATA", Path.cwd().parent / "shared" / "data"))


def archive_dir() -> Path:
    return Path(os.environ.get("NODEWATCH_ARCHIVE", "var/archive"))


def cache_dir() -> Path:
    """Derived data that is slow to build and safe to delete (NODEWATCH_CACHE)."""
    default = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "nodewatch"
    return Path(os.environ.get("NODEWATCH_CACHE", default))
