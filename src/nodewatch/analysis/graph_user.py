"""User data for the network: FtM JSON lines (a registry extract, an investigation) in the store.

``load_file`` reads a file of FtM entities, one JSON object a line, checks each line on its
own and stores the good ones in one transaction (a file is loaded whole or not at all);
a bad line is reported with its number and left out, never fatal. Each thing (Company,
Person, Vessel ...) is then resolved onto a list record, conservatively: a shared
identifier (IMO, registration, SWIFT ...) with compatible schemata and names that do not
contradict it, else a name score of at least ``USER_MATCH_THRESHOLD`` with no near rival.
A user Company with the name or registration number of a listed one thus becomes that
target's node; relations (Ownership, Directorship, Family, Associate, UnknownLink ...)
become edges between whatever their ends resolved to.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import orjson
import pyarrow as pa
from followthemoney import model
from followthemoney.exc import FollowTheMoneyException
from followthemoney.schema import Schema

from nodewatch.analysis.graph_links import ensure_schema, one_target
from nodewatch.match import MatchIndex
from nodewatch.match.entity import SubjectError, subject_of
from nodewatch.match.score import schemas_compatible, score
from nodewatch.model.record import Record
from nodewatch.store.db import transaction

USER_MATCH_THRESHOLD = 0.92
USER_AMBIGUITY_MARGIN = 0.03
MIN_NAME_SCORE_WITH_ID = 0.5  # a shared identifier still needs names that do not contradict it
MAX_LINE_BYTES = 1 << 20
MAX_ERRORS_KEPT = 1000


class LoadError(ValueError):
    """A user file that cannot be read at all (missing, not a file)."""


@dataclass(frozen=True)
class UserEntity:
    id: str
    schema: str
    properties: dict[str, list[str]]
    load_id: int
    line: int
    filename: str

    @property
    def schema_obj(self) -> Schema:
        found = model.get(self.schema)
        assert found is not None  # checked on load
        return found

    @property
    def is_relation(self) -> bool:
        return bool(self.schema_obj.edge)

    def values(self, prop: str) -> list[str]:
        return self.properties.get(prop, [])

    @property
    def caption(self) -> str:
        for prop in ("name", "alias", "lastName"):
            if self.properties.get(prop):
                return self.properties[prop][0]
        return self.id

    @property
    def role(self) -> str:
        for prop in ("role", "relationship", "summary"):
            if self.properties.get(prop):
                return "; ".join(self.properties[prop])
        return self.schema_obj.edge_label or self.schema

    def ends(self) -> list[tuple[str, str]]:
        """(source id, target id) pairs of a relation, in FtM's edge direction."""
        schema = self.schema_obj
        if schema.source_prop is None or schema.target_prop is None:
            return []
        return [
            (s, t) for s in self.values(schema.source_prop.name) for t in self.values(schema.target_prop.name)
        ]

    def to_ftm(self) -> dict[str, Any]:
        return {"id": self.id, "schema": self.schema, "properties": self.properties}


@dataclass
class UserData:
    entities: dict[str, UserEntity] = field(default_factory=dict)
    matches: dict[str, str] = field(default_factory=dict)  # user entity id -> record id
    match_detail: dict[str, str] = field(default_factory=dict)
    dangling: list[tuple[str, str]] = field(default_factory=list)  # (relation id, missing end)
    files: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        relations = sum(1 for e in self.entities.values() if e.is_relation)
        return {
            "files": len(self.files),
            "entities": len(self.entities) - relations,
            "relations": relations,
            "resolved_onto_targets": len(self.matches),
            "dangling_relation_ends": len(self.dangling),
        }


@dataclass
class LoadResult:
    load_id: int | None
    filename: str
    lines: int
    entities: int
    relations: int
    skipped: list[tuple[int, str]]
    matches: list[tuple[str, str, str, float, str]]  # entity, record, method, score, detail
    already_loaded: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "load": self.load_id,
            "file": self.filename,
            "lines": self.lines,
            "entities": self.entities,
            "relations": self.relations,
            "skipped": [{"line": n, "error": e} for n, e in self.skipped],
            "resolved": [
                {"entity": e, "record": r, "method": m, "score": round(s, 3), "detail": d}
                for e, r, m, s, d in self.matches
            ],
            "already_loaded": self.already_loaded,
        }


