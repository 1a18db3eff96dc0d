"""The one shape every detector reports in, and what linking adds to it."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from nodewatch.maritime.tracks import Tracks

KINDS = ("gap", "encounter", "loiter", "port-call", "identity", "spoof")


def utc(epoch_s: float) -> datetime:
    return datetime.fromtimestamp(float(epoch_s), tz=UTC)


@dataclass(frozen=True)
class Designation:
    """One designation of a linked vessel, and how the vessel was linked to it."""

    authority: str
    programme: str
    listing_date: str | None
    record_id: str
    record_name: str
    matched_by: str  # imo | mmsi | name <score> | "<link> of <record id>" for an owner

    def to_dict(self) -> dict[str, Any]:
        return dict(vars(self))


@dataclass(frozen=True)
class Provision:
    """A UN Security Council provision an event bears on, as provisions.csv states it."""

    measure_key: str
    measure: str
    resolution: str
    year: str
    paragraph: str

    @property
    def citation(self) -> str:
        """ "UNSCR 2397 (2017) ¶5", or "UNSCR 2375 (2017)" when no source gave the paragraph."""
        base = f"UNSCR {self.resolution} ({self.year})"
        return f"{base} ¶{self.paragraph}" if self.paragraph else base

    def to_dict(self) -> dict[str, Any]:
        return {**vars(self), "citation": self.citation}


@dataclass
class Vessel:
    """What AIS and the lists say about one MMSI."""

    mmsi: int
    imo: int | None = None
    name: str | None = None
    callsign: str | None = None
    ship_type: int | None = None
    ship_type_text: str | None = None
    flag_mid: str | None = None  # flag State from the MMSI's MID
    listed_flags: list[str] = field(default_factory=list)
    listed_types: list[str] = field(default_factory=list)  # vessel type as the lists state it
    designations: list[Designation] = field(default_factory=list)
    owner_designations: list[Designation] = field(default_factory=list)  # of its listed owners

    @property
    def is_tanker(self) -> bool:
        texts = [self.ship_type_text or "", *self.listed_types]
        return (self.ship_type is not None and 80 <= self.ship_type <= 89) or any(
            "tanker" in t.lower() for t in texts
        )

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in vars(self).items() if k not in ("designations", "owner_designations")}
        data["designations"] = [d.to_dict() for d in self.designations]
        data["owner_designations"] = [d.to_dict() for d in self.owner_designations]
        return data


@dataclass
class Event:
    kind: str
    subtype: str
    mmsi: int
    start: datetime
    end: datetime
    lat: float
    lon: float
    end_lat: float | None = None
    end_lon: float | None = None
    other_mmsi: int | None = None
    details: dict[str, Any] = field(default_factory=dict)
    # Raised events are the signals an analyst is shown by default; the others are recorded
    # (e.g. a 6-hour gap, or a gap at the vessel's own mooring) with details["explanation"].
    raised: bool = True
    vessel: Vessel | None = None
    other_vessel: Vessel | None = None
    typologies: list[str] = field(default_factory=list)
    provisions: list[Provision] = field(default_factory=list)

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600

    @property
    def designations(self) -> list[Designation]:
        """The designations of every vessel in the event."""
        return [d for v in (self.vessel, self.other_vessel) if v for d in v.designations]

    @property
    def owner_designations(self) -> list[Designation]:
        """The designations of the listed owners, operators and managers of the vessels."""
        return [d for v in (self.vessel, self.other_vessel) if v for d in v.owner_designations]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "subtype": self.subtype,
            "raised": self.raised,
            "mmsi": self.mmsi,
            "other_mmsi": self.other_mmsi,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "hours": round(self.hours, 3),
            "lat": self.lat,
            "lon": self.lon,
            "end_lat": self.end_lat,
            "end_lon": self.end_lon,
            "details": self.details,
            "vessel": self.vessel.to_dict() if self.vessel else None,
            "other_vessel": self.other_vessel.to_dict() if self.other_vessel else None,
            "typologies": self.typologies,
            "provisions": [p.to_dict() for p in self.provisions],
        }


@dataclass
class EventTable:
    """The events of one detector as columns, one row per event.

    Detectors return this, not objects: a detector over millions of positions may find tens of
    thousands of events, and building them one by one would cost more than finding them.
    ``events()`` makes the ``Event`` objects when they are shown. ``details`` holds one column
    per detail; an empty string or NaN in a row means "no such detail" for that event.
    """

    kind: str
    subtype: np.ndarray  # str
    mmsi: np.ndarray  # int64
    start: np.ndarray  # epoch seconds
    end: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    raised: np.ndarray  # bool
    details: dict[str, np.ndarray] = field(default_factory=dict)
    end_lat: np.ndarray | None = None
    end_lon: np.ndarray | None = None
    other_mmsi: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.mmsi)

    @classmethod
    def over_legs(
        cls,
        kind: str,
        subtype: np.ndarray,
        tr: Tracks,
        i: np.ndarray,
        raised: np.ndarray,
        details: dict[str, np.ndarray],
    ) -> EventTable:
        """Events that each span one leg of a track: from fix ``i`` to the vessel's next fix."""
        j = i + 1
        return cls(
            kind=kind,
            subtype=subtype,
            mmsi=tr.mmsi[i],
            start=tr.t[i],
            end=tr.t[j],
            lat=tr.lat[i],
            lon=tr.lon[i],
            end_lat=tr.lat[j],
            end_lon=tr.lon[j],
            raised=raised,
            details=details,
        )

    @classmethod
    def empty(cls, kind: str) -> EventTable:
        none = np.zeros(0)
        return cls(kind, none.astype(str), none.astype(np.int64), none, none, none, none, none.astype(bool))

    def select(self, mask: np.ndarray) -> EventTable:
        """The rows where ``mask`` is true (or at the given indices)."""
        cut: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, np.ndarray):
                value = value[mask]
            elif isinstance(value, dict):
                value = {k: v[mask] for k, v in value.items()}
            cut[f.name] = value
        return EventTable(**cut)

    def events(self) -> list[Event]:
        """One ``Event`` per row."""
        n = len(self)
        nothing = [None] * n
        names = list(self.details)
        details = [_present(self.details[k]) for k in names]
        rows = zip(
            self.subtype.tolist(),
            self.mmsi.tolist(),
            self.start.tolist(),
            self.end.tolist(),
            self.lat.tolist(),
            self.lon.tolist(),
            self.raised.tolist(),
            nothing if self.end_lat is None else self.end_lat.tolist(),
            nothing if self.end_lon is None else self.end_lon.tolist(),
            nothing if self.other_mmsi is None else self.other_mmsi.tolist(),
            zip(*details, strict=True) if details else [()] * n,
            strict=True,
        )
        kind = self.kind
        return [
            Event(
                kind,
                subtype,
                mmsi,
                datetime.fromtimestamp(start, tz=UTC),
                datetime.fromtimestamp(end, tz=UTC),
                lat,
                lon,
                end_lat,
                end_lon,
                other,
                {k: v for k, v in zip(names, values, strict=True) if v is not _MISSING},
                raised,
            )
            for subtype, mmsi, start, end, lat, lon, raised, end_lat, end_lon, other, values in rows
        ]


_MISSING = object()


def _present(column: np.ndarray) -> list[Any]:
    """A details column as Python values, with ``_MISSING`` where the row has none ("" or NaN)."""
    values = column.tolist()
    if column.dtype.kind in "US":
        missing = column == ""
    elif column.dtype.kind == "f":
        missing = np.isnan(column)
    else:
        return values
    for k in np.nonzero(missing)[0].tolist():
        values[k] = _MISSING
    return values
