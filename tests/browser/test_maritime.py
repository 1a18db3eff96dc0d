"""The maritime map in a real browser: markers drawn, the table beside it, the kind filter.

The server here serves a copy of the real store (every staged list, resolved) with the AIS scene
of tests/fixtures/maritime_map ingested, so the vessels link to real designations. The page is
captured to $NODEWATCH_SCREENS/maritime.png (default /work/notes/screens) when that folder exists.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from nodewatch.api.config import ApiConfig
from nodewatch.maritime.ingest import ingest_file
from nodewatch.maritime.reference import watched_ports
from nodewatch.store import connect
from nodewatch.web import create_app
from tests.browser.conftest import serve
from tests.fixtures.maritime_map.scene import write_scene
from tests.realstore import real_snapshot, real_store

pytestmark = [pytest.mark.browser, pytest.mark.realdata, pytest.mark.slow]

SCREENS = Path(os.environ.get("NODEWATCH_SCREENS", "/work/notes/screens"))


@pytest.fixture(scope="module")
def server(lists_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """This module's server: the real store's copy with the AIS scene in it."""
    folder = tmp_path_factory.mktemp("maritime-browser")
    store = folder / "store.duckdb"
    shutil.copyfile(real_store(lists_dir), store)
    scene = write_scene(folder / "scene.csv", {p.key: (p.lat, p.lon) for p in watched_ports()})
    con = connect(store)
    try:
        assert ingest_file(con, scene.path).bad == 0
    finally:
        con.close()
    app = create_app(store, snapshot=real_snapshot(lists_dir), config=ApiConfig())
    with serve(app) as url:
        yield url


def _drawn(page: Page) -> int:
    ready = page.locator("#map[data-ready]")
    expect(ready).to_be_attached(timeout=20_000)
    return int(ready.get_attribute("data-ready") or -1)


def test_map_markers_table_and_kind_filter(page: Page) -> None:
    page.goto("/")
    page.click("nav >> text=Maritime")
    expect(page).to_have_url(re.compile(r"/ui/maritime$"))
    rows = page.locator("#events tbody tr")
    total = int(page.locator("#event-total").inner_text())
    assert total == rows.count() == 8  # the scene: 1 gap, 1 encounter, 2 loiter, 3 port calls, 1 rename
    assert _drawn(page) == 7  # every event with a position (the rename has none)
    assert page.locator("path.event-marker").count() >= 7
    assert page.locator("path.port-marker").count() == len(watched_ports())
    expect(page.locator(".map-legend")).to_contain_text("Port call · 3")

    sam_jong = rows.filter(has_text="SAM JONG 2").first
    link = sam_jong.locator("a.vessel-link")
    expect(link).to_have_attribute("href", re.compile(r"^/ui/entity/"))
    expect(sam_jong).to_contain_text("¶")  # a UN provision cited with its paragraph

    gap = rows.filter(has=page.locator(".kind-gap")).first
    gap.locator("td").nth(2).click()
    popup = page.locator(".leaflet-popup")
    expect(popup).to_be_visible()
    expect(popup).to_contain_text("SAM JONG 2")
    expect(gap).to_have_class(re.compile(r"\bselected\b"))
    page.keyboard.press("Escape")

    page.goto("/ui/maritime")
    _drawn(page)
    if SCREENS.is_dir():
        page.screenshot(path=str(SCREENS / "maritime.png"))

    page.select_option("#kind", "port-call")
    page.click("#filter-button")
    expect(page).to_have_url(re.compile(r"kind=port-call"))
    expect(page.locator("#event-total")).to_have_text("3")
    kinds = {rows.nth(k).get_attribute("data-kind") for k in range(rows.count())}
    assert kinds == {"port-call"}
    assert _drawn(page) == 3
    expect(page.locator(".map-legend")).not_to_contain_text("AIS gap")


def test_table_without_javascript(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False, base_url=server)
    try:
        page = context.new_page()
        page.goto("/ui/maritime?kind=gap")
        rows = page.locator("#events tbody tr")
        expect(rows).to_have_count(1)
        expect(rows.first).to_contain_text("Vostochny → Rajin")
        expect(rows.first).to_contain_text("SAM JONG 2")
    finally:
        context.close()
