"""yente-compatible entity access: GET /entities/{id} for a target, or a record id redirected to it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import RedirectResponse

from nodewatch.api.models import EntityDetailResponse, ErrorResponse
from nodewatch.api.responses import JSONBytes
from nodewatch.api.state import ready

router = APIRouter(tags=["Data access"])


@router.get(
    "/entities/{entity_id}",
    summary="One target as a merged FtM entity (yente protocol)",
    response_model=EntityDetailResponse,
    responses={
        308: {"description": "A list record id: redirects to the target that holds it"},
        404: {"model": ErrorResponse, "description": "No such target or record"},
    },
)
async def fetch_entity(
    request: Request,
    entity_id: Annotated[str, Path(max_length=200, examples=["nw-c04e9cba37"])],
    nested: Annotated[bool, Query(title="Include the Sanction entities")] = True,
) -> JSONBytes | RedirectResponse:
    """The target with this id (`nw-…`), merged from all its list records. A record id
    (`un-KPi.033`, `ofac-21444`) redirects (308) to its target, as yente redirects referents."""
    snapshot, entities = ready(request)
    target = snapshot.target(entity_id)
    if target.id != entity_id:
        url = request.app.url_path_for("fetch_entity", entity_id=target.id)
        return RedirectResponse(f"{url}?nested={'true' if nested else 'false'}", status_code=308)
    data = dict(entities.entity(target.id, nested))
    data["releases"] = snapshot.release_refs
    return JSONBytes(data)
