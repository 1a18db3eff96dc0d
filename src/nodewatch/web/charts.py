"""Geometry of the server-drawn charts (inline SVG, so pages need no chart library).

The designation timeline puts one row per authority on a shared time axis: a dot where the
authority first listed the target (hollow when only our first copy of its list dates it,
an upper bound), a bar while the listing stands up to that authority's newest list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nodewatch.analysis.targets import Target

WIDTH = 1120
LABEL = 80
ROW = 26
PAD_TOP = 10
AXIS = 24


@dataclass(frozen=True)
class TimelineRow:
    authority: str
    y: float
    listed: bool
    x: float = 0.0
    x_end: float = 0.0
    first: str = ""
    exact: bool = True
    programmes: str = ""


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    left: int
    rows: list[TimelineRow]
    ticks: list[Tick]


def _scale(start: date, end: date) -> tuple[float, float]:
    span = max((end - start).days, 1)
    return LABEL, (WIDTH - LABEL - 16) / span


def timeline(target: Target, authorities: list[str], data_dates: dict[str, date]) -> Timeline:
    firsts = [listing.first for listing in target.listings.values()]
    last = max(data_dates.values(), default=date.today())
    start = date(min(firsts).year, 1, 1) if firsts else date(last.year - 1, 1, 1)
    end = date(last.year + 1, 1, 1)
    left, per_day = _scale(start, end)

    def x_of(day: date) -> float:
        return round(left + (day - start).days * per_day, 1)

    rows = []
    for index, authority in enumerate(authorities):
        y = PAD_TOP + index * ROW + ROW / 2
        listing = target.listings.get(authority)
        if listing is None:
            rows.append(TimelineRow(authority, y, listed=False))
            continue
        rows.append(
            TimelineRow(
                authority,
                y,
                listed=True,
                x=x_of(listing.first),
                x_end=x_of(data_dates.get(authority, last)),
                first=listing.first.isoformat(),
                exact=listing.source == "listing date",
                programmes=", ".join(listing.programmes),
            )
        )
    years = range(start.year, end.year + 1)
    step = max(1, len(years) // 10)
    ticks = [Tick(x_of(date(y, 1, 1)), str(y)) for y in years[::step]]
    height = PAD_TOP + len(authorities) * ROW + AXIS
    return Timeline(WIDTH, height, LABEL, rows, ticks)
