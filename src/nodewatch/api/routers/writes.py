"""Endpoints that change the store or the server: they need the API key (see ``security``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from nodewatch.api.models import ErrorResponse, JudgementRequest, JudgementResponse, StatusResponse
from nodewatch.api.responses import JSONBytes
from nodewatch.api.security import require_api_key
from nodewatch.api.state import app_state
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
