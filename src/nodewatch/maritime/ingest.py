"""One AIS file into the store, in one transaction: NMEA through pyais, tables through DuckDB.

The format is decided from the content (gzip is looked through), never from the file name.
A file whose bytes are already in the store is reported as skipped, so re-running an ingest
is harmless.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import duckdb
import numpy as np
import orjson
import pyarrow as pa

from nodewatch.maritime import tabular
from nodewatch.maritime.nmea import NmeaColumns, NmeaDecoder, usable_fix
from nodewatch.maritime.report import IngestReport
from nodewatch.sources.base import SourceError

SNIFF_BYTES = 65_536
BLOCK_BYTES = 1 << 20


AIS_TABLES = ("ais_files", "ais_positions", "ais_static")


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(resources.files(__package__).joinpath("schema.sql").read_text("utf-8"))


def has_ais_tables(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store has the AIS tables: a read-only connection (the API's) cannot run
    ``ensure_schema``, so readers ask first."""
    found = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
        "AND table_name IN (SELECT unnest(?))",
        [list(AIS_TABLES)],
    ).fetchall()
    return len(found) == len(AIS_TABLES)


def sniff_format(path: Path) -> str:
    """nmea | csv | parquet, from the first bytes."""
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if head[:4] == b"PAR1":
        return "parquet"
    if head[:2] == b"\x1f\x8b":
        try:
            with gzip.open(path, "rb") as handle:
                head = handle.read(SNIFF_BYTES)
        except (OSError, EOFError) as exc:
            raise SourceError(path, "byte 0", f"broken gzip stream: {exc}") from None
    for raw in head.splitlines():
        line = raw.strip()
        if not line or line[:1] == b"#":
            continue
        return "nmea" if line[:1] in (b"!", b"$", b"\\") else "csv"
    raise SourceError(path, "byte 0", "empty file")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _blocks(path: Path) -> Iterator[tuple[bytes, int]]:
    """The file's bytes (gzip looked through) in blocks, each with the raw bytes read so far.

    Blocks come from ``read1``: one underlying read each, so a gzip stream cut short loses only
    the block it breaks in.
    """
    with path.open("rb") as raw:
        packed = raw.read(2) == b"\x1f\x8b"
        raw.seek(0)
        handle = gzip.GzipFile(fileobj=raw) if packed else raw
        with handle:
            while block := handle.read1(BLOCK_BYTES):
                yield block, raw.tell()


def decode_nmea(
    path: Path, report: IngestReport, progress: Callable[[int], None] | None = None
) -> NmeaColumns:
    """Decode a whole NMEA file (plain or gzip); a truncated gzip keeps what came before the break.

    Lines are cut from blocks with one ``split`` per block, not read one by one.
    """
    decoder = NmeaDecoder(report)
    line_no, carry, done = 1, b"", 0
    try:
        for block, position in _blocks(path):
            lines = (carry + block).split(b"\n")
            carry = lines.pop()
            decoder.feed(lines, line_no)
            line_no += len(lines)
            if progress:
                progress(position - done)
                done = position
    except (OSError, EOFError) as exc:
        report.reject(f"line {line_no}", f"file cut short ({type(exc).__name__})")
    if carry:
        decoder.feed([carry], line_no)
    return decoder.finish()


