"""The store of every staged list, built once per test process and shared.

Ingest, resolve and the network take minutes on the real lists, so the API's real-data
tests, the browser tests and the load bench share one build (and one loaded snapshot)
through these cached functions instead of a fixture per module.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

from nodewatch.analysis.graph_snapshot import load_network
from nodewatch.api.snapshot import Snapshot
from nodewatch.resolve.run import resolve
from nodewatch.store import connect
from nodewatch.store.pipeline import ingest_many, list_files


@cache
def real_store(lists_dir: Path) -> Path:
    """Every staged list ingested, resolved and its network kept, in a temporary store."""
    folder = Path(tempfile.mkdtemp(prefix="nodewatch-real-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "real.duckdb"
    con = connect(path)
    try:
        ingest_many(con, list_files(lists_dir), skip_unrecognised=True)
        resolve(con)
        load_network(con)  # kept in the store, so the API reads it instead of building it
    finally:
        con.close()
    return path


@cache
def real_snapshot(lists_dir: Path) -> Snapshot:
    path = real_store(lists_dir)
    con = connect(path, read_only=True)
    try:
        return Snapshot.load(con)
    finally:
        con.close()
