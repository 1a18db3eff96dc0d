"""Shared fixtures: where the real data lives, and a fresh store per test."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("NODEWATCH_DATA", REPO.parent / "shared" / "data")).resolve()
LISTS = DATA / "lists"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA.is_dir():
        pytest.fail(f"real data not found at {DATA}; set NODEWATCH_DATA")
    return DATA


@pytest.fixture(scope="session")
def lists_dir(data_dir: Path) -> Path:
    return data_dir / "lists"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


class Server:
    """A scripted server: per path, a queue of behaviours, then the steady file."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.script: dict[str, list[str]] = {}
        self.requests: list[dict[str, str]] = []
        handler = self._handler()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.requests.append(dict(self.headers))
                body = server.files.get(self.path)
                if body is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                step = server.script.get(self.path, [])
                action = step.pop(0) if step else "ok"
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if action == "503":
                    self.send_response(503)
                    self.end_headers()
                    return
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", "Fri, 27 Feb 2026 00:00:09 GMT")
                if action == "short":
                    self.send_header("Content-Length", str(len(body) + 100))
                    self.end_headers()
                    self.wfile.write(body)
                    self.close_connection = True
                    return
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler


@pytest.fixture
def server() -> Iterator[Server]:
    """A local HTTP server on 127.0.0.1 serving staged files, for download tests."""
    srv = Server()
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5) as c:
        yield c
