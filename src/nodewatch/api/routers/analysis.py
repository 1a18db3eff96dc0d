"""Coverage: who designated which target, since when, and who has not.

GET /coverage, /gaps, /lags and /targets/{id}.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from nodewatch.analysis.coverage import REGIME_FILTERS
from nodewatch.analysis.gaps import NotHeld, lags, missing
from nodewatch.analysis.targets import Target
from nodewatch.api.models import CoverageResponse, ErrorResponse, GapsResponse, LagsResponse, TargetResponse
from nodewatch.api.responses import JSONBytes
from nodewatch.api.screening import QueryError
from nodewatch.api.snapshot import Snapshot
from nodewatch.api.state import snapshot_of
from nodewatch.api.views import target_view

router = APIRouter(tags=["Coverage"])

MAX_PAGE = 1000
RegimeQuery = Annotated[
    str | None, Query(pattern=f"^({'|'.join(REGIME_FILTERS)})$", title="dprk, russia or nexus (default: all)")
]
AuthorityQuery = Annotated[
    str | None, Query(max_length=32, title="An authority code: un, us-ofac, uk, eu, ca, au")
]
LimitQuery = Annotated[int, Query(ge=0, le=MAX_PAGE)]
OffsetQuery = Annotated[int, Query(ge=0, le=1_000_000)]
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "Invalid filter"},
    503: {"model": ErrorResponse, "description": "The store is still loading"},
}


def _authority(snapshot: Snapshot, code: str | None, option: str) -> str | None:
    if code is not None and code not in snapshot.coverage.data_dates:
        raise QueryError(
            f"{option}: no {code!r} list in the store (lists: {', '.join(snapshot.authorities)})"
        )
    return code


def _page(snapshot: Snapshot, targets: list[Target], limit: int, offset: int) -> dict[str, Any]:
    cov = snapshot.coverage
    return {
        "total": len(targets),
        "limit": limit,
        "offset": offset,
        "results": [cov.row(t) for t in targets[offset : offset + limit]],
        "data_dates": {a: d.isoformat() for a, d in cov.data_dates.items()},
        "releases": snapshot.release_refs,
    }


def select_targets(
    snapshot: Snapshot,
    regime: str | None = None,
    listed_by: str | None = None,
    not_listed_by: str | None = None,
    nexus: bool | None = None,
) -> list[Target]:
    """Targets of a regime, optionally listed (or not) by an authority, nexus or not."""
    cov = snapshot.coverage
    targets = cov.select(regime)
    if listed_by:
        targets = [t for t in targets if listed_by in t.listings]
    if not_listed_by:
        targets = [t for t in targets if not_listed_by not in t.listings]
    if nexus is not None:
        targets = [t for t in targets if bool(cov.nexus[t.id]) == nexus]
    return targets


@router.get(
    "/coverage", summary="Targets and who designated them", response_model=CoverageResponse, responses=ERRORS
)
def coverage(
    request: Request,
    regime: RegimeQuery = None,
    listed_by: AuthorityQuery = None,
    not_listed_by: AuthorityQuery = None,
    nexus: Annotated[
        bool | None, Query(title="Only DPRK–Russia nexus targets (true) or only others (false)")
    ] = None,
    limit: LimitQuery = 100,
    offset: OffsetQuery = 0,
) -> JSONBytes:
    """Every resolved target with the first date each authority listed it, its programmes,
    regimes, whether it is a DPRK–Russia nexus target (and why) and the lag in days from its
    first designation to each authority's."""
    snapshot = snapshot_of(request)
    targets = select_targets(
        snapshot,
        regime,
        _authority(snapshot, listed_by, "listed_by"),
        _authority(snapshot, not_listed_by, "not_listed_by"),
        nexus,
    )
    page = _page(snapshot, targets, limit, offset)
    page["authorities"] = snapshot.coverage.authorities
    return JSONBytes(page)


@router.get(
    "/gaps",
    summary="Targets one authority lists and another does not",
    response_model=GapsResponse,
    responses=ERRORS,
)
def gaps(
    request: Request,
    authority: Annotated[
        str, Query(max_length=32, title="The authority whose gaps to list", examples=["uk"])
    ],
    vs: Annotated[str, Query(max_length=32, title="The authority it is compared with")] = "un",
    regime: RegimeQuery = "dprk",
    limit: LimitQuery = 100,
    offset: OffsetQuery = 0,
) -> JSONBytes:
    """Targets `vs` designates (in the regime) that `authority` has not: by default, the
    UN-listed DPRK targets an authority has not implemented."""
    snapshot = snapshot_of(request)
    _authority(snapshot, authority, "authority")
    _authority(snapshot, vs, "vs")
    try:
        page = _page(snapshot, missing(snapshot.coverage, authority, vs, regime), limit, offset)
        page.update(held=True, note=None)
    except NotHeld as exc:
        page = _page(snapshot, [], limit, offset)
        page.update(held=False, note=str(exc))
    page.update(authority=authority, vs=vs, regime=regime)
    return JSONBytes(page)


@router.get(
    "/lags", summary="How long each authority took to follow", response_model=LagsResponse, responses=ERRORS
)
def lag_summary(request: Request, regime: RegimeQuery = None) -> JSONBytes:
    """Per authority: targets it designated first (or the same day), targets it followed
    others on, and the median, 90th percentile and longest delay in days."""
    snapshot = snapshot_of(request)
    cov = snapshot.coverage
    return JSONBytes(
        {
            "regime": regime,
            "lags": [s.to_dict() for s in lags(cov, regime)],
            "data_dates": {a: d.isoformat() for a, d in cov.data_dates.items()},
            "releases": snapshot.release_refs,
        }
    )


@router.get(
    "/targets/{target_id}",
    summary="One target: its records, designations and neighbours",
    tags=["Data access"],
    response_model=TargetResponse,
    responses={404: {"model": ErrorResponse, "description": "No such target or record"}},
)
def target(
    request: Request, target_id: Annotated[str, Path(max_length=200, examples=["un-KPi.033"])]
) -> JSONBytes:
    """Every record the target holds (names in all scripts, identifiers, designations with
    their dates and references), the first listing per authority, and linked targets.
    A record id finds the target that holds it."""
    snapshot = snapshot_of(request)
    view = target_view(snapshot, snapshot.target(target_id))
    view["releases"] = snapshot.release_refs
    return JSONBytes(view)
