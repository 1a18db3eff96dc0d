"""Endpoints that change the store or the server: they need the API key (see ``security``)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from nodewatch.analysis.graph_user import EntityResolver, LoadError, load_file
from nodewatch.api.models import ErrorResponse, JudgementRequest, JudgementResponse, StatusResponse
from nodewatch.api.responses import JSONBytes
from nodewatch.api.screening import QueryError
from nodewatch.api.security import require_api_key
from nodewatch.api.state import app_state, snapshot_of
from nodewatch.resolve.judgements import judge

router = APIRouter(tags=["Writes"], dependencies=[Depends(require_api_key)])
AUTH_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Missing or wrong API key"},
    403: {"model": ErrorResponse, "description": "Writes are disabled (no API key configured)"},
}


@router.post(
    "/judgements",
    summary="Record that two records are (not) the same target",
    response_model=JudgementResponse,
    responses={
        **AUTH_ERRORS,
        400: {"model": ErrorResponse, "description": "Invalid judgement"},
        404: {"model": ErrorResponse, "description": "Unknown record id"},
    },
)
def post_judgement(request: Request, body: JudgementRequest) -> JSONBytes:
    """A human decision, as `nodewatch judge A B --same|--different`: stored, respected and
    applied transitively by the next `nodewatch resolve`."""
    state = app_state(request)
    with state.store.open(write=True) as con:
        result = judge(con, body.a, body.b, body.verdict, body.author, body.note)
    return JSONBytes(
        {
            "a": result.a,
            "b": result.b,
            "verdict": result.verdict,
            "author": result.author,
            "note": result.note,
            "at": result.at.isoformat(timespec="seconds"),
            "applies": "on the next `nodewatch resolve` run",
        }
    )


@router.post(
    "/admin/reload", summary="Re-read the store", response_model=StatusResponse, responses=AUTH_ERRORS
)
def reload(request: Request) -> JSONBytes:
    """Read the store again (after an ingest or resolve) in the background; the current
    snapshot keeps answering until the new one is ready."""
    app_state(request).load_in_background()
    return JSONBytes({"status": "reloading"}, status_code=202)


@router.post(
    "/loads",
    summary="Load FtM entities and relations (JSON lines) into the network",
    responses={
        **AUTH_ERRORS,
        400: {"model": ErrorResponse, "description": "Not FtM JSON lines"},
        413: {"model": ErrorResponse, "description": "Larger than NODEWATCH_MAX_BODY"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
            "description": "One FtM entity per line: things (Company, Person …) and relations "
            "(Ownership, Directorship, Family, Associate, UnknownLink).",
        }
    },
)
async def post_load(
    request: Request,
    filename: Annotated[str, Query(max_length=100, pattern=r"^[\w.-]+$", title="Name kept with the load")] = (
        "upload.ftm.json"
    ),
) -> JSONBytes:
    """As `nodewatch load FILE.ftm.json`: the entities are stored (one transaction), resolved
    onto listed targets (identifiers first, then names) and joined to the network; lines that
    are not FtM are reported and skipped. The snapshot is then re-read in the background."""
    state = app_state(request)
    snapshot = snapshot_of(request)
    body = await request.body()
    if not body.strip():
        raise QueryError("empty body: send FtM entities, one JSON object per line")
    resolver = EntityResolver(list(snapshot.records.values()), snapshot.target_of, index=snapshot.index)
    with tempfile.TemporaryDirectory(prefix="nodewatch-load-") as folder:
        path = Path(folder) / re.sub(r"[^\w.-]", "_", filename)
        path.write_bytes(body)
        try:
            with state.store.open(write=True) as con:
                result = load_file(con, path, resolver)
        except LoadError as exc:
            raise QueryError(str(exc)) from None
    state.load_in_background()
    return JSONBytes({**result.to_dict(), "reloading": True})
