"""Is a target part of DPRK–Russia cooperation? A documented, configurable rule.

The rule lives in ``data/nexus.toml`` (or a file the user names); this module only applies
it and says which checks fired, so every nexus flag can be explained and challenged.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from nodewatch.analysis.targets import Target


@dataclass(frozen=True)
class NexusRule:
    both_regimes: bool
    dprk_countries: frozenset[str]
    dprk_address: re.Pattern[str]
    russia_countries: frozenset[str]
    russia_text: re.Pattern[str]
    links: bool
    country_props: tuple[str, ...]
    text_props: tuple[str, ...]

    @classmethod
    def load(cls, path: Path | None = None) -> NexusRule:
        text = (
            path.read_text("utf-8")
            if path
            else resources.files(__package__).joinpath("data/nexus.toml").read_text("utf-8")
        )
        raw = tomllib.loads(text)
        return cls(
            both_regimes=bool(raw.get("both_regimes", True)),
            dprk_countries=frozenset(raw["dprk_side"]["countries"]),
            dprk_address=re.compile(raw["dprk_side"]["address_pattern"]),
            russia_countries=frozenset(raw["russia_side"]["countries"]),
            russia_text=re.compile(raw["russia_side"]["text_pattern"]),
            links=bool(raw["links"]["enabled"]),
            country_props=tuple(raw["properties"]["countries"]),
            text_props=tuple(raw["properties"]["text"]),
        )


def _values(target: Target, props: tuple[str, ...]) -> set[str]:
    return {v for r in target.records for p in props for v in r.properties.get(p, [])}


def _texts(target: Target, rule: NexusRule) -> list[str]:
    texts = [s.reason for r in target.records for s in r.sanctions if s.reason]
    texts += [n for r in target.records for n in r.notes]
    texts += list(_values(target, rule.text_props))
    return texts


Neighbour = tuple[str, Target]  # (link kind as the list states it, the target at the other end)


def reasons(target: Target, rule: NexusRule, neighbours: Sequence[Neighbour] = ()) -> list[str]:
    """Why ``target`` is a nexus target (empty: it is not)."""
    regimes = target.regimes
    found: list[str] = []
    if rule.both_regimes and {"dprk", "russia"} <= regimes:
        found.append("designated under both DPRK and Russia programmes")
    countries = _values(target, rule.country_props)
    if "dprk" in regimes:
        if hit := sorted(countries & rule.dprk_countries):
            found.append(f"DPRK-programme target with country {', '.join(hit)}")
        addresses = _values(target, ("address",))
        if any(rule.dprk_address.search(a) for a in addresses):
            found.append("DPRK-programme target with an address in Russia")
    if "russia" in regimes:
        if hit := sorted(countries & rule.russia_countries):
            found.append(f"Russia-programme target with country {', '.join(hit)}")
        if any(rule.russia_text.search(t) for t in _texts(target, rule)):
            found.append("Russia-programme target whose designation text mentions the DPRK")
    if rule.links:
        found += _link_reasons(regimes, neighbours)
    return found


def _link_reasons(regimes: set[str], neighbours: Sequence[Neighbour]) -> list[str]:
    found = set()
    for kind, other in neighbours:
        label = kind.replace("_", " ")
        if "dprk" in regimes and "russia" in other.regimes:
            found.add(f"DPRK-programme target linked ({label}) to Russia-programme {other.name} [{other.id}]")
        elif "russia" in regimes and "dprk" in other.regimes:
            found.add(f"Russia-programme target linked ({label}) to DPRK-programme {other.name} [{other.id}]")
    return sorted(found)
