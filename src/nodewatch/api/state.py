"""The app's state: configuration, the store file, and the snapshot once it is loaded.

Loading the snapshot (coverage and the match index over ~30,000 records) takes tens of
seconds, so ``nodewatch serve`` loads it in a background thread: /healthz answers at once,
/readyz and the data endpoints answer 503 until the snapshot is in place.
"""

from __future__ import annotations

import gc
import logging
import threading
from dataclasses import dataclass, field

from fastapi import HTTPException, Request

from nodewatch.api.changes import Changes
from nodewatch.api.config import ApiConfig
from nodewatch.api.entities import EntityBuilder
from nodewatch.api.snapshot import Snapshot, StoreFile

log = logging.getLogger("nodewatch.api")


@dataclass
class AppState:
    config: ApiConfig
    store: StoreFile
    snapshot: Snapshot | None = None
    entities: EntityBuilder | None = None
    error: str | None = None
    changes: Changes = field(init=False)
    _loading: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.changes = Changes(self.store)

    def install(self, snapshot: Snapshot) -> None:
        # The snapshot is millions of long-lived objects: a full garbage collection walking them
        # stalls every request for a second or more. Frozen, collections skip them.
        gc.collect()
        gc.freeze()
        self.entities = EntityBuilder(snapshot)
        self.snapshot = snapshot
        self.changes = Changes(self.store)  # diffs are kept per snapshot
        self.error = None

    def load(self) -> None:
        """Read the store into a new snapshot; the old one serves until the new one is ready."""
        with self._loading:
            try:
                with self.store.open() as con:
                    snapshot = Snapshot.load(con)
            except Exception as exc:  # reported on /readyz, never as a traceback to clients
                log.exception("loading the store failed")
                self.error = f"loading the store failed: {exc}"
                return
            self.install(snapshot)
            log.info("snapshot loaded: %d targets, %d records", len(snapshot.targets), len(snapshot.records))

    def load_in_background(self) -> threading.Thread:
        thread = threading.Thread(target=self.load, name="nodewatch-load", daemon=True)
        thread.start()
        return thread


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.nodewatch
    return state


def ready(request: Request) -> tuple[Snapshot, EntityBuilder]:
    """The snapshot and entity builder, or 503 while they are loading."""
    state = app_state(request)
    if state.snapshot is None or state.entities is None:
        detail = state.error or "the store is still loading; retry in a few seconds (see /readyz)"
        raise HTTPException(503, detail=detail, headers={"Retry-After": "5"})
    return state.snapshot, state.entities


def snapshot_of(request: Request) -> Snapshot:
    return ready(request)[0]
