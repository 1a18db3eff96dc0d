"""The web pages on the tiny store: rendered on the server, search works without JavaScript."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from nodewatch.api.config import ApiConfig
from nodewatch.web import create_app
from tests.fixtures.api.world import SAMJONG, build_world


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = build_world(tmp_path_factory.mktemp("web") / "world.duckdb")
    with TestClient(create_app(path, config=ApiConfig()), raise_server_exceptions=False) as client:
        yield client


def test_search_page_works_without_javascript(web: TestClient) -> None:
    r = web.get("/", params={"q": "Kim Yo Jong"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "KIM, Yo Jong" in r.text and 'class="tag tag-match"' in r.text
    assert "<script" not in r.text  # the search page needs no script at all
    assert "script-src 'self'" in r.headers["content-security-policy"]
    empty = web.get("/")
    assert empty.status_code == 200 and "Screen a name" in empty.text and "results" not in empty.text


def test_search_page_qualifiers_and_errors(web: TestClient) -> None:
    r = web.get(
        "/", params={"q": "Ri Yong Su", "schema": "Person", "birth_date": "1960-05-01", "country": "kp"}
    )
    assert "RI Yong Su" in r.text and "birth_date confirms" in r.text
    by_imo = web.get("/", params={"identifier": "7408873", "schema": "Vessel"})
    assert "SAM JONG 2" in by_imo.text
    bad = web.get("/", params={"q": "x", "dataset": "mars"})
    assert bad.status_code == 200 and "no dataset" in bad.text


def test_entity_page(web: TestClient) -> None:
    r = web.get("/ui/entity/un-KPe.064")  # a record id redirects to its target
    assert r.status_code == 200 and str(r.url).split("/")[-1].startswith("nw-")
    text = r.text
    assert SAMJONG in text and "SAM JONG 2" in text  # the neighbour, listed without JavaScript too
    assert "2018-03-30" in text and "2018-04-03" in text  # listing dates on the timeline
    assert 'src="http' not in text  # no CDN: scripts come from this server
    assert "/static/vendor/cytoscape/cytoscape.min.js" in text
    assert web.get("/static/vendor/cytoscape/cytoscape.min.js").status_code == 200
    missing = web.get("/ui/entity/nothing")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]


def test_coverage_and_changes_pages(web: TestClient) -> None:
    page = web.get("/ui/coverage", params={"regime": "dprk", "not_listed_by": "uk"}).text
    assert "RI Yong Su" in page and "CHON MA SAN" in page and SAMJONG not in page
    assert web.get("/ui/coverage", params={"regime": "all", "nexus": "yes"}).status_code == 200
    feed = web.get("/ui/changes").text
    assert "+1 added" in feed
    detail = web.get("/ui/changes/un/2024-01-01/2025-01-01").text
    assert "CHON MA SAN" in detail
    assert web.get("/ui/changes/mars/2024-01-01/2025-01-01").status_code == 404
    assert "/match/{dataset}" in web.get("/api").text
