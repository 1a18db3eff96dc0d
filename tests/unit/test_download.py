"""The downloader against a local HTTP server on 127.0.0.1 (no test touches the internet)."""

from __future__ import annotations

import hashlib

import pytest

from nodewatch.model.registry import registry
from nodewatch.sources.download import DownloadError, fetch, read_meta

BODY = b"<CONSOLIDATED_LIST dateGenerated='2026-02-27T00:00:09Z'></CONSOLIDATED_LIST>"

SPEC = registry().list_spec("un-sc")


def test_download_keeps_file_as_it_came_with_sidecar(server, client, tmp_path):
    server.files["/un.xml"] = BODY
    seen: list[tuple[int, int | None]] = []
    got = fetch(SPEC, tmp_path, client, url=server.url("/un.xml"), progress=lambda d, t: seen.append((d, t)))
    assert got.path is not None and got.path.read_bytes() == BODY
    assert got.sha256 == hashlib.sha256(BODY).hexdigest()
    assert got.path.parent == tmp_path / "un-sc"
    meta = read_meta(got.path)
    assert meta is not None and meta["url"] == server.url("/un.xml") and meta["sha256"] == got.sha256
    assert seen[-1] == (len(BODY), len(BODY))


def test_second_download_is_conditional_and_not_modified(server, client, tmp_path):
    server.files["/un.xml"] = BODY
    first = fetch(SPEC, tmp_path, client, url=server.url("/un.xml"))
    second = fetch(SPEC, tmp_path, client, url=server.url("/un.xml"))
    assert second.not_modified and second.path is None and second.sha256 == first.sha256
    assert server.requests[-1].get("If-None-Match") == first.etag
    assert len(list((tmp_path / "un-sc").glob("*.xml"))) == 1


def test_server_errors_are_retried(server, client, tmp_path):
    server.files["/un.xml"] = BODY
    server.script["/un.xml"] = ["503", "503"]
    got = fetch(SPEC, tmp_path, client, url=server.url("/un.xml"), retries=3, backoff=0.01)
    assert got.path is not None and len(server.requests) == 3


def test_persistent_failure_is_a_clear_error_and_leaves_no_partial_file(server, client, tmp_path):
    server.files["/un.xml"] = BODY
    server.script["/un.xml"] = ["short"] * 5
    with pytest.raises(DownloadError, match="failed after 3 attempts"):
        fetch(SPEC, tmp_path, client, url=server.url("/un.xml"), retries=2, backoff=0.01)
    assert [p.name for p in (tmp_path / "un-sc").iterdir()] == []


def test_not_found_is_not_retried(server, client, tmp_path):
    with pytest.raises(DownloadError, match="HTTP 404"):
        fetch(SPEC, tmp_path, client, url=server.url("/missing.xml"), retries=3, backoff=0.01)
    assert len(server.requests) == 1


def test_unreachable_host_is_a_clear_error(client, tmp_path):
    with pytest.raises(DownloadError, match="failed after 2 attempts"):
        fetch(SPEC, tmp_path, client, url="http://127.0.0.1:9/un.xml", retries=1, backoff=0.01)
