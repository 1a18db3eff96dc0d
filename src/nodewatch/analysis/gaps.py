"""Gaps, lags and alignment between authorities, over resolved targets.

- a *gap*: a target one authority (by default the UN) designates and another does not;
- *unique* designations: targets only one authority (or few) designates;
- a *lag*: days from a target's first designation by anyone to a given authority's;
- *alignment*: the share of the targets others had designated by a date that an authority
  had designated by then too.
Every answer depends on which lists are in the store and how recent they are, so each
carries the data dates it was computed from.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date

from nodewatch.analysis.coverage import Coverage
from nodewatch.analysis.targets import Target


class NotHeld(LookupError):
    """The store holds no list of this authority that covers the regime: no gap can be told."""


def missing(cov: Coverage, authority: str, vs: str = "un", regime: str | None = "dprk") -> list[Target]:
    """Targets ``vs`` designates (in the regime) that ``authority`` does not.

    Raises ``NotHeld`` when the store holds none of the authority's targets in the regime,
    rather than report every target as missing.
    """
    _known(cov, authority)
    _known(cov, vs)
    if not cov.holds(authority, regime):
        raise NotHeld(
            f"the {authority} lists in the store hold no {regime or 'designated'} target, so they "
            f"cannot show which {vs} targets {authority} has not designated (its listings for this "
            "regime may be in a list that is not staged)"
        )
    return [t for t in cov.select(regime) if vs in t.listings and authority not in t.listings]


def unique(cov: Coverage, regime: str | None, at_most: int = 1) -> list[Target]:
    """Targets designated by at most ``at_most`` authorities."""
    return [t for t in cov.select(regime) if 0 < len(t.listings) <= at_most]


@dataclass(frozen=True)
class LagSummary:
    authority: str
    followed: int  # targets this authority designated after another had
    first: int  # targets this authority designated first (or on the first day)
    median_days: float | None
    p90_days: float | None
    max_days: int | None

    def to_dict(self) -> dict[str, object]:
        return {
            "authority": self.authority,
            "first_or_same_day": self.first,
            "followed": self.followed,
            "median_days": self.median_days,
            "p90_days": self.p90_days,
            "max_days": self.max_days,
        }


def lag_days(cov: Coverage, regime: str | None, authority: str) -> list[int]:
    """Days from first designation by anyone to this authority's, for targets it designates.

    Only exact dates count: a date that merely bounds a listing from above would invent lags.
    """
    days = []
    for target in cov.select(regime):
        listing = target.listings.get(authority)
        exact = [entry for entry in target.listings.values() if entry.exact]
        if listing is None or not listing.exact or len(exact) < 2:
            continue
        days.append((listing.first - min(entry.first for entry in exact)).days)
    return days


def lags(cov: Coverage, regime: str | None) -> list[LagSummary]:
    summaries = []
    for authority in cov.authorities:
        days = lag_days(cov, regime, authority)
        later = sorted(d for d in days if d > 0)
        summaries.append(
            LagSummary(
                authority,
                followed=len(later),
                first=len(days) - len(later),
                median_days=statistics.median(later) if later else None,
                p90_days=later[int(0.9 * (len(later) - 1))] if later else None,
                max_days=later[-1] if later else None,
            )
        )
    return summaries


def alignment(
    cov: Coverage, authority: str, regime: str | None, dates: list[date]
) -> list[tuple[date, float | None, int]]:
    """For each date: share of targets others had designated by then that ``authority`` had too.

    Where an authority's listings carry no exact dates, what it had designated before our
    oldest copy of its list is unknown: those dates get no share (None).
    """
    _known(cov, authority)
    targets = cov.select(regime)
    inexact = any(not t.listings[authority].exact for t in targets if authority in t.listings)
    known_from = cov.data_since.get(authority) if inexact else None
    series: list[tuple[date, float | None, int]] = []
    for day in dates:
        if known_from is not None and day < known_from:
            series.append((day, None, 0))
            continue
        others = [
            t
            for t in targets
            if any(a != authority and entry.first <= day for a, entry in t.listings.items())
        ]
        covered = sum(1 for t in others if authority in t.listings and t.listings[authority].first <= day)
        series.append((day, covered / len(others) if others else None, len(others)))
    return series


def _known(cov: Coverage, authority: str) -> None:
    if authority not in cov.data_dates:
        staged = ", ".join(cov.authorities) or "none"
        raise LookupError(f"no {authority!r} list in the store (lists in the store: {staged})")
