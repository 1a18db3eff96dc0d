"""Identity signals from static reports: changes under one IMO, one MMSI used by two ships at
once, and (after linking) flags that contradict the MMSI's country code.

Static reports are few (one row per distinct identity and file in ``ais_static``), so this
works on that small table, not on positions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from nodewatch.maritime.config import IdentityConfig
from nodewatch.maritime.events import Event, Vessel
from nodewatch.maritime.reference import mmsi_flag


@dataclass(frozen=True)
class Sighting:
    """One identity (MMSI, IMO, name, call sign) and when AIS showed it."""

    mmsi: int
    imo: int | None
    name: str | None
    callsign: str | None
    first: datetime
    last: datetime
    reports: int


def imo_valid(imo: int | None) -> bool:
    """IMO ship numbers: 7 digits whose last is the weighted check digit."""
    if imo is None or not 1_000_000 <= imo <= 9_999_999:
        return False
    digits = [int(c) for c in str(imo)]
    return sum(d * w for d, w in zip(digits[:6], range(7, 1, -1), strict=True)) % 10 == digits[6]


def load_sightings(con: duckdb.DuckDBPyConnection) -> list[Sighting]:
    rows = con.execute(
        """
        SELECT mmsi, imo, name, callsign, min(first_ts), max(last_ts), sum(reports)
        FROM ais_static
        WHERE first_ts IS NOT NULL AND (imo IS NOT NULL OR name IS NOT NULL OR callsign IS NOT NULL)
        GROUP BY mmsi, imo, name, callsign
        ORDER BY 5
        """
    ).fetchall()
    return [Sighting(int(r[0]), r[1], r[2], r[3], r[4], r[5], int(r[6])) for r in rows]


def _utc(value: datetime) -> datetime:
    from datetime import UTC

    return value.replace(tzinfo=UTC)


def detect_identity(
    sightings: list[Sighting], cfg: IdentityConfig, data_dir: Path | None = None
) -> list[Event]:
    events = _changes_under_imo(sightings, data_dir)
    events += _shared_mmsi(sightings, cfg)
    return events


def _changes_under_imo(sightings: list[Sighting], data_dir: Path | None) -> list[Event]:
    by_imo: dict[int, list[Sighting]] = defaultdict(list)
    for s in sightings:
        if imo_valid(s.imo):
            assert s.imo is not None
            by_imo[s.imo].append(s)
    events = []
    for imo, rows in by_imo.items():
        rows.sort(key=lambda s: s.first)
        for attr, subtype in (("name", "rename"), ("callsign", "callsign-change"), ("mmsi", "mmsi-change")):
            previous = None
            for s in rows:
                value = getattr(s, attr)
                if value is None:
                    continue
                if previous is not None and value != getattr(previous, attr):
                    events.append(_change_event(subtype, imo, previous, s, getattr(previous, attr), value))
                previous = s
        previous_flag: tuple[Sighting, str] | None = None
        for s in rows:
            flag = mmsi_flag(s.mmsi, data_dir)
            if flag is None:
                continue
            if previous_flag is not None and flag != previous_flag[1]:
                events.append(_change_event("flag-change", imo, previous_flag[0], s, previous_flag[1], flag))
            previous_flag = (s, flag)
    return events


def _change_event(
    subtype: str, imo: int, old: Sighting, new: Sighting, before: object, after: object
) -> Event:
    return Event(
        kind="identity",
        subtype=subtype,
        mmsi=new.mmsi,
        start=_utc(old.last),
        end=_utc(new.first),
        lat=float("nan"),
        lon=float("nan"),
        other_mmsi=old.mmsi if old.mmsi != new.mmsi else None,
        details={
            "imo": imo,
            "before": before,
            "after": after,
            "last_seen_before": _utc(old.last).isoformat(),
        },
    )


def _shared_mmsi(sightings: list[Sighting], cfg: IdentityConfig) -> list[Event]:
    """Two different ships (IMO, else name) reporting on one MMSI in overlapping periods."""
    by_mmsi: dict[int, dict[object, list[Sighting]]] = defaultdict(lambda: defaultdict(list))
    for s in sightings:
        ident = s.imo if imo_valid(s.imo) else s.name
        if ident is not None:
            by_mmsi[s.mmsi][ident].append(s)
    events = []
    min_overlap = cfg.min_overlap_minutes * 60
    for mmsi, idents in by_mmsi.items():
        spans = sorted(
            (min(s.first for s in rows), max(s.last for s in rows), ident) for ident, rows in idents.items()
        )
        for k in range(1, len(spans)):
            for m in range(k):
                a0, a1, ida = spans[m]
                b0, b1, idb = spans[k]
                overlap = (min(a1, b1) - max(a0, b0)).total_seconds()
                if overlap > min_overlap and not _same_ship(ida, idb):
                    events.append(
                        Event(
                            kind="identity",
                            subtype="shared-mmsi",
                            mmsi=mmsi,
                            start=_utc(max(a0, b0)),
                            end=_utc(min(a1, b1)),
                            lat=float("nan"),
                            lon=float("nan"),
                            details={
                                "identities": [str(ida), str(idb)],
                                "overlap_hours": round(overlap / 3600, 2),
                            },
                        )
                    )
    return events


def _same_ship(a: object, b: object) -> bool:
    """An IMO and a name are not comparable; only two of a kind can prove two ships."""
    return type(a) is not type(b)


def flag_mismatches(vessels: dict[int, Vessel], first_seen: dict[int, datetime]) -> list[Event]:
    """Linked vessels whose listed flag differs from their MMSI's country (false flag, or reflagged)."""
    events = []
    for mmsi, vessel in vessels.items():
        if vessel.flag_mid and vessel.listed_flags and vessel.flag_mid not in vessel.listed_flags:
            when = _utc(first_seen[mmsi]) if mmsi in first_seen else None
            if when is None:
                continue
            events.append(
                Event(
                    kind="identity",
                    subtype="flag-mismatch",
                    mmsi=mmsi,
                    start=when,
                    end=when,
                    lat=float("nan"),
                    lon=float("nan"),
                    details={"mid_flag": vessel.flag_mid, "listed_flags": vessel.listed_flags},
                )
            )
    return events
