"""Liveness and readiness, as yente has them (GET /healthz, /readyz)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from nodewatch.api.models import ErrorResponse, ReadyResponse, StatusResponse
from nodewatch.api.responses import JSONBytes
from nodewatch.api.state import app_state

router = APIRouter(tags=["System information"])


@router.get("/healthz", summary="Health check", response_model=StatusResponse)
async def healthz() -> JSONBytes:
    """The process answers (the store may still be loading)."""
    return JSONBytes({"status": "ok"})


@router.get(
    "/readyz",
    summary="Readiness check",
    response_model=ReadyResponse,
    responses={503: {"model": ErrorResponse, "description": "The store is not loaded (yet)"}},
)
async def readyz(request: Request) -> JSONBytes:
    """Ready once the store is loaded and the match index built; says from which releases."""
    state = app_state(request)
    snapshot = state.snapshot
    if snapshot is None:
        detail = state.error or "loading the store and building the match index"
        return JSONBytes({"detail": detail}, status_code=503, headers={"Retry-After": "5"})
    return JSONBytes(
        {
            "status": "ok",
            "loaded_at": snapshot.loaded_at.isoformat(),
            "targets": len(snapshot.targets),
            "records": len(snapshot.records),
            "releases": snapshot.release_refs,
        }
    )
