"""GET /graph/{id}: a target's network neighbourhood, in Cytoscape.js's elements format."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from nodewatch.api.graphview import neighbourhood
from nodewatch.api.models import ErrorResponse, GraphResponse
from nodewatch.api.responses import JSONBytes
from nodewatch.api.state import snapshot_of

router = APIRouter(tags=["Network"])


@router.get(
    "/graph/{target_id}",
    summary="A target's network neighbourhood",
    response_model=GraphResponse,
    responses={404: {"model": ErrorResponse, "description": "No such target or record"}},
)
def graph(
    request: Request,
    target_id: Annotated[
        str, Path(max_length=200, examples=["un-KPe.064"], title="A target, record or user entity id")
    ],
    hops: Annotated[int, Query(ge=1, le=3, title="Links to follow from the target")] = 2,
    max_nodes: Annotated[
        int, Query(ge=1, le=500, title="Nodes at most (the answer says if it was cut)")
    ] = 150,
) -> JSONBytes:
    """The nodes linked to this one, up to `hops` links away: targets, names the lists cite
    but do not list, and entities of loaded user files, joined by the relations the lists
    and user data state (owners, "asset of", "linked to", directors, family ...). Cytoscape.js
    `elements`: each node's `data` has its kind, authorities and `depth` from the centre;
    each edge's `data` has its evidence (who stated it, in which release, how it was found)."""
    snapshot = snapshot_of(request)
    view = neighbourhood(snapshot.network, target_id, hops, max_nodes)
    view["releases"] = snapshot.release_refs
    return JSONBytes(view)
