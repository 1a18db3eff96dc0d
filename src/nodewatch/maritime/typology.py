"""Which evasion typologies an event shows, and the UN provisions those bear on.

The typology -> measure_key table is data (data/typologies.toml); the provisions are read at
run time from $NODEWATCH_DATA/unscr/provisions.csv. This module holds only the conditions.
"""

from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from nodewatch import settings
from nodewatch.maritime.events import Event, Provision, Vessel
from nodewatch.maritime.linking import is_dprk
from nodewatch.maritime.reference import watched_ports

PROVISIONS_FILE = "unscr/provisions.csv"


@dataclass(frozen=True)
class Typology:
    key: str
    label: str
    basis: str
    measure_keys: tuple[str, ...]


@cache
def typologies() -> dict[str, Typology]:
    raw = tomllib.loads(resources.files(__package__).joinpath("data/typologies.toml").read_text("utf-8"))
    return {
        key: Typology(key, entry["label"], entry["basis"], tuple(entry["measure_keys"]))
        for key, entry in raw.items()
    }


@cache
def provisions(data_dir: Path | None = None) -> dict[str, list[Provision]]:
    """measure_key -> its provisions, in the file's (resolution) order."""
    path = (data_dir or settings.data_dir()) / PROVISIONS_FILE
    out: dict[str, list[Provision]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            out.setdefault(row["measure_key"], []).append(
                Provision(
                    row["measure_key"],
                    row["measure"],
                    row["resolution"],
                    row["year"],
                    row["paragraph"].strip(),
                )
            )
    missing = {k for t in typologies().values() for k in t.measure_keys} - set(out)
    if missing:
        raise ValueError(f"{path}: no provision for measure_key {', '.join(sorted(missing))}")
    return out


def _dprk_linked(v: Vessel | None) -> bool:
    return v is not None and (
        v.flag_mid == "kp" or "kp" in v.listed_flags or any(is_dprk(d) for d in v.designations)
    )


def _dprk_designated(v: Vessel | None) -> bool:
    return v is not None and any(is_dprk(d) for d in v.designations)


def typologies_of(event: Event, data_dir: Path | None = None) -> list[str]:
    found: list[str] = []
    parties = [v for v in (event.vessel, event.other_vessel) if v is not None]
    if event.kind == "encounter" and any(_dprk_linked(v) for v in parties):
        found.append("sts_dprk")
        if any(v.is_tanker for v in parties):
            found.append("sts_refined_petroleum")
    elif event.kind == "port-call":
        if event.details.get("country") == "kp" and event.vessel is not None and event.vessel.is_tanker:
            found.append("tanker_dprk_port_call")
        if _dprk_designated(event.vessel):
            found.append("designated_port_call")
    elif event.kind == "gap":
        country = {p.key: p.country for p in watched_ports(data_dir)}
        ends = {
            country.get(event.details.get("from_port", "")),
            country.get(event.details.get("to_port", "")),
        }
        if ends == {"ru", "kp"}:
            found.append("dprk_russia_dark_voyage")
    elif event.kind == "identity" and event.subtype.endswith(("rename", "change")):
        if _dprk_designated(event.vessel):
            found.append("designated_identity_change")
        if event.subtype == "flag-change" and "kp" in (
            event.details.get("before"),
            event.details.get("after"),
        ):
            found.append("dprk_reflagging")
    return found


def assess(event: Event, data_dir: Path | None = None) -> None:
    """Set the event's typologies and the provisions they bear on (each cited once)."""
    event.typologies = typologies_of(event, data_dir)
    table = provisions(data_dir)
    seen: set[tuple[str, str]] = set()
    for key in event.typologies:
        for measure_key in typologies()[key].measure_keys:
            for prov in table[measure_key]:
                if (measure_key, prov.resolution) not in seen:
                    seen.add((measure_key, prov.resolution))
                    event.provisions.append(prov)
