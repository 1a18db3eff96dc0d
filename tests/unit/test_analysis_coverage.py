"""Coverage, nexus, gaps and lags on hand-built targets (no store)."""

from __future__ import annotations

from datetime import date

import pytest

from nodewatch.analysis.coverage import Coverage, neighbours_of
from nodewatch.analysis.gaps import NotHeld, alignment, lag_days, lags, missing, unique
from nodewatch.analysis.nexus import NexusRule, reasons
from nodewatch.analysis.report import heat_cells, render
from nodewatch.analysis.targets import ON_OR_BEFORE, Listing, Target, listings_of
from nodewatch.model.dates import parse_date
from nodewatch.model.record import Link, Name, Record, Sanction


def record(
    rid: str,
    authority: str,
    programme: str,
    listed: str | None = None,
    schema: str = "Organization",
    name: str = "X",
    **props: str,
) -> Record:
    r = Record(rid, authority, schema)
    r.add_name(Name.make(name))
    r.sanctions.append(Sanction(programme, parse_date(listed) if listed else None))
    for prop, value in props.items():
        r.add(prop, value)
    return r


def target(tid: str, *records: Record, seen: dict | None = None) -> Target:
    return Target(tid, list(records), listings_of(list(records), seen or {}))


RULE = NexusRule.load()


def test_listing_dates_prefer_stated_and_mark_upper_bounds():
    un = record("un-KPe.1", "un", "UN-1718", "2016-03-02")
    ofac = record("ofac-1", "us-ofac", "DPRK3")
    t = target(
        "nw-1", un, ofac, seen={"ofac-1": (date(2022, 2, 23), True), "un-KPe.1": (date(2025, 4, 19), True)}
    )
    assert t.listings["un"] == Listing("un", date(2016, 3, 2), "listing date", ("UN-1718",))
    assert t.listings["us-ofac"].source == ON_OR_BEFORE and not t.listings["us-ofac"].exact
    assert t.first_listed() == date(2016, 3, 2)
    later = target("nw-2", ofac, seen={"ofac-1": (date(2023, 12, 28), False)})
    assert later.listings["us-ofac"].source == "first release" and later.listings["us-ofac"].exact


def test_nexus_rule_reasons():
    dprk_in_russia = target("a", record("uk-1", "uk", "UK-DPRK", address="Vladivostok, Russia"))
    assert reasons(dprk_in_russia, RULE) == ["DPRK-programme target with an address in Russia"]
    russian_ship = target("b", record("uk-2", "uk", "UK-RUSSIA", schema="Vessel", flag="Korea, North"))
    assert reasons(russian_ship, RULE) == ["Russia-programme target with country kp"]
    both = target("c", record("ofac-1", "us-ofac", "DPRK4"), record("uk-3", "uk", "UK-RUSSIA"))
    assert reasons(both, RULE) == ["designated under both DPRK and Russia programmes"]
    text = record("ofac-2", "us-ofac", "RUSSIA-EO14024")
    text.sanctions[0] = Sanction(
        "RUSSIA-EO14024", reason="Facilitated arms transfers from the DPRK to Russia."
    )
    assert reasons(target("d", text), RULE) == [
        "Russia-programme target whose designation text mentions the DPRK"
    ]
    plain = target("e", record("ofac-3", "us-ofac", "RUSSIA-EO14024", address="Moscow"))
    assert reasons(plain, RULE) == []


def test_nexus_through_links_in_both_directions():
    ship = record("uk-9", "uk", "UK-DPRK", schema="Vessel")
    ship.links.append(Link("owner", target_name="RUS CO", target_ref="ofac-7"))
    owner = record("ofac-7", "us-ofac", "RUSSIA-EO14024")
    targets = [target("ship", ship), target("owner", owner)]
    neighbours = neighbours_of(targets)
    assert reasons(targets[0], RULE, neighbours["ship"])[0].startswith("DPRK-programme target linked (owner)")
    assert reasons(targets[1], RULE, neighbours["owner"])[0].startswith(
        "Russia-programme target linked (owner)"
    )


