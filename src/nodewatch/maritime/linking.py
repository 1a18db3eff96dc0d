"""AIS vessels to sanctions targets: by IMO number, then MMSI, then name.

Works over any iterable of list ``Record``s (the store will hand them over once its API is
there). The name step is one function, ``name_candidates``: exact equality of normalised names
for now, to be replaced by the matcher stage without touching anything else here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from nodewatch.maritime.events import Designation, Vessel
from nodewatch.model.record import Record
from nodewatch.model.registry import registry

_IMO = re.compile(r"(?<!\d)(\d{7})(?!\d)")
_MMSI = re.compile(r"(?<!\d)(\d{9})(?!\d)")


def normalise_name(name: str) -> str:
    """Upper case, letters and digits only, single spaces: "M/V Chon-Ma San" -> "M V CHON MA SAN"."""
    return " ".join(re.sub(r"[^0-9A-Za-z\u0080-\uffff]+", " ", name).upper().split())


class VesselIndex:
    """The Vessel records of some lists, looked up by IMO, MMSI and normalised name."""

    def __init__(self, records: Iterable[Record]) -> None:
        self.by_imo: dict[int, list[Record]] = defaultdict(list)
        self.by_mmsi: dict[int, list[Record]] = defaultdict(list)
        self.by_name: dict[str, list[Record]] = defaultdict(list)
        for record in records:
            if record.schema != "Vessel":
                continue
            for value in record.properties.get("imoNumber", []):
                for imo in _IMO.findall(value):
                    self.by_imo[int(imo)].append(record)
            for value in record.properties.get("mmsi", []):
                for mmsi in _MMSI.findall(value):
                    self.by_mmsi[int(mmsi)].append(record)
            names = [n.value for n in record.names] + record.properties.get("name", [])
            for key in {normalise_name(n) for n in names} - {""}:
                self.by_name[key].append(record)

    def name_candidates(self, name: str) -> list[Record]:
        """Records whose (any) name equals ``name`` after normalisation. The matcher's hook."""
        return list(self.by_name.get(normalise_name(name), []))

    def lookup(self, vessel: Vessel) -> tuple[list[Record], str]:
        """The records for a vessel and how they were found; IMO first, then MMSI, then name."""
        if vessel.imo and vessel.imo in self.by_imo:
            return _unique(self.by_imo[vessel.imo]), "imo"
        if vessel.mmsi in self.by_mmsi:
            return _unique(self.by_mmsi[vessel.mmsi]), "mmsi"
        if vessel.name:
            found = self.name_candidates(vessel.name)
            if found:
                return _unique(found), "name"
        return [], ""


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
    """Fill each vessel's designations, listed flags and listed types from the records it matches."""
    index = VesselIndex(records)
    for vessel in vessels:
        found, how = index.lookup(vessel)
        for record in found:
            vessel.designations.extend(designations(record, how))
            for flag in record.properties.get("flag", []):
                if flag not in vessel.listed_flags:
                    vessel.listed_flags.append(flag)
            for kind in record.properties.get("type", []):
                if kind not in vessel.listed_types:
                    vessel.listed_types.append(kind)


def is_dprk(designation: Designation) -> bool:
    """Whether a designation is under a DPRK programme (registry code, else the regime patterns)."""
    reg = registry()
    for prog in reg.programmes:
        if prog.code == designation.programme or (
            prog.authority == designation.authority and prog.label.lower() == designation.programme.lower()
        ):
            return prog.regime == "dprk"
    return reg.regime_of(designation.programme) == "dprk"
