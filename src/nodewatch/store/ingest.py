"""Writing one parsed list file into the store as one release, all or nothing.

Everything happens inside one DuckDB transaction: a process killed midway leaves the store
as it was, because DuckDB's write-ahead log only replays committed transactions. A file
whose sha256 is already stored is not ingested again.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import orjson
import pyarrow as pa

from nodewatch.model.record import Record
from nodewatch.sources import parse_file
from nodewatch.sources.base import ParsedFile, SourceError
from nodewatch.store.db import one, scalar, transaction
from nodewatch.store.releases import Provenance, local_provenance, publication, sha256_of


@dataclass(frozen=True)
class IngestResult:
    release_id: int
    dataset: str
    authority: str
    published: datetime
    published_source: str
    sha256: str
    filename: str
    records: int
    new_statements: int
    skipped: bool  # True when the same file was ingested before

    def to_dict(self) -> dict[str, object]:
        return {
            "release": self.release_id,
            "dataset": self.dataset,
            "authority": self.authority,
            "published": self.published.isoformat(),
            "published_source": self.published_source,
            "sha256": self.sha256,
            "filename": self.filename,
            "records": self.records,
            "new_statements": self.new_statements,
            "skipped": self.skipped,
        }


def _fault_point(name: str) -> None:
    """Let the crash-safety test kill an ingest at a known point inside the transaction.

    Set NODEWATCH_FAULT=<name> and NODEWATCH_FAULT_FILE=<path>: the ingest touches the file
    and waits there to be killed. Unset, this costs one dictionary lookup.
    """
    if os.environ.get("NODEWATCH_FAULT") != name:
        return
    Path(os.environ["NODEWATCH_FAULT_FILE"]).touch()
    time.sleep(60)


def _existing(con: duckdb.DuckDBPyConnection, sha256: str) -> IngestResult | None:
    row = one(
        con,
        "SELECT id, dataset, authority, published, published_source, filename, record_count "
        "FROM releases WHERE sha256 = ?",
        [sha256],
    )
    if row is None:
        return None
    return IngestResult(row[0], row[1], row[2], row[3], row[4], sha256, row[5], row[6], 0, True)


def ingest_path(con: duckdb.DuckDBPyConnection, path: Path, prov: Provenance | None = None) -> IngestResult:
    """Ingest one local file (recognised by content)."""
    try:
        data = path.read_bytes()
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise SourceError(path, "", f"cannot read: {exc.strerror}") from None
    prov = prov or local_provenance(path)
    sha256 = sha256_of(data)
    if (done := _existing(con, sha256)) is not None:
        return done
    parsed = parse_file(path, data)
    published, rule = publication(parsed.published, prov, mtime)
    return write_release(con, parsed, prov, sha256, published, rule)


def _check_unique(parsed: ParsedFile, origin: str) -> None:
    seen: set[str] = set()
    for record in parsed.records:
        if record.id in seen:
            raise SourceError(origin, record.position, f"duplicate record id {record.id!r}")
        seen.add(record.id)


def _statement_table(authority: str, records: list[Record]) -> pa.Table:
    ids: list[int] = []
    targets: list[str] = []
    schemata: list[str] = []
    props: list[str] = []
    values: list[str] = []
    langs: list[str | None] = []
    seen: set[int] = set()
    for record in records:
        for stmt in record.to_statements():
            if stmt.id in seen:
                continue
            seen.add(stmt.id)
            ids.append(stmt.id)
            targets.append(stmt.target_id)
            schemata.append(stmt.schema)
            props.append(stmt.prop)
            values.append(stmt.value)
            langs.append(stmt.lang)
    return pa.table(
        {
            "id": pa.array(ids, pa.uint64()),
            "authority": pa.array([authority] * len(ids), pa.string()),
            "target_id": pa.array(targets, pa.string()),
            "schema": pa.array(schemata, pa.string()),
            "prop": pa.array(props, pa.string()),
            "value": pa.array(values, pa.string()),
            "lang": pa.array(langs, pa.string()),
        }
    )


def write_release(
    con: duckdb.DuckDBPyConnection,
    parsed: ParsedFile,
    prov: Provenance,
    sha256: str,
    published: datetime,
    published_source: str,
) -> IngestResult:
    """Store a parsed file as a new release in one transaction."""
    _check_unique(parsed, prov.origin)
    authority = parsed.authority
    statements = _statement_table(authority, parsed.records)
    positions = pa.table(
        {
            "target_id": pa.array([r.id for r in parsed.records], pa.string()),
            "position": pa.array([r.position for r in parsed.records], pa.string()),
        }
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    with transaction(con, incoming_statements=statements, incoming_positions=positions):
        release_id = scalar(
            con,
            """INSERT INTO releases (authority, dataset, format, published, published_source, fetched_at,
                   ingested_at, sha256, origin, filename, record_count, statement_count, counts, warnings)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
            [
                authority,
                parsed.dataset,
                parsed.format,
                published,
                published_source,
                prov.fetched_at,
                now,
                sha256,
                prov.origin,
                prov.filename,
                len(parsed.records),
                statements.num_rows,
                orjson.dumps(parsed.counts()).decode(),
                orjson.dumps(parsed.warnings).decode(),
            ],
        )
        before = scalar(con, "SELECT count(*) FROM statements")
        con.execute("INSERT OR IGNORE INTO statements SELECT * FROM incoming_statements")
        con.execute("INSERT INTO statement_releases SELECT id, ? FROM incoming_statements", [release_id])
        _fault_point("mid-ingest")
        con.execute(
            "INSERT INTO record_positions SELECT ?, target_id, position FROM incoming_positions", [release_id]
        )
        after = scalar(con, "SELECT count(*) FROM statements")
    return IngestResult(
        int(release_id),
        parsed.dataset,
        authority,
        published,
        published_source,
        sha256,
        prov.filename,
        len(parsed.records),
        int(after) - int(before),
        False,
    )
