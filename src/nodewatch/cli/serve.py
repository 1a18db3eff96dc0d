"""`nodewatch serve`: the HTTP API and the web UI (uvicorn)."""

from __future__ import annotations

import os
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
    workers: Annotated[int, typer.Option(help="Processes (each holds the data, ~1 GB).", min=1, max=16)] = 1,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the yente-compatible API and the web UI over the store (NODEWATCH_DB).

    The store is read once into memory (read-only) and the match index built. With one
    worker this happens in the background: /healthz answers at once, /readyz once the data
    is loaded; with several, each worker accepts requests once loaded. Writes (judgements,
    loads, reload) need NODEWATCH_API_KEY; CORS is off unless NODEWATCH_CORS_ORIGINS is set.
    """
    import uvicorn

    path = settings.db_path()
    if not path.exists():
        raise fail(f"no nodewatch store at {path}; run `nodewatch ingest` or `nodewatch run` first")
    os.environ["NODEWATCH_DB"] = str(path.resolve())
    os.environ["NODEWATCH_SERVE_BACKGROUND"] = "1" if workers == 1 else "0"
    console.print(f"serving {path} on http://{host}:{port}/ with {workers} worker(s); API reference at /api")
    uvicorn.run(
        "nodewatch.web:serve_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=log_level,
        access_log=log_level == "debug",
        server_header=False,
    )
