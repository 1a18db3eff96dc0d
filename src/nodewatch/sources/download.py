"""Downloading official lists, kept exactly as they came for audit.

Each download is conditional (ETag / Last-Modified from the previous fetch), retried with
backoff on network errors and 5xx answers, checked against the announced length, hashed,
and written atomically next to a ``.meta.json`` sidecar saying where and when it came from.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import orjson

from nodewatch.model.registry import ListSpec

USER_AGENT = "nodewatch/0.1 (+https://github.com/nodewatch/nodewatch)"
MAX_BYTES = 512 * 1024 * 1024  # no official list comes near this; refuse runaway bodies
Progress = Callable[[int, int | None], None]  # (bytes so far, total or None)


class DownloadError(RuntimeError):
    pass


class _Retryable(Exception):
    """A failure worth trying again: network trouble, 5xx, a short body."""


@dataclass(frozen=True)
class Fetched:
    dataset: str
    url: str
    path: Path | None  # None when the server said the list has not changed
    sha256: str | None
    size: int
    fetched_at: datetime
    etag: str | None
    last_modified: str | None
    not_modified: bool = False
    original_name: str = ""  # the server's name for the file, before our timestamp prefix


def _meta_path(archive: Path, dataset: str) -> Path:
    return archive / dataset / "latest.meta.json"


def last_fetch(archive: Path, dataset: str) -> dict[str, str] | None:
    path = _meta_path(archive, dataset)
    if not path.exists():
        return None
    data: dict[str, str] = orjson.loads(path.read_bytes())
    return data


def _conditional_headers(previous: dict[str, str] | None) -> dict[str, str]:
    headers = {"User-Agent": USER_AGENT}
    if previous:
        if previous.get("etag"):
            headers["If-None-Match"] = previous["etag"]
        if previous.get("last_modified"):
            headers["If-Modified-Since"] = previous["last_modified"]
    return headers


def _stream_to(response: httpx.Response, target: Path, progress: Progress | None) -> tuple[str, int]:
    total = int(response.headers["content-length"]) if "content-length" in response.headers else None
    digest = hashlib.sha256()
    size = 0
    with target.open("wb") as out:
        for chunk in response.iter_bytes(1 << 16):
            size += len(chunk)
            if size > MAX_BYTES:
                raise DownloadError(f"{response.url}: body exceeds {MAX_BYTES} bytes")
            digest.update(chunk)
            out.write(chunk)
            if progress:
                progress(size, total)
    if total is not None and size != total and "content-encoding" not in response.headers:
        raise _Retryable(f"{response.url}: got {size} bytes, server announced {total}")
    return digest.hexdigest(), size


def _original_name(spec: ListSpec, response: httpx.Response) -> str:
    disposition = response.headers.get("content-disposition", "")
    name = ""
    if "filename=" in disposition:
        name = disposition.split("filename=", 1)[1].strip().strip('"').split(";")[0]
    if not name:
        name = Path(httpx.URL(spec.url).path).name or spec.dataset
    return "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name)


def fetch(
    spec: ListSpec,
    archive: Path,
    client: httpx.Client,
    url: str | None = None,
    retries: int = 3,
    backoff: float = 1.0,
    progress: Progress | None = None,
) -> Fetched:
    """Download one list into ``archive/<dataset>/``; conditional on the previous fetch."""
    url = url or spec.url
    folder = archive / spec.dataset
    folder.mkdir(parents=True, exist_ok=True)
    previous = last_fetch(archive, spec.dataset)
    if previous and previous.get("url") != url:
        previous = None
    error: Exception | None = None
    for attempt in range(retries + 1):
        if attempt:
            time.sleep(backoff * 2 ** (attempt - 1))
        try:
            return _attempt(spec, url, folder, client, previous, progress)
        except _Retryable as exc:
            error = exc
    raise DownloadError(f"{url}: failed after {retries + 1} attempts: {error}")


def _attempt(
    spec: ListSpec,
    url: str,
    folder: Path,
    client: httpx.Client,
    previous: dict[str, str] | None,
    progress: Progress | None,
) -> Fetched:
    fetched_at = datetime.now(UTC).replace(tzinfo=None)
    try:
        with client.stream(
            "GET", url, headers=_conditional_headers(previous), follow_redirects=True
        ) as response:
            if response.status_code == 304 and previous:
                return Fetched(
                    spec.dataset,
                    url,
                    None,
                    previous.get("sha256"),
                    0,
                    fetched_at,
                    previous.get("etag"),
                    previous.get("last_modified"),
                    not_modified=True,
                )
            if response.status_code >= 500 or response.status_code == 429:
                raise _Retryable(f"server answered {response.status_code}")
            if response.status_code != 200:
                raise DownloadError(f"{url}: HTTP {response.status_code}")
            original = _original_name(spec, response)
            final = folder / f"{fetched_at:%Y%m%dT%H%M%SZ}-{original}"
            fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".part-")
            os.close(fd)
            tmp = Path(tmp_name)
            try:
                sha256, size = _stream_to(response, tmp, progress)
                tmp.replace(final)
            finally:
                tmp.unlink(missing_ok=True)
    except httpx.TransportError as exc:
        raise _Retryable(str(exc) or type(exc).__name__) from exc
    result = Fetched(
        spec.dataset,
        url,
        final,
        sha256,
        size,
        fetched_at,
        response.headers.get("etag"),
        response.headers.get("last-modified"),
        original_name=original,
    )
    _write_meta(final, result)
    return result


def _write_meta(final: Path, result: Fetched) -> None:
    data = {k: (str(v) if isinstance(v, Path | datetime) else v) for k, v in asdict(result).items()}
    blob = orjson.dumps(data, option=orjson.OPT_INDENT_2)
    final.with_name(final.name + ".meta.json").write_bytes(blob)
    _meta_path(final.parent.parent, result.dataset).write_bytes(blob)


def read_meta(path: Path) -> dict[str, str] | None:
    """The sidecar of a downloaded file, if it has one."""
    meta = path.with_name(path.name + ".meta.json")
    if not meta.exists():
        return None
    data: dict[str, str] = orjson.loads(meta.read_bytes())
    return data
