"""What the API serves: one in-memory snapshot of the store, and short visits to the file.

The snapshot is read once (at startup, or on reload): the releases in force, the resolved
targets with their coverage, the network, and the match index over every current record. Requests
answer from memory, so a query never waits on the store and the numbers of one response
all come from the same releases. Only history (diffs) and writes (judgements) go to the
file, one visit at a time, because DuckDB lets a process hold a file either read-only or
read-write, not both.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

import duckdb

from nodewatch.analysis.coverage import Coverage
from nodewatch.analysis.coverage import build as build_coverage
from nodewatch.analysis.graph_snapshot import load_network
from nodewatch.analysis.network import Network
from nodewatch.analysis.targets import AUTHORITY_ORDER, Target
from nodewatch.match import MatchIndex
from nodewatch.model.record import Record
from nodewatch.model.registry import UnknownAuthority, registry
from nodewatch.store import connect
from nodewatch.store.history import Release, state

DEFAULT_DATASET = "default"


class StoreBusy(RuntimeError):
    """Another process holds the store file (an ingest or resolve is running)."""


class StoreFile:
    """The store file, opened only for the length of one visit, one visit at a time."""

    def __init__(self, path: Path, wait: float = 10.0) -> None:
        self.path = path
        self.wait = wait
        self._lock = threading.Lock()

    @contextmanager
    def open(self, write: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        if not self._lock.acquire(timeout=self.wait):
            raise StoreBusy("the store is being read (a reload is running); try again shortly")
        try:
            try:
                con = connect(self.path, read_only=not write)
            except duckdb.IOException as exc:
                raise StoreBusy(f"the store is in use by another process, try again shortly ({exc})") from exc
            try:
                con.execute("SET enable_progress_bar = false")  # a server has no terminal to draw on
                yield con
            finally:
                con.close()
        finally:
            self._lock.release()


@dataclass
class Snapshot:
    releases: list[Release]  # the newest release of every list, when the snapshot was read
    coverage: Coverage
    network: Network  # kept in the store by the network stage (built here if not current)
    index: MatchIndex
    targets: dict[str, Target]
    target_of: dict[str, str]  # record id -> target id
    records: dict[str, Record]
    loaded_at: datetime

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection) -> Snapshot:
        releases = state(con, None)
        coverage = build_coverage(con)
        records = {r.id: r for t in coverage.targets for r in t.records}
        return cls(
            releases=releases,
            coverage=coverage,
            network=load_network(con),
            index=MatchIndex.build(records.values()),
            targets={t.id: t for t in coverage.targets},
            target_of={r.id: t.id for t in coverage.targets for r in t.records},
            records=records,
            loaded_at=datetime.now(UTC).replace(microsecond=0, tzinfo=None),
        )

    @property
    def authorities(self) -> list[str]:
        present = {r.authority for r in self.releases}
        return sorted(present, key=lambda a: (AUTHORITY_ORDER.index(a) if a in AUTHORITY_ORDER else 99, a))

    @property
    def datasets(self) -> list[str]:
        """``default`` (everything) and one dataset per authority, as yente scopes queries."""
        return [DEFAULT_DATASET, *self.authorities]

    def authorities_of(self, dataset: str) -> set[str] | None:
        """The authorities a dataset covers (None: all); LookupError for an unknown dataset."""
        if dataset == DEFAULT_DATASET:
            return None
        if dataset not in self.authorities:
            raise LookupError(f"no dataset {dataset!r}; datasets: {', '.join(self.datasets)}")
        return {dataset}

    def target(self, key: str) -> Target:
        """A target by its id, or the target holding a record id."""
        target = self.targets.get(key) or self.targets.get(self.target_of.get(key, ""))
        if target is None:
            raise LookupError(f"no target or record {key!r} (ids look like nw-…, un-KPi.033, ofac-12345)")
        return target

    def last_release(self, authority: str) -> datetime | None:
        return max((r.published for r in self.releases if r.authority == authority), default=None)

    @cached_property
    def release_refs(self) -> list[dict[str, object]]:
        """The releases every answer was computed from, as each response names them."""
        return [
            {
                "id": r.id,
                "authority": r.authority,
                "dataset": r.dataset,
                "published": r.published.isoformat(timespec="seconds"),
                "sha256": r.sha256,
            }
            for r in self.releases
        ]

    @cached_property
    def release_header(self) -> bytes:
        """The same releases for the ``X-Nodewatch-Releases`` header: ``dataset@date#id,...``."""
        return ",".join(
            f"{r.dataset}@{r.published.date().isoformat()}#{r.id}" for r in self.releases
        ).encode()

    def authority_name(self, code: str) -> str:
        try:
            return registry().authority(code).name
        except UnknownAuthority:
            return code
