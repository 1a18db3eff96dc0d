"""`update` end to end: real staged lists served on 127.0.0.1, downloaded, ingested."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from nodewatch.model.registry import registry
from tests.conftest import Server


def serve_real_lists(server: Server, lists_dir: Path) -> dict[str, str]:
    """Serve one staged file per dataset under the path its official URL would have."""
    files = {
        "un-sc": lists_dir / "un" / "un-consolidated-2026-02-27.xml",
        "uk-ofsi": lists_dir / "uk-ofsi" / "ConList-2025-04-14.xlsx",
        "us-ofac-sdn": lists_dir / "us-ofac" / "sdn-2024-05-03.csv",
    }
    urls = {}
    for dataset, path in files.items():
        official_name = Path(httpx.URL(registry().list_spec(dataset).url).path).name
        server.files[f"/{dataset}/{official_name}"] = path.read_bytes()
        urls[dataset] = server.url(f"/{dataset}/{official_name}")
    return urls


@pytest.mark.realdata
def test_update_downloads_and_ingests_real_lists(server, client, tmp_path, lists_dir):
    from nodewatch.store import connect
    from nodewatch.store.history import list_releases
    from nodewatch.store.pipeline import download_all, ingest_many

    urls = serve_real_lists(server, lists_dir)
    fetched = download_all(tmp_path / "archive", urls, client=client, url_override=urls.get)
    assert [error for _, _, error in fetched] == [None, None, None]
    con = connect(tmp_path / "store.duckdb")
    outcomes = ingest_many(con, [path for _, path, _ in fetched if path])
    assert all(o.error is None for o in outcomes), [o.error for o in outcomes]
    releases = {r.dataset: r for r in list_releases(con)}
    assert set(releases) == set(urls)
    assert releases["un-sc"].published_source == "file"
    assert releases["us-ofac-sdn"].published_source == "download"  # no date in the file or the name
    assert releases["us-ofac-sdn"].origin == urls["us-ofac-sdn"]
    # a second update finds nothing new
    again = download_all(tmp_path / "archive", urls, client=client, url_override=urls.get)
    assert [path for _, path, _ in again] == [None, None, None]
