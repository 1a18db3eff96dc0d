"""Releases over time: which releases make up a list's state on a date, and what changed.

An authority may publish several lists (OFAC: SDN, non-SDN, and their alias/address
companions). Its state on a date is the newest release of each of its datasets published
on or before that date; a target exists in that state when a *primary* dataset states it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

import duckdb
import orjson

from nodewatch.model.record import DATE_PROP, LINK_PROP, NAME_KINDS, NAME_PROP, NOTE_PROP, SANCTION_PROP
from nodewatch.model.registry import registry
from nodewatch.store.db import one


@dataclass(frozen=True)
class Release:
    id: int
    authority: str
    dataset: str
    format: str
    published: datetime
    published_source: str
    sha256: str
    filename: str
    origin: str
    record_count: int
    counts: dict[str, object]

    @property
    def is_primary(self) -> bool:
        return registry().list_spec(self.dataset).is_primary

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "authority": self.authority,
            "dataset": self.dataset,
            "format": self.format,
            "published": self.published.isoformat(),
            "published_source": self.published_source,
            "sha256": self.sha256,
            "filename": self.filename,
            "origin": self.origin,
            "records": self.record_count,
        }


_RELEASE_COLUMNS = (
    "id, authority, dataset, format, published, published_source, sha256, filename, origin, "
    "record_count, counts"
)


def _release(row: tuple[Any, ...]) -> Release:
    (id_, authority, dataset, fmt, published, rule, sha256, filename, origin, count, counts) = row
    return Release(
        id_, authority, dataset, fmt, published, rule, sha256, filename, origin, count, orjson.loads(counts)
    )


def list_releases(con: duckdb.DuckDBPyConnection, authority: str | None = None) -> list[Release]:
    sql = f"SELECT {_RELEASE_COLUMNS} FROM releases"
    params: list[object] = []
    if authority:
        sql += " WHERE authority = ?"
        params.append(authority)
    sql += " ORDER BY authority, dataset, published, id"
    return [_release(r) for r in con.execute(sql, params).fetchall()]


def get_release(con: duckdb.DuckDBPyConnection, release_id: int) -> Release:
    row = one(con, f"SELECT {_RELEASE_COLUMNS} FROM releases WHERE id = ?", [release_id])
    if row is None:
        raise LookupError(f"no release with id {release_id}")
    return _release(row)


def state(con: duckdb.DuckDBPyConnection, authority: str | None, at: date | None = None) -> list[Release]:
    """The newest release of each dataset (of one authority, or all) published by ``at``."""
    newest: dict[str, Release] = {}
    limit = datetime.combine(at, time.max) if at else None
    for release in list_releases(con, authority):
        if limit is not None and release.published > limit:
            continue
        current = newest.get(release.dataset)
        if current is None or (release.published, release.id) > (current.published, current.id):
            newest[release.dataset] = release
    return sorted(newest.values(), key=lambda r: (r.authority, r.dataset))


def target_ids(con: duckdb.DuckDBPyConnection, releases: Iterable[Release]) -> set[str]:
    """Targets a set of releases states, counting only primary lists."""
    primary = [r.id for r in releases if r.is_primary]
    if not primary:
        return set()
    rows = con.execute(
        "SELECT DISTINCT s.target_id FROM statements s JOIN statement_releases sr ON sr.statement_id = s.id "
        "WHERE sr.release_id IN (SELECT unnest(?))",
        [primary],
    ).fetchall()
    return {r[0] for r in rows}


@dataclass
class Change:
    id: str
    name: str
    fields: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # field -> added/removed

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "fields": sorted(self.fields), "changes": self.fields}


@dataclass
class Diff:
    authority: str
    start: list[Release]
    end: list[Release]
    added: list[tuple[str, str]]  # (id, name)
    removed: list[tuple[str, str]]
    changed: list[Change]

    def to_dict(self) -> dict[str, object]:
        return {
            "authority": self.authority,
            "from": {"releases": [r.to_dict() for r in self.start]},
            "to": {"releases": [r.to_dict() for r in self.end]},
            "summary": {"added": len(self.added), "removed": len(self.removed), "changed": len(self.changed)},
            "added": [{"id": i, "name": n} for i, n in self.added],
            "removed": [{"id": i, "name": n} for i, n in self.removed],
            "changed": [c.to_dict() for c in self.changed],
        }


def _field_and_value(prop: str, value: str) -> tuple[str, str]:
    """A readable field name and value for a changed statement."""
    if prop == NAME_PROP:
        data = orjson.loads(value)
        return NAME_KINDS.get(data["kind"], "alias"), data["value"]
    if prop == DATE_PROP:
        data = orjson.loads(value)
        return data["prop"], data.get("text") or data["value"]
    if prop == SANCTION_PROP:
        data = orjson.loads(value)
        return f"sanction:{data['programme']}", value
    if prop == LINK_PROP:
        data = orjson.loads(value)
        return "link", data.get("targetRef") or data.get("targetName") or data.get("text", "")
    if prop == NOTE_PROP:
        return "notes", value
    return prop, value


def _sanction_fields(before: list[str], after: list[str]) -> list[str]:
    """Which parts of a designation changed (listing date, reason, references ...)."""
    old = orjson.loads(before[0]) if len(before) == 1 else {}
    new = orjson.loads(after[0]) if len(after) == 1 else {}
    if not old or not new:
        return []
    return sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))


def _names(con: duckdb.DuckDBPyConnection, ids: list[str], release_ids: list[int]) -> dict[str, str]:
    if not ids:
        return {}
    rows = con.execute(
        "SELECT s.target_id, s.value FROM statements s JOIN statement_releases sr ON sr.statement_id = s.id "
        "WHERE sr.release_id IN (SELECT unnest(?)) AND s.prop = ? AND s.target_id IN (SELECT unnest(?)) "
        "AND json_extract_string(s.value, '$.kind') = 'primary'",
        [release_ids, NAME_PROP, ids],
    ).fetchall()
    names: dict[str, str] = {}
    for target_id, value in sorted(rows):
        names.setdefault(target_id, orjson.loads(value)["value"])
    return names


def diff(con: duckdb.DuckDBPyConnection, authority: str, start: date, end: date) -> Diff:
    """Targets added, removed and changed (with the changed fields) between two dates."""
    registry().authority(authority)
    before = state(con, authority, start)
    after = state(con, authority, end)
    if not before:
        raise LookupError(f"no {authority} release published on or before {start.isoformat()}")
    before_ids, after_ids = target_ids(con, before), target_ids(con, after)
    rows = con.execute(
        """
        WITH a AS (SELECT DISTINCT statement_id AS id FROM statement_releases
                   WHERE release_id IN (SELECT unnest(?))),
             b AS (SELECT DISTINCT statement_id AS id FROM statement_releases
                   WHERE release_id IN (SELECT unnest(?))),
             only_a AS (SELECT id FROM a EXCEPT SELECT id FROM b),
             only_b AS (SELECT id FROM b EXCEPT SELECT id FROM a)
        SELECT 'removed', s.target_id, s.prop, s.value FROM only_a JOIN statements s USING (id)
        UNION ALL
        SELECT 'added', s.target_id, s.prop, s.value FROM only_b JOIN statements s USING (id)
        """,
        [[r.id for r in before], [r.id for r in after]],
    ).fetchall()
    both = before_ids & after_ids
    raw: dict[str, dict[str, dict[str, list[str]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    for side, target_id, prop, value in rows:
        if target_id in both:
            field_name, shown = _field_and_value(prop, value)
            raw[target_id][field_name][side].append(shown)
    changed: list[Change] = []
    release_ids = [r.id for r in before + after]
    added = sorted(after_ids - before_ids)
    removed = sorted(before_ids - after_ids)
    names = _names(con, added + removed + sorted(raw), release_ids)
    for target_id in sorted(raw):
        fields: dict[str, dict[str, list[str]]] = {}
        for field_name, sides in raw[target_id].items():
            if field_name.startswith("sanction:"):
                parts = _sanction_fields(sides.get("removed", []), sides.get("added", []))
                for part in parts or ["designation"]:
                    fields[f"{field_name}.{part}"] = {k: sorted(v) for k, v in sides.items()}
            else:
                fields[field_name] = {k: sorted(v) for k, v in sides.items()}
        changed.append(Change(target_id, names.get(target_id, target_id), fields))
    return Diff(
        authority,
        before,
        after,
        [(i, names.get(i, i)) for i in added],
        [(i, names.get(i, i)) for i in removed],
        changed,
    )
