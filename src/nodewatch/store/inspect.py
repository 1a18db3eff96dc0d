"""What the store holds: per-release counts for `nodewatch stats` and the API."""

from __future__ import annotations

from typing import Any

import duckdb

from nodewatch.store.db import one
from nodewatch.store.history import Release, get_release, state


def release_stats(release: Release) -> dict[str, object]:
    counts = release.counts
    return {
        "authority": release.authority,
        "dataset": release.dataset,
        "release": release.id,
        "published": release.published.isoformat(),
        "published_source": release.published_source,
        "sha256": release.sha256,
        "filename": release.filename,
        "targets": release.record_count,
        "by_schema": counts.get("by_schema", {}),
        "by_program": counts.get("by_program", {}),
    }


def stats(con: duckdb.DuckDBPyConnection, release_id: int | None = None) -> dict[str, Any]:
    """Counts for the newest release of every list, or for one release."""
    releases = [get_release(con, release_id)] if release_id is not None else state(con, None)
    totals = one(con, "SELECT (SELECT count(*) FROM releases), (SELECT count(*) FROM statements)")
    assert totals is not None
    return {
        "releases": [release_stats(r) for r in releases],
        "store": {"releases": totals[0], "statements": totals[1]},
    }
