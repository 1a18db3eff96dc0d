"""Maritime events as the API and the web page serve them: from the AIS in the served store,
linked to the snapshot's lists, computed once per snapshot.

Detecting and linking the events of a store reads every position (seconds for a few million),
so it runs on the first request after a snapshot is installed and is kept with it: every
answer of one snapshot comes from the same lists and the same AIS files. AIS ingested after
the snapshot was read shows after a reload (POST /admin/reload), as new list releases do.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import duckdb
from fastapi import FastAPI, HTTPException, Request

from nodewatch.api.snapshot import Snapshot
from nodewatch.api.state import AppState, snapshot_of
from nodewatch.maritime.analyse import analyse
from nodewatch.maritime.config import MaritimeConfig
from nodewatch.maritime.events import Event
from nodewatch.maritime.ingest import AIS_TABLES, ensure_schema, has_ais_tables
from nodewatch.maritime.reference import ReferenceError

log = logging.getLogger("nodewatch.api")


@dataclass
class MaritimeEvents:
    """Every event of the store (raised and recorded), with a stable id each, and the AIS
    files they were detected in."""

    events: list[Event]
    ids: dict[int, str]  # id(event) -> its event id
    sources: list[dict[str, Any]]
    stats: dict[str, int] = field(default_factory=dict)

    def event_id(self, event: Event) -> str:
        return self.ids[id(event)]


def event_ids(events: list[Event]) -> dict[int, str]:
    """``kind-subtype-mmsi-start`` per event (a counter added on a clash): the same event keeps
    its id across reloads as long as its AIS does, so a link to it stays good."""
    out: dict[int, str] = {}
    seen: dict[str, int] = {}
    for event in events:
        base = re.sub(
            r"[^\w.-]+", "_", f"{event.kind}-{event.subtype}-{event.mmsi}-{int(event.start.timestamp())}"
        )
        seen[base] = seen.get(base, 0) + 1
        out[id(event)] = base if seen[base] == 1 else f"{base}-{seen[base]}"
    return out


def ais_sources(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The AIS files in the store, as answers name them: the file name, never the server path."""
    rows = con.execute(
        "SELECT id, path, sha256, format, ingested_at, positions, statics, bad FROM ais_files ORDER BY id"
    ).fetchall()
    return [
        {
            "id": fid,
            "file": PurePath(path).name,
            "sha256": sha256,
            "format": fmt,
            "ingested_at": ingested.isoformat(timespec="seconds"),
            "positions": positions,
            "statics": statics,
            "bad": bad,
        }
        for fid, path, sha256, fmt, ingested, positions, statics, bad in rows
    ]


def ais_in_memory(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """The store's AIS tables copied into an in-memory database, so the detectors and the
    linking (seconds) run after the store visit, not during it: other requests (diffs,
    judgements) wait for the store only as long as the copy takes."""
    memory = duckdb.connect()
    ensure_schema(memory)
    for table in AIS_TABLES:
        rows = con.sql(f"SELECT * FROM {table}").to_arrow_table()
        memory.register("rows", rows)
        memory.execute(f"INSERT INTO {table} SELECT * FROM rows")
        memory.unregister("rows")
    return memory


def compute(state: AppState, snapshot: Snapshot) -> MaritimeEvents:
    """Detect every event in the store's AIS and link its vessels to the snapshot's records."""
    with state.store.open() as con:
        if not has_ais_tables(con):
            return MaritimeEvents([], {}, [])
        memory = ais_in_memory(con)
    try:
        analysis = analyse(memory, MaritimeConfig.load(), snapshot.records.values())
        return MaritimeEvents(
            analysis.events, event_ids(analysis.events), ais_sources(memory), analysis.stats
        )
    finally:
        memory.close()


class EventCache:
    """The events of the snapshot they were computed for; one computation at a time."""

    def __init__(self, state: AppState) -> None:
        self.state = state
        self.lock = threading.Lock()
        self.snapshot: Snapshot | None = None
        self.events: MaritimeEvents | None = None
        self.failed: Snapshot | None = None  # the snapshot whose warm-up failed (not retried)

    def get(self, snapshot: Snapshot) -> MaritimeEvents:
        with self.lock:
            if self.snapshot is not snapshot or self.events is None:
                self.events = compute(self.state, snapshot)
                self.snapshot = snapshot
            return self.events

    def keep_warm(self, stop: threading.Event, every: float = 2.0) -> None:
        """Compute the events of each new snapshot as soon as it is installed, so the first
        reader does not wait for them (a background thread of the app's lifespan)."""
        while not stop.wait(every):
            snapshot = self.state.snapshot
            if snapshot is None or snapshot is self.snapshot or snapshot is self.failed:
                continue
            try:
                self.get(snapshot)
            except Exception:  # a reader asking for the events gets the error, as a 503
                log.exception("computing the maritime events failed")
                self.failed = snapshot


_CACHE_LOCK = threading.Lock()


def event_cache(app: FastAPI) -> EventCache:
    """The app's event cache (made on first use)."""
    with _CACHE_LOCK:
        cache = getattr(app.state, "maritime_events", None)
        if cache is None:
            cache = EventCache(app.state.nodewatch)
            app.state.maritime_events = cache
        return cache


@asynccontextmanager
async def warm_events(app: FastAPI) -> AsyncIterator[None]:
    """Lifespan of the maritime routes: keep the events of the current snapshot computed."""
    stop = threading.Event()
    thread = threading.Thread(
        target=event_cache(app).keep_warm, args=(stop,), name="nodewatch-maritime", daemon=True
    )
    thread.start()
    try:
        yield
    finally:
        stop.set()


def maritime_events(request: Request) -> tuple[Snapshot, MaritimeEvents]:
    """The snapshot and its events (503 while the store loads, or without reference data)."""
    snapshot = snapshot_of(request)
    try:
        return snapshot, event_cache(request.app).get(snapshot)
    except (ReferenceError, FileNotFoundError) as exc:
        raise HTTPException(503, detail=f"maritime reference data missing: {exc}") from None


def _designation_view(designation: dict[str, Any], snapshot: Snapshot) -> dict[str, Any]:
    return {**designation, "target": snapshot.target_of.get(designation["record_id"])}


def _vessel_view(vessel: dict[str, Any] | None, snapshot: Snapshot) -> dict[str, Any] | None:
    """The vessel with the target each designation belongs to, and the vessel's own target
    (the one its entity page shows) when the lists hold it."""
    if vessel is None:
        return None
    own = [_designation_view(d, snapshot) for d in vessel["designations"]]
    owners = [_designation_view(d, snapshot) for d in vessel["owner_designations"]]
    targets = list(dict.fromkeys(d["target"] for d in own if d["target"]))
    return {**vessel, "designations": own, "owner_designations": owners, "targets": targets}


def event_view(event: Event, found: MaritimeEvents, snapshot: Snapshot) -> dict[str, Any]:
    """An event as the API answers it: ``Event.to_dict`` plus its id and the targets its
    vessels and their owners are linked to."""
    data = event.to_dict()
    data["id"] = found.event_id(event)
    data["vessel"] = _vessel_view(data["vessel"], snapshot)
    data["other_vessel"] = _vessel_view(data["other_vessel"], snapshot)
    return data
