"""The FastAPI application: yente-compatible screening plus nodewatch's own endpoints.

``create_app`` loads the store read-only into one in-memory snapshot (see ``snapshot``)
and builds the match index once; every router answers from it. Safety is set here, in
one place: request bodies are capped, errors come back as ``{"detail": ...}`` without
stack traces, CORS is off unless NODEWATCH_CORS_ORIGINS names origins, and write
endpoints need NODEWATCH_API_KEY (see ``security``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from starlette.exceptions import HTTPException as StarletteHTTPException

from nodewatch import settings
from nodewatch.api.config import ApiConfig
from nodewatch.api.guard import Guard
from nodewatch.api.responses import JSONBytes
from nodewatch.api.routers import analysis, entities, graph, history, maritime, matching, system, writes
from nodewatch.api.screening import QueryError
from nodewatch.api.snapshot import Snapshot, StoreBusy, StoreFile
from nodewatch.api.state import AppState

log = logging.getLogger("nodewatch.api")

Extension = Callable[[FastAPI], None]

DESCRIPTION = """
Screening and coverage of the sanctions lists around the DPRK, Russia and China.

* **Matching** (`/match/{dataset}`, `/search/{dataset}`, `/entities/{id}`) speaks yente's
  protocol, so yente clients work unchanged. `default` holds every list; `un`, `us-ofac`, `uk`,
  `eu`, `ca`, `au` hold one authority each.
* **Coverage** (`/coverage`, `/gaps`, `/lags`, `/targets/{id}`, `/graph/{id}`): who designated which
  target, since when, who has not, and how targets are linked.
* **History** (`/releases`, `/diff`, `/changes`): the list releases in the store and what changed.
* **Maritime** (`/maritime/events`, `/maritime/areas`): AIS evasion events in the store, linked to
  the designations of their vessels and the UN provisions they bear on (JSON or GeoJSON).

Every answer names the list releases it was computed from (`releases` in the body and the
`X-Nodewatch-Releases` header). Writes (`/judgements`, `/admin/reload`) need the API key in
`X-API-Key` (or `Authorization: Bearer …`).
"""

TAGS = [
    {"name": "Matching", "description": "yente-compatible screening"},
    {"name": "Data access", "description": "Entities and targets"},
    {"name": "Coverage", "description": "Designations across authorities"},
    {"name": "Network", "description": "Links between targets"},
    {"name": "History", "description": "List releases and what changed"},
    {"name": "Maritime", "description": "AIS evasion events and the areas they are read against"},
    {"name": "Writes", "description": "Need the API key"},
    {"name": "System information"},
]


def _errors(app: FastAPI) -> None:
    """Every error is ``{"detail": …}`` with the right status, never a traceback (invalid
    parameters keep FastAPI's 422 list of what was wrong where, as yente answers)."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONBytes:
        return JSONBytes({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(QueryError)
    async def bad_query(_request: Request, exc: QueryError) -> JSONBytes:
        return JSONBytes({"detail": str(exc)}, status_code=400)

    @app.exception_handler(LookupError)
    async def not_found(_request: Request, exc: LookupError) -> JSONBytes:
        return JSONBytes({"detail": str(exc.args[0]) if exc.args else "not found"}, status_code=404)

    @app.exception_handler(StoreBusy)
    async def busy(_request: Request, exc: StoreBusy) -> JSONBytes:
        return JSONBytes({"detail": str(exc)}, status_code=503, headers={"Retry-After": "10"})

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONBytes:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONBytes({"detail": "internal error; the server log has the details"}, status_code=500)


def create_app(
    db_path: Path | str | None = None,
    *,
    snapshot: Snapshot | None = None,
    config: ApiConfig | None = None,
    background: bool = False,
    extensions: Iterable[Extension] = (),
) -> FastAPI:
    """The API over the store at ``db_path`` (default NODEWATCH_DB).

    ``snapshot`` serves an already loaded snapshot (tests share one); otherwise the store is
    read at startup, in a background thread when ``background`` (``nodewatch serve``).
    ``extensions`` add routes to the same app (the web UI).
    """
    state = AppState(config or ApiConfig.from_env(), StoreFile(Path(db_path or settings.db_path())))
    if snapshot is not None:
        state.install(snapshot)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if state.snapshot is None:
            if background:
                state.load_in_background()
            else:
                state.load()
        yield

    app = FastAPI(
        title="nodewatch",
        version="0.1.0",
        description=DESCRIPTION,
        openapi_tags=TAGS,
        lifespan=lifespan,
        docs_url=None,  # Swagger UI and ReDoc load from a CDN: the web UI has its own API page
        redoc_url=None,
        default_response_class=JSONBytes,
    )
    app.state.nodewatch = state
    _errors(app)
    for router in (
        matching.router,
        entities.router,
        analysis.router,
        graph.router,
        history.router,
        maritime.router,
        writes.router,
        system.router,
    ):
        app.include_router(router)
    for extend in extensions:
        extend(app)
    if state.config.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(state.config.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "X-API-Key"],
            expose_headers=["X-Nodewatch-Releases"],
        )
    app.add_middleware(Guard, state=state)
    return app
