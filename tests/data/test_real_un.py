"""Both staged UN consolidated lists through the UN parser, checked against xml.etree counts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from nodewatch.model.record import Record
from nodewatch.sources import un
from nodewatch.sources.base import ParsedFile
from tests.ftm import assert_entities_validate

pytestmark = pytest.mark.realdata

FILES = {
    # file: (individuals, entities) as PROVENANCE.md states them
    "un-consolidated-2026-02-27.xml": (730, 273),
    "un-consolidated-2025-04-19.xml": (684, 193),
}


@pytest.fixture(scope="module", params=sorted(FILES))
def case(request, lists_dir: Path) -> tuple[str, ET.Element, dict[str, Record], ParsedFile]:
    path = lists_dir / "un" / request.param
    data = path.read_bytes()
    parsed = un.parse(path, data)
    return request.param, ET.fromstring(data), {r.id: r for r in parsed.records}, parsed


def ref_of(element: ET.Element) -> str:
    """The reference as written, without the stray spaces some records carry ("KPe.056 ")."""
    return (element.findtext("REFERENCE_NUMBER") or "").strip()


def etree_text(element: ET.Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def test_counts_match_etree_and_provenance(case):
    name, root, records, parsed = case
    individuals = root.findall("INDIVIDUALS/INDIVIDUAL")
    entities = root.findall("ENTITIES/ENTITY")
    assert (len(individuals), len(entities)) == FILES[name]
    by_schema = Counter(r.schema for r in records.values())
    assert by_schema["Person"] == len(individuals)
    assert by_schema["Organization"] + by_schema["Vessel"] == len(entities)
    refs = {ref_of(e) for e in individuals + entities}
    assert set(records) == {f"un-{ref}" for ref in refs}
    assert parsed.published == root.get("dateGenerated")
    assert parsed.warnings == []


def test_dprk_programme(case):
    _, root, records, parsed = case
    dprk = [ref_of(e) for e in root.iter() if e.findtext("UN_LIST_TYPE") == "DPRK"]
    assert sum(ref.startswith("KPi.") for ref in dprk) == 80
    assert sum(ref.startswith("KPe.") for ref in dprk) == 75
    assert parsed.counts()["by_program"]["UN-1718"] == 155
    assert {r.id for r in records.values() if r.sanctions[0].programme == "UN-1718"} == {
        f"un-{x}" for x in dprk
    }
    # Every list type maps to a registry programme code, none is kept as a raw label.
    assert all(s.programme.startswith("UN-") for r in records.values() for s in r.sanctions)


def test_every_alias_is_kept(case):
    """Each ALIAS_NAME survives as a name (split or trimmed) or, for "Care of", as a link."""
    _, root, records, _ = case
    for element in root.iter():
        if element.tag not in ("INDIVIDUAL", "ENTITY"):
            continue
        record = records[f"un-{ref_of(element)}"]
        values = [n.value for n in record.names]
        for alias in element.findall(f"{element.tag}_ALIAS"):
            text = etree_text(alias.find("ALIAS_NAME"))
            if not text:
                continue
            if text.lower().startswith("care of"):
                assert any(lk.kind == "care_of" and lk.text == text for lk in record.links)
            else:
                assert any(v in text for v in values), (record.id, text)


def test_birth_dates_keep_precision(case):
    _, root, records, _ = case
    for person in root.iter("INDIVIDUAL"):
        record = records[f"un-{ref_of(person)}"]
        dates = [d for prop, d in record.dates if prop == "birthDate"]
        between = {
            (d.findtext("FROM_YEAR"), d.findtext("TO_YEAR"))
            for d in person.findall("INDIVIDUAL_DATE_OF_BIRTH")
            if d.findtext("TYPE_OF_DATE") == "BETWEEN"
        }
        assert {(d.value, d.end) for d in dates if d.precision == "range"} == between
        exact_days = {
            d.findtext("DATE")
            for d in person.findall("INDIVIDUAL_DATE_OF_BIRTH")
            if d.findtext("TYPE_OF_DATE") == "EXACT" and d.findtext("DATE")
        }
        assert exact_days <= {d.value for d in dates if d.precision == "day" and not d.circa}
        approx_years = {
            d.findtext("YEAR")
            for d in person.findall("INDIVIDUAL_DATE_OF_BIRTH")
            if d.findtext("TYPE_OF_DATE") == "APPROXIMATELY" and d.findtext("YEAR")
        }
        assert approx_years <= {d.value for d in dates if d.precision == "year" and d.circa}
        # A year-only date is never turned into 1 January.
        assert not any(d.value.endswith("-01-01") and d.text and len(d.text) == 4 for d in dates)


def test_kpi_033(case):
    _, root, records, _ = case
    element = next(e for e in root.iter("INDIVIDUAL") if ref_of(e) == "KPi.033")
    record = records["un-KPi.033"]
    assert record.schema == "Person"
    assert record.names[0].value == "RI WON HO"
    assert dict(record.names[0].parts) == {"firstName": "RI", "secondName": "WON HO"}
    # The list gives this person no alias: the parser must not invent one.
    assert not any(etree_text(a.find("ALIAS_NAME")) for a in element.findall("INDIVIDUAL_ALIAS"))
    assert len(record.names) == 1
    assert record.properties["passportNumber"] == ["381310014"]
    assert record.properties["nationality"] == ["kp"]
    assert record.properties["position"] == ["DPRK Ministry of State Security Official"]
    assert [(d.value, d.precision) for _, d in record.dates] == [("1964-07-17", "day")]
    (sanction,) = record.sanctions
    assert (sanction.programme, sanction.un_ref) == ("UN-1718", "KPi.033")
    assert sanction.listing_date is not None and sanction.listing_date.value == "2016-11-30"


def test_dprk_person_with_han_alias(case):
    _, root, records, _ = case
    element = next(
        e
        for e in root.iter("INDIVIDUAL")
        if any(
            etree_text(a.find("ALIAS_NAME")) == "Jin Tiesan (金铁三)" for a in e.findall("INDIVIDUAL_ALIAS")
        )
    )
    record = records[f"un-{ref_of(element)}"]
    names = {(n.value, n.kind, n.quality) for n in record.names}
    assert ("Jin Tiesan", "alias", "good") in names
    assert ("金铁三", "non-latin", "good") in names
    assert record.names[0].value == "KIM CHOL SAM"


def test_shipping_companies_with_imo_numbers(case):
    _, root, records, _ = case
    with_imo = {
        ref_of(e): re.search(r"IMO[^0-9]{0,12}(\d{7})", e.findtext("COMMENTS1") or "")
        for e in root.iter("ENTITY")
    }
    with_imo = {ref: m.group(1) for ref, m in with_imo.items() if m}
    assert len(with_imo) == 16
    assert all(ref.startswith("KPe.") for ref in with_imo)
    for ref, imo in with_imo.items():
        record = records[f"un-{ref}"]
        # Registered owners and managers of tankers: companies, their IMO company numbers kept.
        assert record.schema == "Organization", ref
        assert record.properties["imoNumber"] == [imo]
    assert records["un-KPe.064"].properties["imoNumber"] == ["5954061"]
    assert not any(r.schema == "Vessel" for r in records.values())


def test_cross_references_and_gender(case):
    _, root, records, _ = case
    assert ("see_also", "un-KPe.018") in [(lk.kind, lk.target_ref) for lk in records["un-KPe.021"].links]
    assert [lk.target_name for lk in records["un-KPe.069"].links if lk.kind == "care_of"] == [
        "First Oil JV Co Ltd"
    ]
    stated = {
        ref_of(e)
        for e in root.iter("INDIVIDUAL")
        if e.findtext("GENDER")
        or re.search(r"gender\s*[:\[]\s*(fe)?male", e.findtext("COMMENTS1") or "", re.I)
    }
    assert {r.id for r in records.values() if r.properties.get("gender")} == {f"un-{ref}" for ref in stated}


def test_ftm_view_is_valid(case):
    _, _, records, _ = case
    for record in records.values():
        entities = record.to_entities()
        assert entities[0].id == record.id and entities[0].get("name")
        assert len(entities) >= 2  # the target and at least its Sanction


def test_ftm_export_validates(case):
    """Every entity the records give (targets, Sanctions, links) passes FtM's own validation."""
    assert_entities_validate(case[2].values())
