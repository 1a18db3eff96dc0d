"""The stores of every staged list, built once per test process and shared.

Ingesting all lists, resolving them and building the network take a while, so every
real-data test module shares one ingested store and one resolved store (and one loaded API
snapshot) through these cached functions. Tests that write to a store take a copy.
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
from nodewatch.store.pipeline import Outcome, ingest_many, list_files


def _temporary_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="nodewatch-real-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


@cache
def ingested_store(lists_dir: Path) -> tuple[Path, tuple[Outcome, ...]]:
    """Every staged list ingested (and nothing else); read it, or write to a copy."""
    path = _temporary_folder() / "ingested.duckdb"
    con = connect(path)
    try:
        outcomes = tuple(ingest_many(con, list_files(lists_dir), skip_unrecognised=True))
    finally:
        con.close()
    return path, outcomes


def writable_copy(lists_dir: Path) -> Path:
    """A private copy of the ingested store, for a test that writes to it."""
    source, _ = ingested_store(lists_dir)
    target = _temporary_folder() / "copy.duckdb"
    shutil.copyfile(source, target)
    return target


@cache
def real_store(lists_dir: Path) -> Path:
    """Every staged list ingested, resolved and its network kept, in a temporary store."""
    path = writable_copy(lists_dir)
    con = connect(path)
    try:
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
