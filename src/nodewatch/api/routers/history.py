"""The list releases in the store and what changed between them (GET /releases, /diff, /changes)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel

from nodewatch.api.models import DiffResponse, ErrorResponse, ReleaseRef, ReleasesResponse
from nodewatch.api.responses import JSONBytes
from nodewatch.api.screening import QueryError
from nodewatch.api.state import app_state, snapshot_of

router = APIRouter(tags=["History"])


def public_release(data: dict[str, Any]) -> dict[str, Any]:
    """A release as clients see it: the file's origin only when it is a URL, never a server path."""
    origin = str(data.get("origin", ""))
    return {**data, "origin": origin if origin.startswith(("http://", "https://")) else None}


class ChangesResponse(BaseModel):
    results: list[dict[str, Any]]
    releases: list[ReleaseRef]


@router.get("/releases", summary="Every list release in the store", response_model=ReleasesResponse)
def releases(request: Request) -> JSONBytes:
    """Every release ingested (authority, dataset, publication date, file, sha256, record
    count); `current` marks the releases this server's answers come from."""
    state = app_state(request)
    snapshot = snapshot_of(request)
    current = {r.id for r in snapshot.releases}
    rows = [public_release(r.to_dict()) | {"current": r.id in current} for r in state.changes.releases()]
    return JSONBytes({"results": rows, "releases": snapshot.release_refs})


@router.get(
    "/diff",
    summary="What changed in an authority's lists between two dates",
    response_model=DiffResponse,
    responses={
        400: {"model": ErrorResponse, "description": "Invalid dates"},
        404: {"model": ErrorResponse, "description": "No release of that authority by the start date"},
    },
)
def list_diff(
    request: Request,
    authority: Annotated[str, Query(max_length=32, examples=["un"])],
    start: Annotated[date, Query(alias="from", title="The lists as they stood on this date (YYYY-MM-DD)")],
    end: Annotated[date | None, Query(alias="to", title="…compared with this date (default: today)")] = None,
) -> JSONBytes:
    """Targets added, removed and changed (with the fields that changed: names, dates,
    designation details) between the lists of `authority` as they stood on `from` and on `to`."""
    state = app_state(request)
    snapshot = snapshot_of(request)
    if authority not in snapshot.authorities:
        raise QueryError(f"no {authority!r} list in the store (lists: {', '.join(snapshot.authorities)})")
    end = end or date.today()
    if end < start:
        raise QueryError("'to' is before 'from'")
    result = dict(state.changes.diff(authority, start, end))
    for side in ("from", "to"):
        result[side] = {"releases": [public_release(r) for r in result[side]["releases"]]}
    result["releases"] = result["from"]["releases"] + result["to"]["releases"]
    return JSONBytes(result)


@router.get("/changes", summary="What changed at each new release", response_model=ChangesResponse)
def changes(request: Request) -> JSONBytes:
    """For each authority, each pair of consecutive release dates in the store with the
    number of targets added, removed and changed (newest first). `/diff` gives the details."""
    state = app_state(request)
    snapshot = snapshot_of(request)
    return JSONBytes({"results": state.changes.feed(), "releases": snapshot.release_refs})
