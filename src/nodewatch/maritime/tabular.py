"""Decoded AIS tables (CSV, gzip CSV, Parquet) into the store, columns mapped by name.

DMA, NOAA MarineCadastre and most exports name the same things differently ("BaseDateTime",
"# Timestamp", "timestamp_utc"; "LAT", "Latitude"). We map by a folded column name, read
with DuckDB straight into the AIS tables (no Python loop per row), and count every row we
cannot use, with its reason, instead of dropping it silently.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from nodewatch.maritime.report import IngestReport
from nodewatch.sources.base import SourceError

# folded column name -> our column; the first match in file order wins.
ALIASES: dict[str, tuple[str, ...]] = {
    "mmsi": ("mmsi", "userid", "sourcemmsi"),
    "ts": ("timestamputc", "timestamp", "basedatetime", "datetime", "datetimeutc", "time", "ts"),
    "lat": ("lat", "latitude"),
    "lon": ("lon", "long", "longitude", "lng"),
    "sog": ("sog", "sogkn", "speed", "speedkn", "speedoverground"),
    "cog": ("cog", "cogdeg", "course", "courseoverground"),
    "heading": ("heading", "headingdeg", "trueheading"),
    "nav_status": ("navstatus", "navigationalstatus", "status"),
    "msg_type": ("msgtype", "messagetype", "messageid"),
    "imo": ("imo", "imonumber", "imono"),
    "name": ("vesselname", "shipname", "name"),
    "callsign": ("callsign",),
    "ship_type": ("shiptype", "vesseltype"),
    "length_m": ("length", "lengthm"),
    "width_m": ("width", "widthm", "beam"),
    "draught_m": ("draught", "draughtm", "draft"),
    "destination": ("destination",),
}
REQUIRED = ("mmsi", "ts", "lat", "lon")
STATIC_COLUMNS = ("imo", "name", "callsign", "ship_type", "length_m", "width_m", "draught_m", "destination")
TIME_FORMATS = ["%d/%m/%Y %H:%M:%S", "%d-%m-%Y %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%m/%d/%Y %H:%M:%S"]


def fold(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def map_columns(columns: list[str]) -> dict[str, str]:
    """Our column -> the file's column, by folded name."""
    folded: dict[str, str] = {}
    for col in columns:
        folded.setdefault(fold(col), col)
    mapping: dict[str, str] = {}
    for ours, aliases in ALIASES.items():
        for alias in aliases:
            if alias in folded:
                mapping[ours] = folded[alias]
                break
    return mapping


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _num(mapping: dict[str, str], key: str, kind: str = "DOUBLE") -> str:
    return f"TRY_CAST(TRIM(CAST({_q(mapping[key])} AS VARCHAR)) AS {kind})" if key in mapping else "NULL"


def _text(mapping: dict[str, str], key: str) -> str:
    if key not in mapping:
        return "NULL"
    return f"NULLIF(TRIM(CAST({_q(mapping[key])} AS VARCHAR)), '')"


def _source_sql(path: Path, fmt: str) -> str:
    literal = "'" + str(path).replace("'", "''") + "'"
    if fmt == "parquet":
        return f"read_parquet({literal})"
    return (
        f"read_csv({literal}, all_varchar = true, header = true, ignore_errors = true, "
        "store_rejects = true, rejects_table = 'ais_csv_rejects', rejects_scan = 'ais_csv_scans')"
    )