def _check(data: Any) -> tuple[str, Schema, dict[str, list[str]]]:
    """The id, schema and properties of one line's entity, or ValueError saying what is wrong."""
    if not isinstance(data, Mapping):
        raise ValueError("not a JSON object")
    entity_id = data.get("id")
    if not isinstance(entity_id, str) or not entity_id.strip():
        raise ValueError("no 'id' string")
    schema_name = data.get("schema")
    schema = model.get(schema_name) if isinstance(schema_name, str) else None
    if schema is None:
        raise ValueError(f"unknown schema {data.get('schema')!r}")
    if schema.abstract:
        raise ValueError(f"schema {schema.name} is abstract")
    raw = data.get("properties", {})
    if not isinstance(raw, Mapping):
        raise ValueError("'properties' is not an object")
    properties: dict[str, list[str]] = {}
    for prop, values in raw.items():
        if schema.get(prop) is None:
            raise ValueError(f"{schema.name} has no property {prop!r}")
        items = values if isinstance(values, list) else [values]
        if not all(isinstance(v, str | int | float) for v in items):
            raise ValueError(f"property {prop!r} holds something other than text")
        kept = [" ".join(str(v).split()) for v in items]
        if kept := [v for v in kept if v]:
            properties[prop] = kept
    if schema.edge and (
        not properties.get(schema.source_prop.name if schema.source_prop else "")
        or not properties.get(schema.target_prop.name if schema.target_prop else "")
    ):
        raise ValueError(f"{schema.name} without both ends ({schema.source_prop}, {schema.target_prop})")
    try:
        proxy = model.get_proxy({"id": entity_id, "schema": schema.name, "properties": properties})
    except FollowTheMoneyException as exc:
        raise ValueError(str(exc)) from None
    return entity_id.strip(), schema, {p: list(v) for p, v in proxy.properties.items()}