def _insert_nmea(
    con: duckdb.DuckDBPyConnection, file_id: int, cols: NmeaColumns, report: IngestReport
) -> None:
    pos = cols.positions()
    ok = usable_fix(pos["lat"], pos["lon"])
    unavailable = int((~ok).sum())
    if unavailable:
        report.counts["position_not_available"] = unavailable
    ts = pos["ts_ms"][ok]
    report.counts["untimed_positions"] = int((ts < 0).sum())
    table = pa.table(
        {
            "file_id": pa.array(np.full(int(ok.sum()), file_id, dtype=np.int32)),
            "ts": pa.array(ts, type=pa.int64(), mask=ts < 0).cast(pa.timestamp("ms")),
            "mmsi": pa.array(pos["mmsi"][ok].astype(np.int32)),
            "msg_type": pa.array(pos["msg_type"][ok].astype(np.uint8)),
            "lat": pa.array(pos["lat"][ok]),
            "lon": pa.array(pos["lon"][ok]),
            "sog": pa.array(pos["sog"][ok].astype(np.float32), from_pandas=True),
            "cog": pa.array(pos["cog"][ok].astype(np.float32), from_pandas=True),
            "heading": pa.array(pos["heading"][ok].astype(np.int16), mask=pos["heading"][ok] < 0),
            "nav_status": pa.array(pos["nav_status"][ok].astype(np.int16), mask=pos["nav_status"][ok] < 0),
        }
    )
    con.register("nmea_positions", table)
    con.execute("INSERT INTO ais_positions SELECT * FROM nmea_positions")
    con.unregister("nmea_positions")
    report.counts["positions"] = table.num_rows
    if not cols.statics:
        report.counts["statics"] = 0
        return
    rows = cols.statics
    statics = pa.table(
        {
            "mmsi": pa.array([r["mmsi"] for r in rows], type=pa.int32()),
            "ts": pa.array([r["ts_ms"] for r in rows], type=pa.int64()).cast(pa.timestamp("ms")),
            **{
                key: pa.array([r.get(key) for r in rows], type=kind)
                for key, kind in (
                    ("imo", pa.int32()),
                    ("name", pa.string()),
                    ("callsign", pa.string()),
                    ("ship_type", pa.int16()),
                    ("length_m", pa.float32()),
                    ("width_m", pa.float32()),
                    ("draught_m", pa.float32()),
                    ("destination", pa.string()),
                )
            },
        }
    )
    con.register("nmea_statics", statics)
    con.execute(
        """
        INSERT INTO ais_static
        SELECT ?, mmsi, imo, name, callsign, ship_type, NULL, length_m, width_m, draught_m, destination,
               min(ts), max(ts), count(*)
        FROM nmea_statics GROUP BY ALL
        """,
        [file_id],
    )
    con.unregister("nmea_statics")
    count = con.execute("SELECT count(*) FROM ais_static WHERE file_id = ?", [file_id]).fetchone()
    report.counts["statics"] = int(count[0]) if count else 0


def ingest_file(
    con: duckdb.DuckDBPyConnection, path: Path, progress: Callable[[int], None] | None = None
) -> IngestReport:
    """Ingest one file; all of it or nothing. ``progress`` gets byte counts of NMEA read so far."""
    path = Path(path)
    if not path.is_file():
        raise SourceError(path, "", "no such file")
    ensure_schema(con)
    report = IngestReport(str(path))
    report.format = sniff_format(path)
    sha = _sha256(path)
    if con.execute("SELECT 1 FROM ais_files WHERE sha256 = ?", [sha]).fetchone():
        report.skipped = True
        return report
    columns = decode_nmea(path, report, progress) if report.format == "nmea" else None
    con.begin()
    try:
        row = con.execute(
            "INSERT INTO ais_files (path, sha256, format, ingested_at, positions, statics, bad, report) "
            "VALUES (?, ?, ?, ?, 0, 0, 0, '{}') RETURNING id",
            [str(path), sha, report.format, datetime.now(UTC).replace(tzinfo=None)],
        ).fetchone()
        assert row is not None
        file_id = int(row[0])
        if columns is not None:
            _insert_nmea(con, file_id, columns, report)
        else:
            has_positions = tabular.stage(con, path, report.format, report)
            tabular.load(con, file_id, report, has_positions)
        con.execute(
            "UPDATE ais_files SET positions = ?, statics = ?, bad = ?, report = ? WHERE id = ?",
            [
                report.counts["positions"],
                report.counts["statics"],
                report.bad,
                orjson.dumps(report.to_dict()).decode(),
                file_id,
            ],
        )
        con.commit()
    except BaseException:
        con.rollback()
        raise
    if progress and columns is None:
        progress(path.stat().st_size)
    return report