def coverage() -> Coverage:
    t1 = target(
        "t1",
        record("un-1", "un", "UN-1718", "2016-03-02"),
        record("uk-1", "uk", "UK-DPRK", "2016-03-04"),
        record("au-1", "au", "AU-1718", "2016-03-02"),
    )
    t2 = target(
        "t2", record("un-2", "un", "UN-1718", "2017-06-02"), record("au-2", "au", "AU-1718", "2018-06-02")
    )
    t3 = target("t3", record("uk-3", "uk", "UK-RUSSIA", "2022-03-01"))
    t4 = target("t4", record("ofac-4", "us-ofac", "DPRK3"), seen={"ofac-4": (date(2022, 2, 23), True)})
    targets = [t1, t2, t3, t4]
    dates = {
        "un": date(2026, 2, 27),
        "uk": date(2025, 4, 14),
        "au": date(2024, 11, 11),
        "us-ofac": date(2024, 5, 3),
    }
    since = {**dates, "us-ofac": date(2022, 2, 23)}
    return Coverage(targets, {t.id: [] for t in targets}, {}, dates, since)


def test_gaps_unique_and_lags():
    cov = coverage()
    assert [t.id for t in missing(cov, "uk")] == ["t2"]
    assert [t.id for t in missing(cov, "au", vs="uk", regime=None)] == ["t3"]
    assert {t.id for t in unique(cov, None)} == {"t3", "t4"}
    assert sorted(lag_days(cov, "dprk", "au")) == [0, 365]
    assert lag_days(cov, "dprk", "uk") == [2]
    au = next(s for s in lags(cov, "dprk") if s.authority == "au")
    assert (au.first, au.followed, au.median_days) == (1, 1, 365)
    with pytest.raises(LookupError, match="no 'eu' list in the store"):
        missing(cov, "eu")


def test_an_authority_holding_no_target_of_the_regime_has_no_gaps_to_tell():
    """Canada's autonomous list holds Russia targets only: its DPRK gaps cannot be told."""
    cov = coverage()
    ca = target("t5", record("ca-5", "ca", "CA-RUSSIA", "2022-03-01"))
    cov = Coverage(
        [*cov.targets, ca],
        {**cov.nexus, "t5": []},
        {},
        {**cov.data_dates, "ca": date(2025, 5, 25)},
        {**cov.data_since, "ca": date(2025, 5, 25)},
    )
    assert cov.holds("ca", "russia") and cov.holds("ca", "nexus") and not cov.holds("ca", "dprk")
    with pytest.raises(NotHeld, match="hold no dprk target"):
        missing(cov, "ca")
    assert [t.id for t in missing(cov, "ca", vs="uk", regime="russia")] == ["t3"]
    page = render(cov, "dprk")
    assert "no data" in page and "No dprk target in the ca lists" in page
    # judged on the whole coverage, not the rows shown: on a page of DPRK targets only, ca still
    # holds a Russia target, so a Russia-programme row shows ca as "not listed", not "no data"
    ((_row, cells),) = heat_cells(cov, [cov.by_id("t3")])
    ca_cell = cells[cov.authorities.index("ca")]
    assert ca_cell.text == "" and "not listed" in ca_cell.title


def test_alignment_is_unknown_before_an_inexact_lists_first_copy():
    cov = coverage()
    series = alignment(cov, "us-ofac", "dprk", [date(2020, 12, 31), date(2024, 5, 3)])
    assert series[0] == (date(2020, 12, 31), None, 0)
    assert series[1][2] == 2 and series[1][1] == 0.0
    uk = alignment(cov, "uk", "dprk", [date(2016, 12, 31), date(2017, 12, 31)])
    assert [share for _d, share, _n in uk] == [1.0, 0.5]


def test_row_and_html_report():
    cov = coverage()
    row = cov.row(cov.by_id("un-1"))
    assert row["records"] == ["au-1", "uk-1", "un-1"]
    assert row["authorities"] == {"un": "2016-03-02", "uk": "2016-03-04", "au": "2016-03-02"}
    assert row["lag_days"] == {"un": 0, "uk": 2, "au": 0}
    page = render(cov, "dprk")
    assert page.count("<tr>") >= 4 and "≤ 2022-02-23" in page and "<script" not in page
    with pytest.raises(ValueError, match="regime must be one of"):
        cov.select("iran")
