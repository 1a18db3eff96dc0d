"""Reading targets back out of the store as Records: a release, a date, or the newest lists."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import groupby

import duckdb

from nodewatch.model.record import Record
from nodewatch.store.history import Release, state, target_ids


def records_of(
    con: duckdb.DuckDBPyConnection,
    releases: Iterable[Release],
    schemata: Iterable[str] | None = None,
    ids: Iterable[str] | None = None,
) -> Iterator[Record]:
    """Every target the releases state (companions merged in), as one Record each."""
    releases = list(releases)
    present = target_ids(con, releases)
    if ids is not None:
        present &= set(ids)
    if not present:
        return
    rows = con.execute(
        """
        SELECT DISTINCT s.authority, s.target_id, s.schema, s.prop, s.value, s.lang
        FROM statements s JOIN statement_releases sr ON sr.statement_id = s.id
        WHERE sr.release_id IN (SELECT unnest(?)) AND s.target_id IN (SELECT unnest(?))
        ORDER BY s.target_id, s.prop, s.value
        """,
        [[r.id for r in releases], sorted(present)],
    ).fetchall()
    wanted = set(schemata) if schemata is not None else None
    for (authority, _target), group in groupby(rows, key=lambda r: (r[0], r[1])):
        record = Record.from_statements(authority, (r[1:] for r in group))
        if wanted is None or record.schema in wanted:
            yield record


def current_records(
    con: duckdb.DuckDBPyConnection,
    authorities: Iterable[str] | None = None,
    schemata: Iterable[str] | None = None,
    at: date | None = None,
) -> Iterator[Record]:
    """The targets of the newest release of every list (or of the lists as they stood on ``at``)."""
    wanted = set(authorities) if authorities else None
    releases = [r for r in state(con, None, at) if wanted is None or r.authority in wanted]
    by_authority: dict[str, list[Release]] = {}
    for release in releases:
        by_authority.setdefault(release.authority, []).append(release)
    for authority in sorted(by_authority):
        yield from records_of(con, by_authority[authority], schemata)
