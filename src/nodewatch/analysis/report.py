"""The coverage report as one self-contained HTML page (no scripts, no CDN): a targets ×
authorities heat map, lag histograms and alignment lines drawn as inline SVG.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from jinja2 import Environment, PackageLoader, select_autoescape

from nodewatch.analysis.coverage import Coverage
from nodewatch.analysis.gaps import alignment, lag_days, lags, missing
from nodewatch.analysis.targets import Target

LAG_BINS = ((0, "same day"), (30, "≤ 30 d"), (90, "≤ 90 d"), (365, "≤ 1 y"), (730, "≤ 2 y"), (10**6, "> 2 y"))
UNKNOWN_DATE = "#c6d4e8"
NO_DATA = "repeating-linear-gradient(45deg, #fff 0 6px, #eceef2 6px 12px)"
LAG_COLOURS = ("#1a9850", "#91cf60", "#d9ef8b", "#fee08b", "#fc8d59", "#d73027")


@dataclass(frozen=True)
class Cell:
    text: str
    colour: str
    title: str


def lag_bin(days: int) -> int:
    for index, (limit, _label) in enumerate(LAG_BINS):
        if days <= limit:
            return index
    return len(LAG_BINS) - 1


def heat_cells(cov: Coverage, targets: list[Target]) -> list[tuple[dict[str, object], list[Cell]]]:
    """One row of cells per target; whether an authority has data for a target's regime is
    judged on the whole coverage, not on the targets shown (a page of them)."""
    rows = []
    for target in targets:
        first = target.first_listed(exact_only=True)
        cells = []
        for authority in cov.authorities:
            listing = target.listings.get(authority)
            if listing is None and not cov.holds_any(authority, target.regimes):
                cells.append(
                    Cell(
                        "no data",
                        NO_DATA,
                        f"{authority}: the lists in the store hold no target of its regime",
                    )
                )
            elif listing is None:
                cells.append(Cell("", "#f4f4f4", f"{authority}: not listed"))
            elif not listing.exact or first is None:
                title = f"{authority}: listed {listing.source} {listing.first}"
                cells.append(Cell(f"≤ {listing.first}", UNKNOWN_DATE, title))
            else:
                days = (listing.first - first).days
                title = f"{authority}: {listing.first} ({listing.source}), +{days} days"
                cells.append(Cell(listing.first.isoformat(), LAG_COLOURS[lag_bin(days)], title))
        rows.append((cov.row(target), cells))
    return rows


def histogram(days: list[int]) -> list[tuple[str, int, str]]:
    counts = [0] * len(LAG_BINS)
    for value in days:
        counts[lag_bin(value)] += 1
    return [(label, counts[i], LAG_COLOURS[i]) for i, (_limit, label) in enumerate(LAG_BINS)]


def year_ends(cov: Coverage, regime: str | None) -> list[date]:
    firsts = [t.first_listed() for t in cov.select(regime)]
    years = sorted({d.year for d in firsts if d is not None})
    if not years:
        return []
    last = max(cov.data_dates.values())
    return [date(y, 12, 31) for y in range(years[0], last.year)] + [last]


def render(cov: Coverage, regime: str | None) -> str:
    env = Environment(loader=PackageLoader("nodewatch.analysis", "templates"), autoescape=select_autoescape())
    ends = year_ends(cov, regime)
    return env.get_template("coverage.html.j2").render(
        regime=regime or "all",
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        authorities=cov.authorities,
        data_dates=cov.data_dates,
        rows=heat_cells(cov, cov.select(regime)),
        unknown_colour=UNKNOWN_DATE,
        legend=list(zip([label for _l, label in LAG_BINS], LAG_COLOURS, strict=True)),
        lags=lags(cov, regime),
        histograms={a: histogram(lag_days(cov, regime, a)) for a in cov.authorities},
        alignment={a: alignment(cov, a, regime, ends) for a in cov.authorities if cov.holds(a, regime)},
        gaps_vs_un={
            a: len(missing(cov, a, "un", regime)) if cov.holds(a, regime) else f"no {regime} data"
            for a in cov.authorities
            if a != "un" and "un" in cov.data_dates
        },
        no_data_colour=NO_DATA,
        listed={a: sum(1 for t in cov.select(regime) if a in t.listings) for a in cov.authorities},
        total=len(cov.select(regime)),
        nexus_count=sum(1 for t in cov.select(regime) if cov.nexus[t.id]),
    )
