"""Reference layers read at run time from the shared data folder: ports and MID codes.

Port coordinates come from the NGA World Port Index and UN/LOCODE files in
``$NODEWATCH_DATA/maritime/reference``; ``data/ports.toml`` only names which ports we watch and
which reference entry locates each (plus sourced coordinates for the few that no reference
has). Every WPI port also serves as an anchorage for the "away from port" tests of the
encounter and loitering detectors.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
from rigour.territories import lookup_territory

from nodewatch import settings
from nodewatch.maritime.geo import NearestIndex

WPI_FILE = "maritime/reference/nga_world_port_index_pub150.csv"
UNLOCODE_GLOB = "maritime/reference/unlocode_2023-1/*UNLOCODE_CodeList*.csv"
MID_FILE = "maritime/reference/itu_maritime_identification_digits.csv"


class ReferenceError(ValueError):
    pass


@dataclass(frozen=True)
class Port:
    key: str
    name: str
    country: str  # ISO 3166 alpha-2, lower case
    lat: float
    lon: float
    radius_km: float | None  # None: the [port_calls] default
    source: str  # where the coordinate came from


@dataclass(frozen=True)
class Anchorages:
    """Reference points of every known port, as arrays for vectorised distance tests."""

    lat: np.ndarray
    lon: np.ndarray


def _data_path(data_dir: Path | None, rel: str) -> Path:
    path = (data_dir or settings.data_dir()) / rel
    if not path.exists():
        raise ReferenceError(f"reference file {path} not found; set NODEWATCH_DATA")
    return path


@cache
def _wpi(data_dir: Path | None) -> dict[int, tuple[str, float, float]]:
    """WPI number -> (main port name, lat, lon)."""
    path = _data_path(data_dir, WPI_FILE)
    out: dict[int, tuple[str, float, float]] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            try:
                number = int(float(row["World Port Index Number"]))
                out[number] = (row["Main Port Name"], float(row["Latitude"]), float(row["Longitude"]))
            except (KeyError, ValueError):
                continue
    if not out:
        raise ReferenceError(f"{path}: no ports read (unexpected columns?)")
    return out


_LOCODE_COORD = re.compile(r"^(\d{2})(\d{2})([NS])\s+(\d{3})(\d{2})([EW])$")


def parse_locode_coordinates(text: str) -> tuple[float, float] | None:
    """UN/LOCODE writes "4243N 13301E" (degrees and minutes)."""
    m = _LOCODE_COORD.match(text.strip())
    if not m:
        return None
    lat = int(m[1]) + int(m[2]) / 60
    lon = int(m[4]) + int(m[5]) / 60
    return (-lat if m[3] == "S" else lat, -lon if m[6] == "W" else lon)


def _unlocode(data_dir: Path | None, code: str) -> tuple[float, float] | None:
    country, location = code[:2].upper(), code[2:].upper()
    base = data_dir or settings.data_dir()
    for path in sorted(base.glob(UNLOCODE_GLOB)):
        with path.open(encoding="iso-8859-1", newline="") as handle:
            for row in csv.reader(handle):
                if len(row) > 10 and row[1] == country and row[2] == location:
                    return parse_locode_coordinates(row[10])
    return None


@cache
def watched_ports(data_dir: Path | None = None) -> tuple[Port, ...]:
    """The DPRK and Russian Far East ports of data/ports.toml, located from the references."""
    raw = tomllib.loads(resources.files(__package__).joinpath("data/ports.toml").read_text("utf-8"))
    wpi = _wpi(data_dir)
    ports = []
    for entry in raw["port"]:
        if "wpi" in entry:
            if entry["wpi"] not in wpi:
                raise ReferenceError(f"port {entry['key']}: WPI {entry['wpi']} not in {WPI_FILE}")
            _, lat, lon = wpi[entry["wpi"]]
            source = f"WPI {entry['wpi']}"
        elif "unlocode" in entry:
            coords = _unlocode(data_dir, entry["unlocode"])
            if coords is None:
                raise ReferenceError(f"port {entry['key']}: UN/LOCODE {entry['unlocode']} has no coordinates")
            lat, lon = coords
            source = f"UN/LOCODE {entry['unlocode']}"
        else:
            lat, lon, source = entry["lat"], entry["lon"], entry["source"]
        ports.append(
            Port(entry["key"], entry["name"], entry["country"], lat, lon, entry.get("radius_km"), source)
        )
    return tuple(ports)


@cache
def anchorages(data_dir: Path | None = None) -> Anchorages:
    """Every WPI port plus the watched ports: where slow vessels are expected, not suspicious."""
    points = [(lat, lon) for _, lat, lon in _wpi(data_dir).values()]
    points += [(p.lat, p.lon) for p in watched_ports(data_dir)]
    arr = np.asarray(points, dtype=np.float64)
    return Anchorages(arr[:, 0].copy(), arr[:, 1].copy())


@cache
def anchorage_index(radius_m: float, data_dir: Path | None = None) -> NearestIndex:
    """The anchorages ready for "nearest within ``radius_m``" queries (built once per radius)."""
    anc = anchorages(data_dir)
    return NearestIndex(anc.lat, anc.lon, radius_m)


@cache
def watched_port_index(radius_m: float, data_dir: Path | None = None) -> NearestIndex:
    """The watched ports (in ``watched_ports`` order) ready for "nearest within ``radius_m``" queries."""
    ports = watched_ports(data_dir)
    return NearestIndex(np.array([p.lat for p in ports]), np.array([p.lon for p in ports]), radius_m)


def _country_code(label: str) -> str | None:
    """ISO code of an ITU "Allocated to" label such as "China (People's Republic of) - Hong Kong (...)"."""
    parts = [p.strip() for p in label.split(" - ")]
    for candidate in [label, *reversed(parts)]:
        for text in (candidate, re.sub(r"\s*\(.*?\)", "", candidate).strip()):
            territory = lookup_territory(text)
            if territory is not None:
                return territory.code
    return None


@cache
def mid_countries(data_dir: Path | None = None) -> dict[int, tuple[str | None, str]]:
    """MID -> (ISO country code or None, the ITU label)."""
    path = _data_path(data_dir, MID_FILE)
    out: dict[int, tuple[str | None, str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            out[int(row["MID"])] = (_country_code(row["Allocated_to"]), row["Allocated_to"])
    return out


def mmsi_mid(mmsi: int) -> int | None:
    """The MID of a ship station MMSI (9 digits, first digit 2-7); None for other stations."""
    if 200_000_000 <= mmsi <= 799_999_999:
        return mmsi // 1_000_000
    return None


def mmsi_flag(mmsi: int, data_dir: Path | None = None) -> str | None:
    """The flag State an MMSI's MID stands for (ISO code), None if no ship MID or unallocated."""
    mid = mmsi_mid(mmsi)
    if mid is None:
        return None
    entry = mid_countries(data_dir).get(mid)
    return entry[0] if entry else None
