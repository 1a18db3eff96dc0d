"""Run every detector over the AIS in the store, link the vessels, cite the provisions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

from nodewatch.maritime.berths import learn_berths
from nodewatch.maritime.config import MaritimeConfig
from nodewatch.maritime.encounters import detect_encounters
from nodewatch.maritime.events import Event, EventTable, Vessel
from nodewatch.maritime.gaps import detect_gaps
from nodewatch.maritime.identity import detect_identity, flag_mismatches, imo_valid, load_sightings
from nodewatch.maritime.ingest import ensure_schema, has_ais_tables
from nodewatch.maritime.linking import link_vessels
from nodewatch.maritime.loitering import detect_loitering
from nodewatch.maritime.portcalls import detect_port_calls
from nodewatch.maritime.reference import mmsi_flag
from nodewatch.maritime.spoof import detect_spoofing
from nodewatch.maritime.tracks import build_tracks, load_positions
from nodewatch.maritime.typology import assess
from nodewatch.model.record import Record


@dataclass
class Analysis:
    events: list[Event]
    vessels: dict[int, Vessel]
    stats: dict[str, int] = field(default_factory=dict)


def vessel_profiles(
    con: duckdb.DuckDBPyConnection, data_dir: Path | None = None
) -> tuple[dict[int, Vessel], dict[int, datetime]]:
    """Per MMSI: its latest IMO, name, call sign and ship type from static reports; when first seen."""
    vessels: dict[int, Vessel] = {}
    first_seen: dict[int, datetime] = {}
    rows = con.execute(
        """
        SELECT mmsi, imo, name, callsign, ship_type, ship_type_text, first_ts, last_ts
        FROM ais_static ORDER BY mmsi, last_ts NULLS FIRST
        """
    ).fetchall()
    for mmsi, imo, name, callsign, ship_type, ship_type_text, first_ts, _last in rows:
        v = vessels.setdefault(mmsi, Vessel(mmsi, flag_mid=mmsi_flag(mmsi, data_dir)))
        if imo_valid(imo):
            v.imo = imo
        v.name = name or v.name
        v.callsign = callsign or v.callsign
        v.ship_type = ship_type or v.ship_type
        v.ship_type_text = ship_type_text or v.ship_type_text
        if first_ts is not None and (mmsi not in first_seen or first_ts < first_seen[mmsi]):
            first_seen[mmsi] = first_ts
    return vessels, first_seen


def analyse(
    con: duckdb.DuckDBPyConnection,
    cfg: MaritimeConfig | None = None,
    records: Iterable[Record] = (),
    data_dir: Path | None = None,
) -> Analysis:
    cfg = cfg or MaritimeConfig.load()
    if not has_ais_tables(con):
        ensure_schema(con)  # a store without AIS yet: empty tables, no events
    tracks = build_tracks(load_positions(con), cfg.tracks)
    berths = learn_berths(tracks, cfg.berths, data_dir)
    tables: list[EventTable] = [
        detect_gaps(tracks, cfg.gaps, berths, data_dir),
        detect_encounters(tracks, cfg.encounters, data_dir),
        detect_loitering(tracks, cfg.loitering, berths, data_dir),
        detect_port_calls(tracks, cfg.port_calls, data_dir),
        *detect_spoofing(tracks),
    ]
    events = [event for table in tables for event in table.events()]
    events += detect_identity(load_sightings(con), cfg.identity, data_dir)
    vessels, first_seen = vessel_profiles(con, data_dir)
    for event in events:
        for mmsi in (event.mmsi, event.other_mmsi):
            if mmsi is not None and mmsi not in vessels:
                vessels[mmsi] = Vessel(mmsi, flag_mid=mmsi_flag(mmsi, data_dir))
    link_vessels(vessels.values(), records)
    events += flag_mismatches(vessels, first_seen)
    for event in events:
        event.vessel = vessels[event.mmsi]
        event.other_vessel = vessels[event.other_mmsi] if event.other_mmsi is not None else None
        assess(event, data_dir)
    events.sort(key=lambda e: (e.start, e.kind, e.mmsi))
    stats = {
        "positions": len(tracks),
        "duplicates": tracks.duplicates,
        "outliers": len(tracks.outliers["t"]),
        "berths": len(berths),
    }
    return Analysis(events, vessels, stats)
