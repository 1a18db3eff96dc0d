"""AIS vessels to sanctions targets: by IMO number, then MMSI, then name (through the matcher).

Works over any iterable of list ``Record``s (the CLI hands over the store's current records).
A linked vessel also carries the designations of its listed owners, operators and managers
(the records its own record links to), because a ship owned by a designated company is that
company's asset even when the ship itself is not listed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property

from nodewatch.maritime.events import Designation, Vessel
from nodewatch.match import MatchIndex
from nodewatch.model.record import Record
from nodewatch.model.registry import registry

_IMO = re.compile(r"(?<!\d)(\d{7})(?!\d)")
_MMSI = re.compile(r"(?<!\d)(\d{9})(?!\d)")
# Vessel names are short and numbered (SAM JONG 1 / SAM JONG 2), so a name alone links a
# ship only on a near-certain match; the matcher's own threshold (0.70) is for review.
VESSEL_NAME_THRESHOLD = 0.90
# Link kinds that name who owns or runs a ship, and the role they give the other record.
OWNER_LINKS = {"owner": "owner", "operator": "operator", "manager": "manager", "asset_of": "owner"}


def normalise_name(name: str) -> str:
    """Upper case, letters and digits only, single spaces: "M/V Chon-Ma San" -> "M V CHON MA SAN"."""
    return " ".join(re.sub(r"[^0-9A-Za-z\u0080-\uffff]+", " ", name).upper().split())


class VesselIndex:
    """The Vessel records of some lists, looked up by IMO, MMSI and name."""

    def __init__(self, records: Iterable[Record]) -> None:
        self.by_imo: dict[int, list[Record]] = defaultdict(list)
        self.by_mmsi: dict[int, list[Record]] = defaultdict(list)
        self.by_id: dict[str, Record] = {}
        self.vessels: list[Record] = []
        for record in records:
            self.by_id[record.id] = record
            if record.schema != "Vessel":
                continue
            self.vessels.append(record)
            for value in record.properties.get("imoNumber", []):
                for imo in _IMO.findall(value):
                    self.by_imo[int(imo)].append(record)
            for value in record.properties.get("mmsi", []):
                for mmsi in _MMSI.findall(value):
                    self.by_mmsi[int(mmsi)].append(record)

    @cached_property
    def names(self) -> MatchIndex:
        """The matcher's index over the vessel records, built on the first name lookup."""
        return MatchIndex.build(self.vessels)

    def name_candidates(self, name: str) -> tuple[list[Record], float]:
        """Vessel records whose names the matcher scores at least VESSEL_NAME_THRESHOLD
        (the best, and any within a hair of it), with that score."""
        if not self.vessels:
            return [], 0.0
        results = self.names.screen({"schema": "Vessel", "properties": {"name": [name]}}, limit=5)
        best = max((r.score for _id, r in results), default=0.0)
        if best < VESSEL_NAME_THRESHOLD:
            return [], best
        return [self.by_id[i] for i, r in results if r.score >= best - 0.01], best

    def lookup(self, vessel: Vessel) -> tuple[list[Record], str]:
        """The records for a vessel and how they were found; IMO first, then MMSI, then name."""
        if vessel.imo and vessel.imo in self.by_imo:
            return _unique(self.by_imo[vessel.imo]), "imo"
        if vessel.mmsi in self.by_mmsi:
            return _unique(self.by_mmsi[vessel.mmsi]), "mmsi"
        if vessel.name:
            found, value = self.name_candidates(vessel.name)
            if found:
                return _unique(found), f"name {value:.2f}"
        return [], ""

    def owners(self, record: Record) -> list[tuple[str, Record]]:
        """(role, record) for each listed record a vessel record names as owner, operator,
        manager, or that it is an 'asset of'."""
        out = []
        for link in record.links:
            if link.kind in OWNER_LINKS and link.target_ref in self.by_id:
                out.append((OWNER_LINKS[link.kind], self.by_id[link.target_ref]))
        return out


def _unique(records: list[Record]) -> list[Record]:
    seen: dict[str, Record] = {}
    for record in records:
        seen.setdefault(record.id, record)
    return list(seen.values())


def designations(record: Record, matched_by: str) -> list[Designation]:
    return [
        Designation(
            authority=record.authority,
            programme=s.programme,
            listing_date=s.listing_date.value if s.listing_date else None,
            record_id=record.id,
            record_name=record.primary_name,
            matched_by=matched_by,
        )
        for s in record.sanctions
    ]


def link_vessels(vessels: Iterable[Vessel], records: Iterable[Record]) -> None:
    """Fill each vessel's designations, its owners' designations, listed flags and types."""
    index = VesselIndex(records)
    for vessel in vessels:
        found, how = index.lookup(vessel)
        for record in found:
            vessel.designations.extend(designations(record, how))
            for role, owner in index.owners(record):
                vessel.owner_designations.extend(designations(owner, f"{role} of {record.id}"))
            for flag in record.properties.get("flag", []):
                if flag not in vessel.listed_flags:
                    vessel.listed_flags.append(flag)
            for kind in record.properties.get("type", []):
                if kind not in vessel.listed_types:
                    vessel.listed_types.append(kind)


def is_dprk(designation: Designation) -> bool:
    """Whether a designation is under a DPRK programme."""
    return registry().programme(designation.authority, designation.programme).regime == "dprk"
