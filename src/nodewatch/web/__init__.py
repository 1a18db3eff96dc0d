"""The web UI: pages served by the API app itself (templates and static assets in this package)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from nodewatch.api import create_app as create_api


def create_app(db_path: Path | str | None = None, **options: Any) -> FastAPI:
    """The API of ``nodewatch.api.create_app`` (same options) with the analyst's pages on it."""
    from nodewatch.web.pages import mount

    return create_api(db_path, extensions=[mount], **options)


def serve_app() -> FastAPI:
    """The app as ``nodewatch serve`` runs it in each uvicorn worker: the store of NODEWATCH_DB,
    loaded in the background when one worker serves (so /healthz answers at once)."""
    from nodewatch import settings

    return create_app(settings.db_path(), background=os.environ.get("NODEWATCH_SERVE_BACKGROUND") == "1")


__all__ = ["create_app", "serve_app"]
