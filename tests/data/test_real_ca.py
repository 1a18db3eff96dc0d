"""The staged Canadian SEMA list through the Canada parser, checked against xml.etree counts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from nodewatch.model.record import Record
from nodewatch.sources import ca
from nodewatch.sources.base import ParsedFile
from tests.ftm import assert_entities_validate

pytestmark = pytest.mark.realdata


@pytest.fixture(scope="module")
def case(lists_dir: Path) -> tuple[list[ET.Element], list[Record], ParsedFile]:
    path = lists_dir / "canada" / "sema-consolidated-autonomous-2025-05-25.xml"
    data = path.read_bytes()
    assert ca.sniff(data)
    parsed = ca.parse(path, data)
    return list(ET.fromstring(data)), parsed.records, parsed


def text(element: ET.Element, tag: str) -> str:
    return " ".join((element.findtext(tag) or "").split())


def test_counts_match_etree_and_provenance(case):
    rows, records, parsed = case
    assert len(rows) == len(records) == 4759
    assert parsed.published is None and parsed.warnings == []
    ships = [r for r in rows if text(r, "ShipIMONumber")]
    people = [
        r for r in rows if not text(r, "ShipIMONumber") and (text(r, "LastName") or text(r, "GivenName"))
    ]
    assert len(ships) == 109
    assert Counter(r.schema for r in records) == {
        "Vessel": len(ships),
        "Person": len(people),
        "Organization": len(rows) - len(ships) - len(people),
    }
    # Records come out in file order, so each can be checked against its own row.
    assert [int(r.position.split()[1]) for r in records] == sorted(
        int(r.position.split()[1]) for r in records
    )


def test_ids_are_unique_and_traceable(case):
    rows, records, _ = case
    ids = [r.id for r in records]
    assert len(set(ids)) == len(ids)
    for row, record in zip(rows, records, strict=True):
        assert record.id.startswith("ca-") and record.id.endswith(f"-{text(row, 'Item')}")
        assert record.sanctions[0].authority_ref.endswith(f"Item {text(row, 'Item')}")
        country = text(row, "Country").split(" / ")[0].lower()
        assert record.id.startswith("ca-" + re.sub(r"[^a-z0-9]+", "-", country).strip("-"))


def test_programmes_and_listing_dates(case):
    rows, records, parsed = case
    russia = sum(1 for r in rows if text(r, "Country") == "Russia / Russie")
    ukraine = sum(1 for r in rows if text(r, "Country") == "Ukraine")
    assert (russia, ukraine) == (2426, 553)
    by_program = parsed.counts()["by_program"]
    assert by_program["CA-RUSSIA"] == russia and by_program["CA-UKRAINE"] == ukraine
    for row, record in zip(rows, records, strict=True):
        listing = record.sanctions[0].listing_date
        assert listing is not None and listing.value == text(row, "DateOfListing")
    assert max(r.sanctions[0].listing_date.value for r in records) == "2025-03-20"


def test_dates_keep_precision(case):
    rows, records, _ = case
    for row, record in zip(rows, records, strict=True):
        raw = text(row, "DateOfBirthOrShipBuildDate")
        values = [d for _, d in record.dates]
        if re.fullmatch(r"\d{4}", raw):
            assert [(d.value, d.precision) for d in values] == [(raw, "year")]
        elif re.fullmatch(r"\d{4}-\d\d-\d\d", raw):
            assert [(d.value, d.precision) for d in values] == [(raw, "day")]
        elif raw:
            assert values or any(raw in note for note in record.notes), (record.id, raw)
        prop = {"Vessel": "buildDate", "Person": "birthDate"}.get(record.schema)
        assert all(p == prop for p, _ in record.dates), record.id


def test_vessels(case):
    rows, records, _ = case
    for row, record in zip(rows, records, strict=True):
        if not text(row, "ShipIMONumber"):
            continue
        assert record.schema == "Vessel"
        assert record.properties["imoNumber"] == [text(row, "ShipIMONumber")]
        assert record.names[0].value == text(row, "EntityOrShip")
        assert record.properties["type"] == [text(row, "TitleOrShip")]
        assert record.sanctions[0].programme == "CA-RUSSIA"


def test_aliases_are_split_not_lost(case):
    rows, records, _ = case
    with_aliases = 0
    for row, record in zip(rows, records, strict=True):
        raw = text(row, "Aliases")
        if not raw:
            assert len(record.names) == 1
            continue
        with_aliases += 1
        aliases = record.names[1:]
        # Every alias is a piece of the field as written; none is empty or a bare separator.
        squashed = raw.replace(" ", "")
        assert all(n.value.replace(" ", "") in squashed for n in aliases), (record.id, raw)
        if ";" in raw and not re.search(r"[:(]", raw):
            assert len(aliases) >= len([p for p in raw.split(";") if p.strip()]) - 1, record.id
    assert with_aliases == 2877
    # Language labels become ISO 639-3 tags.
    langs = Counter(n.lang for r in records for n in r.names if n.lang)
    assert langs["rus"] > 0 and langs["bel"] > 0


def test_spot_checks(case):
    _, records, _ = case
    by_id = {r.id: r for r in records}
    lukashenko = by_id["ca-belarus-1-part-1-8"]
    assert lukashenko.names[0].value == "Aleksandr Grigoryevich Lukashenko"
    assert [(d.value, d.precision) for _, d in lukashenko.dates] == [("1954-08-30", "day")]
    ship = by_id["ca-russia-1-1-1"]
    assert (ship.schema, ship.names[0].value, ship.properties["imoNumber"]) == (
        "Vessel",
        "Balitiyskiy III",
        ["7612448"],
    )
    # "1963-1964" is a range, "1963 or 1964" two dates.
    ranges = [r for r in records if any(d.precision == "range" for _, d in r.dates)]
    assert [(d.value, d.end) for r in ranges for _, d in r.dates] == [("1963", "1964")]


def test_ftm_export_validates(case):
    """Every entity the records give (targets, Sanctions, links) passes FtM's own validation."""
    assert_entities_validate(case[1])
