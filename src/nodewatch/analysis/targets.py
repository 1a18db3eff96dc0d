"""Resolved targets: each cluster of records with who designated it, under what, and since when.

"Since when" per authority is the earliest of the listing dates its records state and the
publication date of the first stored release that held the record. A record already in
our *oldest* copy of a list was listed on or before that date, but we do not know when:
such a date is an upper bound, marked not exact, and left out of lag figures.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

import duckdb

from nodewatch.model.record import Record
from nodewatch.model.registry import registry
from nodewatch.resolve.run import current_membership
from nodewatch.store.records import current_records

AUTHORITY_ORDER = ("un", "us-ofac", "uk", "eu", "ca", "au")  # which record names a target
ON_OR_BEFORE = "on or before first release"


@dataclass(frozen=True)
class Listing:
    authority: str
    first: date
    source: str  # "listing date" | "first release" | "on or before first release"
    programmes: tuple[str, ...]

    @property
    def exact(self) -> bool:
        """False when the date only bounds the listing from above."""
        return self.source != ON_OR_BEFORE

    def to_dict(self) -> dict[str, object]:
        return {
            "first_listed": self.first.isoformat(),
            "source": self.source,
            "exact": self.exact,
            "programmes": list(self.programmes),
        }


@dataclass
class Target:
    id: str
    records: list[Record]
    listings: dict[str, Listing] = field(default_factory=dict)

    @cached_property
    def primary(self) -> Record:
        return min(self.records, key=lambda r: (_authority_rank(r.authority), r.id))

    @property
    def name(self) -> str:
        return self.primary.primary_name

    @property
    def schema(self) -> str:
        return self.primary.schema

    @cached_property
    def programmes(self) -> set[str]:
        return {s.programme for r in self.records for s in r.sanctions}

    @cached_property
    def regimes(self) -> set[str]:
        reg = registry()
        return {reg.programme(r.authority, s.programme).regime for r in self.records for s in r.sanctions}

    @cached_property
    def record_ids(self) -> list[str]:
        return sorted(r.id for r in self.records)

    def first_listed(self, exact_only: bool = False) -> date | None:
        return min((e.first for e in self.listings.values() if e.exact or not exact_only), default=None)


def _authority_rank(authority: str) -> int:
    return AUTHORITY_ORDER.index(authority) if authority in AUTHORITY_ORDER else len(AUTHORITY_ORDER)


def first_seen(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[date, bool]]:
    """Per record: the first primary-list release that held it, and whether that release
    was the oldest one of its list we have (then the true listing date is unknown)."""
    primary = [spec.dataset for spec in registry().all_lists() if spec.is_primary]
    rows = con.execute(
        """WITH firsts AS (
               SELECT s.target_id, r.dataset, min(r.published) AS first FROM statements s
               JOIN statement_releases sr ON sr.statement_id = s.id
               JOIN releases r ON r.id = sr.release_id
               WHERE r.dataset IN (SELECT unnest(?)) GROUP BY s.target_id, r.dataset),
           oldest AS (SELECT dataset, min(published) AS first FROM releases GROUP BY dataset)
           SELECT f.target_id, min(f.first), bool_and(f.first = o.first)
           FROM firsts f JOIN oldest o USING (dataset) GROUP BY f.target_id""",
        [primary],
    ).fetchall()
    return {target_id: (published.date(), censored) for target_id, published, censored in rows}


def _listing_date(record: Record) -> date | None:
    return min((s.listing_date.earliest() for s in record.sanctions if s.listing_date), default=None)


def listings_of(records: list[Record], seen: dict[str, tuple[date, bool]]) -> dict[str, Listing]:
    by_authority: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        by_authority[record.authority].append(record)
    listings = {}
    for authority, group in by_authority.items():
        candidates: list[tuple[date, str]] = []
        for record in group:
            if (stated := _listing_date(record)) is not None:
                candidates.append((stated, "listing date"))
            if (found := seen.get(record.id)) is not None:
                candidates.append((found[0], ON_OR_BEFORE if found[1] else "first release"))
        if not candidates:
            continue
        # A stated listing date wins over a release date on the same day.
        first, source = min(candidates, key=lambda c: (c[0], c[1] != "listing date"))
        programmes = tuple(sorted({s.programme for r in group for s in r.sanctions}))
        listings[authority] = Listing(authority, first, source, programmes)
    return listings


def load_targets(con: duckdb.DuckDBPyConnection, at: date | None = None) -> list[Target]:
    """Every current target, grouped by the newest resolve run (unresolved records stand alone)."""
    clusters = current_membership(con)
    seen = first_seen(con)
    grouped: dict[str, list[Record]] = defaultdict(list)
    for record in current_records(con, at=at):
        grouped[clusters.get(record.id, record.id)].append(record)
    targets = [
        Target(cluster_id, records, listings_of(records, seen)) for cluster_id, records in grouped.items()
    ]
    targets.sort(key=lambda t: (t.first_listed() or date.max, t.id))
    return targets
