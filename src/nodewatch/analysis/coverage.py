"""The coverage picture: for every resolved target, who designated it, when, and whether it
is part of DPRK–Russia cooperation.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

import duckdb

from nodewatch.analysis.nexus import Neighbour, NexusRule, reasons
from nodewatch.analysis.targets import AUTHORITY_ORDER, Target, load_targets
from nodewatch.model.registry import registry
from nodewatch.store.history import list_releases, state

REGIME_FILTERS = ("dprk", "russia", "nexus")


@dataclass
class Coverage:
    targets: list[Target]
    nexus: dict[str, list[str]]  # target id -> reasons (empty: not a nexus target)
    neighbours: dict[str, list[Neighbour]]
    data_dates: dict[str, date]  # authority -> newest release it has in the store
    data_since: dict[str, date]  # authority -> oldest release it has in the store

    @property
    def authorities(self) -> list[str]:
        return sorted(
            self.data_dates, key=lambda a: (AUTHORITY_ORDER.index(a) if a in AUTHORITY_ORDER else 99, a)
        )

    def select(self, regime: str | None = None) -> list[Target]:
        if regime is None:
            return list(self.targets)
        if regime not in REGIME_FILTERS:
            raise ValueError(f"regime must be one of {', '.join(REGIME_FILTERS)}, got {regime!r}")
        if regime == "nexus":
            return [t for t in self.targets if self.nexus[t.id]]
        return [t for t in self.targets if regime in t.regimes]

    def holds(self, authority: str, regime: str | None) -> bool:
        """Whether the store holds any target of the regime listed by this authority.

        Where it holds none (Canada's autonomous SEMA list carries no DPRK record; the EU
        copy staged is a 2016 extract), a target's absence from that authority's lists says
        nothing about whether the authority designated it: gaps are not counted there.
        """
        if authority not in self.data_dates:
            return False
        if regime is None:
            return True
        wanted = {"dprk", "russia"} if regime == "nexus" else {regime}
        return not wanted.isdisjoint(self.held_regimes.get(authority, ()))

    def holds_any(self, authority: str, regimes: set[str]) -> bool:
        return not regimes.isdisjoint(self.held_regimes.get(authority, ()))

    @cached_property
    def held_regimes(self) -> dict[str, set[str]]:
        """Authority -> the regimes of the targets its lists in the store hold."""
        reg = registry()
        held: dict[str, set[str]] = defaultdict(set)
        for target in self.targets:
            for authority, listing in target.listings.items():
                held[authority].update(reg.programme(authority, p).regime for p in listing.programmes)
        return dict(held)

    def by_id(self, target_id: str) -> Target:
        for target in self.targets:
            if target.id == target_id or target_id in target.record_ids:
                return target
        raise LookupError(f"no target or record {target_id!r} (ids look like nw-…, un-KPi.033, ofac-12345)")

    def row(self, target: Target) -> dict[str, Any]:
        first = target.first_listed()
        exact_first = target.first_listed(exact_only=True)
        return {
            "id": target.id,
            "name": target.name,
            "schema": target.schema,
            "records": target.record_ids,
            "authorities": {
                a: target.listings[a].first.isoformat() for a in self.authorities if a in target.listings
            },
            "listing_sources": {
                a: target.listings[a].source for a in self.authorities if a in target.listings
            },
            "exact": {a: target.listings[a].exact for a in self.authorities if a in target.listings},
            "programmes": sorted(target.programmes),
            "regimes": sorted(target.regimes),
            "nexus": bool(self.nexus[target.id]),
            "nexus_reasons": self.nexus[target.id],
            "first_listed": first.isoformat() if first else None,
            "lag_days": {
                a: (target.listings[a].first - exact_first).days
                for a in self.authorities
                if a in target.listings and target.listings[a].exact and exact_first is not None
            },
        }


def neighbours_of(targets: list[Target]) -> dict[str, list[Neighbour]]:
    """Targets joined by a link any of their records states, in both directions."""
    owner = {record.id: target for target in targets for record in target.records}
    result: dict[str, list[Neighbour]] = defaultdict(list)
    for target in targets:
        for record in target.records:
            for link in record.links:
                other = owner.get(link.target_ref or "")
                if other is not None and other is not target:
                    result[target.id].append((link.kind, other))
                    result[other.id].append((link.kind, target))
    return result


def build(con: duckdb.DuckDBPyConnection, rule_path: Path | None = None, at: date | None = None) -> Coverage:
    targets = load_targets(con, at)
    rule = NexusRule.load(rule_path)
    neighbours = neighbours_of(targets)
    nexus = {t.id: reasons(t, rule, neighbours.get(t.id, [])) for t in targets}
    data_dates: dict[str, date] = {}
    data_since: dict[str, date] = {}
    for release in list_releases(con):
        if release.is_primary and release.published.date() <= (at or date.max):
            day = release.published.date()
            data_since[release.authority] = min(day, data_since.get(release.authority, day))
    for release in state(con, None, at):
        if release.is_primary:
            day = release.published.date()
            data_dates[release.authority] = max(day, data_dates.get(release.authority, day))
    return Coverage(targets, nexus, dict(neighbours), data_dates, data_since)