def read_lines(path: Path) -> Iterator[tuple[int, tuple[str, Schema, dict[str, list[str]]] | str]]:
    """(line number, entity or the error that made the line unusable) for each non-blank line."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise LoadError(f"{path}: {exc.strerror or exc}") from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            if len(raw) > MAX_LINE_BYTES:
                yield number, f"line longer than {MAX_LINE_BYTES:,} bytes"
                continue
            if not raw.strip():
                continue
            try:
                data = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                yield number, f"not JSON ({exc.msg})"
                continue
            try:
                yield number, _check(data)
            except ValueError as exc:
                yield number, str(exc)


class EntityResolver:
    """Resolves user things onto list records: identifiers first, then a high name score."""

    def __init__(
        self,
        records: list[Record],
        membership: Mapping[str, str] | None = None,
        index: MatchIndex | None = None,
    ) -> None:
        self.records = {r.id: r for r in records}
        self.membership = membership or {}
        self.ids: dict[str, list[str]] = {}
        for record in records:
            subject = subject_of(record)
            for family, values in subject.ids.items():
                for value in values:
                    self.ids.setdefault(f"{family}:{value}", []).append(record.id)
        self._index = index

    @property
    def index(self) -> MatchIndex:
        if self._index is None:
            self._index = MatchIndex.build(self.records.values())
        return self._index

    def resolve(self, entity: dict[str, Any]) -> tuple[str, str, float, str] | None:
        """(record id, method, score, detail) or None."""
        try:
            subject = subject_of(entity)
        except SubjectError:
            return None
        if not subject.names:
            return None
        for family, values in sorted(subject.ids.items()):
            for value in sorted(values):
                found = self._by_identifier(subject.schema, entity, family, value)
                if found is not None:
                    return found
        hits = [
            (rid, r)
            for rid, r in self.index.screen(subject, limit=8)
            if schemas_compatible(subject.schema, self.records[rid].schema)
        ]
        if not hits or hits[0][1].score < USER_MATCH_THRESHOLD:
            return None
        top = [(rid, r) for rid, r in hits if r.score >= hits[0][1].score - USER_AMBIGUITY_MARGIN]
        chosen = one_target([rid for rid, _ in top], self.records, self.membership)
        if chosen is None:
            return None
        result = dict(top)[chosen]
        return chosen, "name", result.score, "; ".join(result.explain()[:1])

    def _by_identifier(
        self, schema: str, entity: dict[str, Any], family: str, value: str
    ) -> tuple[str, str, float, str] | None:
        candidates = [
            rid
            for rid in self.ids.get(f"{family}:{value}", ())
            if schemas_compatible(schema, self.records[rid].schema)
        ]
        scored = {rid: score(entity, self.records[rid]).score for rid in candidates}
        agreed = sorted(
            (r for r, s in scored.items() if s >= MIN_NAME_SCORE_WITH_ID), key=lambda r: -scored[r]
        )
        chosen = one_target(agreed, self.records, self.membership) if agreed else None
        if chosen is None:
            return None  # none, or records of several targets share it: let the name decide
        shared = f", shared by {len(agreed)} records" if len(agreed) > 1 else ""
        return chosen, "identifier", 1.0, f"{family} {value} (names {scored[chosen]:.2f}{shared})"


def load_file(
    con: duckdb.DuckDBPyConnection, path: Path, resolver: EntityResolver | None = None
) -> LoadResult:
    """Store one FtM JSON lines file (one transaction) and resolve its things onto list records."""
    if not path.is_file():
        raise LoadError(f"{path}: no such file")
    ensure_schema(con)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    previous = con.execute("SELECT id, lines FROM graph_loads WHERE sha256 = ?", [digest]).fetchall()
    if previous:
        return LoadResult(previous[0][0], path.name, previous[0][1], 0, 0, [], [], already_loaded=True)
    good: dict[str, tuple[int, Schema, dict[str, list[str]]]] = {}
    skipped: list[tuple[int, str]] = []
    lines = 0
    for number, item in read_lines(path):
        lines = number
        if isinstance(item, str):
            skipped.append((number, item))
            continue
        entity_id, schema, properties = item
        if entity_id in good:
            skipped.append((number, f"id {entity_id!r} repeats line {good[entity_id][0]}"))
            continue
        good[entity_id] = (number, schema, properties)
    things = {i: v for i, v in good.items() if not v[1].edge}
    matches: list[tuple[str, str, str, float, str]] = []
    if resolver is not None:
        for entity_id, (_line, schema, properties) in things.items():
            found = resolver.resolve({"schema": schema.name, "properties": properties})
            if found is not None:
                matches.append((entity_id, *found))
    load_id = _write(con, path, digest, lines, good, skipped, matches)
    relations = len(good) - len(things)
    return LoadResult(load_id, path.name, lines, len(things), relations, skipped[:MAX_ERRORS_KEPT], matches)


def _write(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    digest: str,
    lines: int,
    good: dict[str, tuple[int, Schema, dict[str, list[str]]]],
    skipped: list[tuple[int, str]],
    matches: list[tuple[str, str, str, float, str]],
) -> int:
    entities = pa.table(
        {
            "line": pa.array([v[0] for v in good.values()], pa.int32()),
            "entity_id": list(good),
            "schema": [v[1].name for v in good.values()],
            "properties": [orjson.dumps(v[2]).decode() for v in good.values()],
        }
    )
    found = pa.table(
        {
            "entity_id": [m[0] for m in matches],
            "record_id": [m[1] for m in matches],
            "method": [m[2] for m in matches],
            "score": pa.array([m[3] for m in matches], pa.float64()),
            "detail": [m[4] for m in matches],
        }
    )
    with transaction(con, new_user_entities=entities, new_user_matches=found):
        load_id = con.execute(
            "INSERT INTO graph_loads (filename, sha256, loaded_at, lines, entities, skipped) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            [
                str(path),
                digest,
                datetime.now(UTC).replace(tzinfo=None),
                lines,
                len(good),
                orjson.dumps([{"line": n, "error": e} for n, e in skipped[:MAX_ERRORS_KEPT]]).decode(),
            ],
        ).fetchall()[0][0]
        con.execute(
            "INSERT INTO graph_entities SELECT ?, line, entity_id, schema, properties FROM new_user_entities",
            [load_id],
        )
        con.execute(
            "INSERT INTO graph_entity_matches SELECT ?, entity_id, record_id, method, score, detail "
            "FROM new_user_matches",
            [load_id],
        )
    return int(load_id)


def load_user_data(con: duckdb.DuckDBPyConnection) -> UserData:
    """Every loaded user entity (a later file's entity replaces an earlier one with the same id)."""
    data = UserData()
    try:
        rows = con.execute(
            "SELECT e.load_id, e.line, e.entity_id, e.schema, e.properties, l.filename "
            "FROM graph_entities e JOIN graph_loads l ON l.id = e.load_id ORDER BY e.load_id, e.line"
        ).fetchall()
        matches = con.execute(
            "SELECT entity_id, record_id, method, score, detail FROM graph_entity_matches ORDER BY load_id"
        ).fetchall()
    except duckdb.CatalogException:
        return data
    for load_id, line, entity_id, schema, properties, filename in rows:
        name = Path(filename).name
        data.entities[entity_id] = UserEntity(
            entity_id, schema, orjson.loads(properties), load_id, line, name
        )
        if name not in data.files:
            data.files.append(name)
    for entity_id, record_id, method, match_score, detail in matches:
        data.matches[entity_id] = record_id
        data.match_detail[entity_id] = f"{method} {match_score:.2f}: {detail}"
    return data
