"""The web UI: pages served by the API app itself (templates and static assets in this package)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI

from nodewatch.api import create_app as create_api


def create_app(db_path: Path | str | None = None, **options: Any) -> FastAPI:
    """The API of ``nodewatch.api.create_app`` (same options) with the analyst's pages on it."""
    from nodewatch.web.pages import mount

    return create_api(db_path, extensions=[mount], **options)


__all__ = ["create_app"]