def stage(con: duckdb.DuckDBPyConnection, path: Path, fmt: str, report: IngestReport) -> bool:
    """Create the temp table/view ``ais_stage`` of the file with our columns; True if it has positions.

    A table without lat/lon but with static columns (a static-report export) is a valid input.
    """
    source = _source_sql(path, fmt)
    try:
        columns = [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()]
    except duckdb.Error as exc:
        raise SourceError(path, "header", f"cannot read as {fmt}: {exc}") from None
    mapping = map_columns(columns)
    has_positions = "lat" in mapping and "lon" in mapping
    required = REQUIRED if has_positions or not any(c in mapping for c in STATIC_COLUMNS) else ("mmsi",)
    missing = [c for c in required if c not in mapping]
    if missing:
        raise SourceError(
            path, "header", f"no column for {', '.join(missing)} (columns: {', '.join(columns[:30])})"
        )
    report.counts["columns_mapped"] = len(mapping)
    ts_text = _text(mapping, "ts")
    formats = "[" + ", ".join(f"'{f}'" for f in TIME_FORMATS) + "]"
    ts_num = f"TRY_CAST({ts_text} AS DOUBLE)"
    # ISO text, one of the day-first/month-first forms, or an epoch in milliseconds / seconds
    ts_sql = f"""COALESCE(TRY_CAST({ts_text} AS TIMESTAMP), try_strptime({ts_text}, {formats}),
                        CASE WHEN {ts_num} > 1e11 THEN make_timestamp(CAST({ts_num} * 1000 AS BIGINT))
                             WHEN {ts_num} > 0 THEN make_timestamp(CAST({ts_num} * 1e6 AS BIGINT)) END)"""
    imo_sql = f"NULLIF(TRY_CAST(regexp_extract({_text(mapping, 'imo')}, '(\\d{{7}})', 1) AS INTEGER), 0)"
    ship_type_raw = _text(mapping, "ship_type")
    ship_type_num = f"TRY_CAST({ship_type_raw} AS SMALLINT)"
    con.execute("DROP TABLE IF EXISTS ais_csv_rejects; DROP TABLE IF EXISTS ais_csv_scans")
    # Materialised once: the file is scanned a single time (and its rejects recorded once).
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE ais_raw AS
        SELECT row_number() OVER () AS row_no,
               {_num(mapping, "mmsi", "BIGINT")} AS mmsi,
               {ts_sql} AS ts,
               {ts_text} AS ts_text,
               {_num(mapping, "lat")} AS lat,
               {_num(mapping, "lon")} AS lon,
               {_num(mapping, "sog")} AS sog,
               {_num(mapping, "cog")} AS cog,
               {_num(mapping, "heading")} AS heading,
               {_num(mapping, "nav_status", "INTEGER")} AS nav_status,
               {_num(mapping, "msg_type", "INTEGER")} AS msg_type,
               {imo_sql} AS imo,
               {_text(mapping, "name")} AS name,
               {_text(mapping, "callsign")} AS callsign,
               {ship_type_num} AS ship_type,
               CASE WHEN {ship_type_num} IS NULL THEN {ship_type_raw} END AS ship_type_text,
               {_num(mapping, "length_m")} AS length_m,
               {_num(mapping, "width_m")} AS width_m,
               {_num(mapping, "draught_m")} AS draught_m,
               {_text(mapping, "destination")} AS destination
        FROM {source}
    """)
    position_checks = (
        """WHEN ts IS NULL THEN 'missing or unparsable timestamp'
           WHEN lat IS NULL OR lon IS NULL THEN 'missing or unparsable position'
           WHEN abs(lat) > 90 OR abs(lon) > 180 OR (lat = 0 AND lon = 0)
           THEN 'position not available (91/181, 0/0 or off the globe)'"""
        if has_positions
        else ""
    )
    con.execute(f"""
        CREATE OR REPLACE TEMP VIEW ais_stage AS
        SELECT *,
               CASE WHEN mmsi IS NULL OR mmsi <= 0 OR mmsi > 999999999 THEN 'missing or invalid MMSI'
                    {position_checks}
               END AS problem
        FROM ais_raw
    """)
    return has_positions


def load(con: duckdb.DuckDBPyConnection, file_id: int, report: IngestReport, has_positions: bool) -> None:
    """Insert the staged rows (positions and distinct static identities) and count the refused."""
    rows = con.execute("SELECT count(*) FROM ais_stage").fetchone()
    report.counts["rows"] = int(rows[0]) if rows else 0
    for problem, count, example_row, example in con.execute("""
        SELECT problem, count(*), min(row_no), arg_min(concat_ws(',', mmsi, ts_text, lat, lon), row_no)
        FROM ais_stage WHERE problem IS NOT NULL GROUP BY problem ORDER BY problem
    """).fetchall():
        report.reject(f"row {example_row}", problem, example or "", int(count))
    _count_csv_rejects(con, report)
    report.counts["positions"] = 0
    if has_positions:
        _insert_positions(con, file_id, report)
    any_static = " OR ".join(f"{c} IS NOT NULL" for c in STATIC_COLUMNS)
    con.execute(
        f"""
        INSERT INTO ais_static
        SELECT ?, CAST(mmsi AS INTEGER), imo, name, callsign, ship_type, ship_type_text,
               length_m, width_m, draught_m, destination, min(ts), max(ts), count(*)
        FROM ais_stage WHERE problem IS NULL AND ({any_static})
        GROUP BY ALL
        """,
        [file_id],
    )
    statics = con.execute("SELECT count(*) FROM ais_static WHERE file_id = ?", [file_id]).fetchone()
    report.counts["statics"] = int(statics[0]) if statics else 0


def _insert_positions(con: duckdb.DuckDBPyConnection, file_id: int, report: IngestReport) -> None:
    con.execute(
        """
        INSERT INTO ais_positions
        SELECT ?, ts, CAST(mmsi AS INTEGER), CAST(msg_type AS UTINYINT), lat, lon,
               CASE WHEN sog >= 0 AND sog < 102.2 THEN sog END,
               CASE WHEN cog >= 0 AND cog < 360 THEN cog END,
               CASE WHEN heading >= 0 AND heading < 360 THEN heading END,
               CASE WHEN nav_status BETWEEN 0 AND 15 THEN nav_status END
        FROM ais_stage WHERE problem IS NULL
        """,
        [file_id],
    )
    inserted = con.execute("SELECT count(*) FROM ais_positions WHERE file_id = ?", [file_id]).fetchone()
    report.counts["positions"] = int(inserted[0]) if inserted else 0


def _count_csv_rejects(con: duckdb.DuckDBPyConnection, report: IngestReport) -> None:
    """Lines DuckDB's CSV reader could not parse (broken quoting, wrong field count)."""
    try:
        rejects = con.execute(
            "SELECT line, error_type, csv_line FROM ais_csv_rejects ORDER BY line"
        ).fetchall()
    except duckdb.Error:
        return  # Parquet, or no reject table
    for line, error_type, csv_line in rejects:
        report.reject(f"line {line}", f"malformed CSV row ({str(error_type).lower()})", str(csv_line or ""))
    con.execute("DROP TABLE IF EXISTS ais_csv_rejects; DROP TABLE IF EXISTS ais_csv_scans")
