"""The staged EU FSF v1.0 extract through the EU parser, checked against xml.etree counts.

No real v1.1 file could be staged (see PROVENANCE.md); the v1.1 layout is covered by the
hand-written fixtures in tests/unit/test_sources_eu.py.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from nodewatch.model.record import Record
from nodewatch.sources import eu
from nodewatch.sources.base import ParsedFile
from tests.ftm import assert_entities_validate

pytestmark = pytest.mark.realdata


@pytest.fixture(scope="module")
def case(lists_dir: Path) -> tuple[ET.Element, dict[str, Record], ParsedFile]:
    path = lists_dir / "eu" / "eu-fsf-v1_0-extract-2016-02-11.xml"
    data = path.read_bytes()
    assert eu.sniff(data)
    parsed = eu.parse(path, data)
    return ET.fromstring(data), {r.id: r for r in parsed.records}, parsed


def text(element: ET.Element, tag: str) -> str:
    return " ".join((element.findtext(tag) or "").split())


def test_counts_match_etree_and_provenance(case):
    root, records, parsed = case
    entities = root.findall("ENTITY")
    types = Counter(e.get("Type") for e in entities)
    assert (len(entities), types["P"], types["E"]) == (595, 319, 276)
    by_schema = Counter(r.schema for r in records.values())
    assert by_schema["Person"] == types["P"]
    assert by_schema["Organization"] + by_schema["Vessel"] == types["E"]
    assert set(records) == {f"eu-{e.get('Id')}" for e in entities}
    day, month, year = root.get("Date").split("/")
    assert parsed.published == f"{year}-{month}-{day}" == "2016-02-11"
    programmes = Counter(e.get("programme") for e in entities)
    assert parsed.counts()["by_program"] == dict(programmes)
    assert programmes["IRQ"] == 292 and "PRK" not in programmes


def test_every_name_is_kept_once_with_its_language(case):
    root, records, _ = case
    assert len(root.findall("ENTITY/NAME")) == 2993
    tagged = 0
    for entity in root.findall("ENTITY"):
        record = records[f"eu-{entity.get('Id')}"]
        stated = {(text(n, "WHOLENAME"), text(n, "LANGUAGE")) for n in entity.findall("NAME")}
        stated.discard(("", ""))
        assert len(record.names) == len(stated), record.id
        assert sum(n.kind == "primary" for n in record.names) == 1
        tagged_here = {name for name, lang in stated if lang}
        assert {n.value for n in record.names if n.lang} == tagged_here
        tagged += len({(name, lang) for name, lang in stated if lang})
    assert tagged == sum(1 for r in records.values() for n in r.names if n.lang)
    assert tagged > 900  # 987 NAME elements carry a language tag, a few repeat


def test_countries_become_ftm_codes(case):
    root, records, _ = case
    for entity in root.findall("ENTITY"):
        record = records[f"eu-{entity.get('Id')}"]
        citizens = {text(c, "COUNTRY") for c in entity.findall("CITIZEN")} - {""}
        if record.schema == "Person":
            nationalities = record.properties.get("nationality", [])
            assert len(nationalities) == len(citizens), record.id
            assert all(len(code) == 2 and code.islower() for code in nationalities)
        else:  # an entity's citizenship is its country
            assert not citizens or record.properties.get("country"), record.id
    assert records["eu-13"].properties["nationality"] == ["iq"]
    assert records["eu-13"].properties["birthCountry"] == ["iq"]


def test_birth_dates_and_documents(case):
    root, records, _ = case
    approximative = 0
    for entity in root.findall("ENTITY"):
        record = records[f"eu-{entity.get('Id')}"]
        dates = {(d.text or d.value) for _, d in record.dates}
        for birth in entity.findall("BIRTH"):
            raw = text(birth, "DATE")
            if raw:
                assert raw in dates or any(raw in note for note in record.notes), (record.id, raw)
        approximative += len(
            {text(b, "DATE") for b in entity.findall("BIRTH") if "approximative" in text(b, "DATE")}
        )
        numbers = [
            v
            for prop in ("passportNumber", "idNumber", "socialSecurityNumber")
            for v in record.properties.get(prop, [])
        ]
        for passport in entity.findall("PASSPORT"):
            number = text(passport, "NUMBER").split(" (")[0]
            assert number in numbers or any(number in note for note in record.notes), (record.id, number)
    assert approximative == sum(1 for r in records.values() for _, d in r.dates if d.circa)
    assert approximative > 0


def test_spot_checks(case):
    _, records, _ = case
    mugabe = records["eu-1"]
    assert mugabe.schema == "Person" and mugabe.names[0].value == "Robert Gabriel Mugabe"
    assert [(d.value, d.precision) for _, d in mugabe.dates] == [("1924-02-21", "day")]
    assert mugabe.properties["passportNumber"] == ["AD001095"]
    (sanction,) = mugabe.sanctions
    # Listed in 2002 (the earliest act on any of his facts); 151/2012 is the latest amendment.
    assert sanction.listing_date is not None and sanction.listing_date.value == "2002-09-13"
    assert dict(sanction.extra)["legalBasis"] == "151/2012 (OJ L49)"
    ano = records["eu-201"]
    assert ano.schema == "Organization"
    assert ("Организация Abu Nidal", "non-latin", "bul") in [(n.value, n.kind, n.lang) for n in ano.names]


def test_ftm_export_validates(case):
    """Every entity the records give (targets, Sanctions, links) passes FtM's own validation."""
    assert_entities_validate(case[1].values())
