"""`nodewatch serve`: the HTTP API and the web UI (uvicorn, one process)."""

from __future__ import annotations

from typing import Annotated

import typer

from nodewatch import settings
from nodewatch.cli import app
from nodewatch.cli.common import console, fail


@app.command()
def serve(
    host: Annotated[
        str, typer.Option(help="Interface to listen on (127.0.0.1: this machine).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", min=1, max=65535)] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the yente-compatible API and the web UI over the store (NODEWATCH_DB).

    The store is read once into memory (read-only) and the match index built in the
    background: /healthz answers at once, /readyz once the data is loaded. Writes
    (judgements, reload) need NODEWATCH_API_KEY; CORS is off unless NODEWATCH_CORS_ORIGINS is set.
    """
    import uvicorn

    from nodewatch.web import create_app

    path = settings.db_path()
    if not path.exists():
        raise fail(f"no nodewatch store at {path}; run `nodewatch ingest` or `nodewatch run` first")
    console.print(f"serving {path} on http://{host}:{port}/ (API reference at /api)")
    uvicorn.run(
        create_app(path, background=True),
        host=host,
        port=port,
        log_level=log_level,
        access_log=log_level == "debug",
        server_header=False,
    )
