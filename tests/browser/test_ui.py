"""An analyst's path in a real browser: search → entity → network → coverage."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.realdata, pytest.mark.slow]


def test_search_entity_graph_coverage(page: Page) -> None:
    page.goto("/")
    page.fill("#q", "Korea Samjong Shipping")
    page.press("#q", "Enter")
    first = page.locator("#results a.target-link").first
    expect(first).to_have_text(re.compile("KOREA SAMJONG SHIPPING", re.I))
    first.click()

    expect(page.locator("#entity-name")).to_contain_text("KOREA SAMJONG SHIPPING")
    designations = page.locator("#designation-table")
    expect(designations).to_contain_text("KPe.064")
    expect(designations).to_contain_text("2018-03-30")
    expect(page.locator("svg.timeline circle")).to_have_count(4)  # UN, OFAC, UK, AU

    graph = page.locator("#graph[data-ready]")
    expect(graph).to_be_attached(timeout=15_000)
    assert int(graph.get_attribute("data-ready") or 0) >= 3  # the company and its tankers
    expect(page.locator("#graph canvas").first).to_be_visible()
    page.locator("#neighbours a", has_text=re.compile("SAM JONG 2", re.I)).first.click()
    expect(page.locator("#identifiers")).to_contain_text("7408873")

    page.click("nav >> text=Coverage")
    page.select_option("#regime", "nexus")
    page.click("#coverage-filters button")
    expect(page).to_have_url(re.compile(r"regime=nexus"))
    rows = page.locator("#heatmap tbody tr")
    expect(rows.first).to_be_visible()
    assert int(page.locator("#total-targets").inner_text()) > 0
    expect(page.locator("#lags")).to_contain_text("Median")


def test_search_works_without_javascript(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False, base_url=server)
    try:
        page = context.new_page()
        page.goto("/")
        page.fill("#q", "Kim Yo Jong")
        page.click("#screen-button")
        expect(page.locator("#results")).to_contain_text("KIM, Yo Jong")
        expect(page.locator("#results .tag-match").first).to_be_visible()
    finally:
        context.close()


def test_changes_feed(page: Page) -> None:
    page.goto("/ui/changes")
    item = page.locator("#feed li", has_text="2026-02-27").first
    expect(item).to_contain_text("added")
    item.locator("a").click()
    expect(page.locator("h1")).to_contain_text("2026-02-27")
