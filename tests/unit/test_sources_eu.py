"""EU FSF parser on hand-written samples of both layouts (tests/fixtures/eu)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nodewatch.model.record import Record
from nodewatch.sources import eu
from nodewatch.sources.base import MAX_FIELD_CHARS, SourceError


@pytest.fixture
def v11(fixtures_dir: Path) -> tuple[Path, bytes]:
    path = fixtures_dir / "eu" / "eu-fsf-v1_1-sample.xml"
    return path, path.read_bytes()


@pytest.fixture
def v10(fixtures_dir: Path) -> tuple[Path, bytes]:
    path = fixtures_dir / "eu" / "eu-fsf-v1_0-sample.xml"
    return path, path.read_bytes()


def by_id(sample: tuple[Path, bytes]) -> dict[str, Record]:
    return {r.id: r for r in eu.parse(*sample).records}


def test_sniff(v11, v10, fixtures_dir):
    assert eu.sniff(v11[1]) and eu.sniff(v10[1])
    # A v1.1 file without the namespace declaration is still recognised by its elements.
    assert eu.sniff(v11[1].replace(b' xmlns="http://eu.europa.ec/fpi/fsd/export"', b""))
    for other in ("un/un-consolidated-sample.xml", "ca/sema-sample.xml"):
        assert not eu.sniff((fixtures_dir / other).read_bytes())
    assert not eu.sniff(b"<export><something/></export>")
    assert not eu.sniff(b"")


def test_v11_file_level(v11):
    result = eu.parse(*v11)
    assert (result.dataset, result.format) == ("eu-fsf", "eu-fsf-xml")
    assert result.published == "2026-08-05T16:47:04.449+02:00"
    assert [r.id for r in result.records] == [
        "eu-EU.4061.42",
        "eu-EU.5080.11",
        "eu-EU.7855.21",
        "eu-EU.9214.77",
        "eu-2543",  # no euReferenceNumber: falls back to logicalId
    ]
    assert result.counts()["by_schema"] == {"Organization": 2, "Person": 2, "Vessel": 1}


def test_v11_without_namespace_parses_the_same(v11):
    path, data = v11
    plain = data.replace(b' xmlns="http://eu.europa.ec/fpi/fsd/export"', b"")
    assert [r.names for r in eu.parse(path, plain).records] == [r.names for r in eu.parse(*v11).records]


def test_v11_dprk_person_with_aliases_in_several_languages(v11):
    ri = by_id(v11)["eu-EU.4061.42"]
    assert ri.schema == "Person"
    names = [(n.value, n.kind, n.lang, n.quality) for n in ri.names]
    assert names == [
        ("Ri Won Ho", "primary", None, "strong"),
        ("리원호", "non-latin", "kor", "strong"),
        ("Ри Вон Хо", "non-latin", "rus", "strong"),
        ("Ri Won-ho", "alias", "fra", "strong"),
        ("Won-Ho", "weak", None, "weak"),  # strong="false"
    ]
    assert ri.names[1].script == "Hangul"
    assert dict(ri.names[0].parts) == {"firstName": "Won Ho", "lastName": "Ri"}
    assert ri.properties["nationality"] == ["kp"]
    assert ri.properties["passportNumber"] == ["381310014"]
    assert ri.properties["gender"] == ["male"]
    assert [(d.value, d.precision) for _, d in ri.dates] == [("1964-07-17", "day")]
    assert "birthCountry" not in ri.properties  # countryIso2Code="00" means unknown


def test_v11_sanction_uses_earliest_regulation_and_un_reference(v11):
    (sanction,) = by_id(v11)["eu-EU.4061.42"].sanctions
    assert sanction.programme == "EU-PRK"
    assert sanction.listing_date is not None and sanction.listing_date.value == "2016-12-06"
    assert sanction.un_ref == "KPi.033"
    assert sanction.authority_ref == "EU.4061.42"
    assert sanction.source_url == "https://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32016R2141"
    extra = dict(sanction.extra)
    assert extra["regulation"] == "2016/2141 (OJ L332)"
    assert extra["latestRegulation"] == "2017/1836 (OJ L261)"
    assert sanction.reason is not None and sanction.reason.startswith("Date of UN designation")


def test_v11_circa_year_and_year_range(v11):
    kim = by_id(v11)["eu-EU.5080.11"]
    dates = [(d.value, d.precision, d.circa, d.end) for _, d in kim.dates]
    assert dates == [("1946", "year", True, None), ("1945", "range", False, "1947")]
    assert kim.properties["birthPlace"] == ["Yanggang, NORTH KOREA"]
    assert kim.properties["title"] == ["General"]
    (note,) = [n for n in kim.notes if n.startswith("document PD 472310104")]
    assert "diplomatic" in note and "knownExpired" in note and "expired." in note


def test_v11_russian_company(v11):
    company = by_id(v11)["eu-EU.7855.21"]
    assert company.schema == "Organization"
    cyrillic = [n for n in company.names if n.script == "Cyrillic"]
    assert [(n.value, n.kind, n.lang) for n in cyrillic] == [
        ("Акционерное общество «Концерн «Автоматика»", "non-latin", "rus")
    ]
    props = company.properties
    assert props["registrationNumber"] == ["1177746139499"]
    assert props["taxNumber"] == ["7720388452"]
    assert props["country"] == ["ru"]
    assert props["address"] == ["Ibragimova St. 29, 105318, Moscow, RUSSIAN FEDERATION"]
    assert props["website"] and props["phone"]
    assert company.sanctions[0].programme == "EU-UKR"


def test_v11_vessel_and_entity_with_un_id(v11):
    records = by_id(v11)
    ship = records["eu-EU.9214.77"]
    assert ship.schema == "Vessel" and ship.properties["imoNumber"] == ["8604917"]
    komid = records["eu-2543"]
    assert komid.schema == "Organization"
    assert komid.sanctions[0].un_ref == "KPe.001"
    assert komid.sanctions[0].listing_date is not None
    assert komid.sanctions[0].listing_date.value == "2009-05-05"
    assert "misc: kind=sector; Arms trade" in komid.notes  # unknown element kept
    assert "address: Head office" in komid.notes


def test_v11_entity_without_any_id(v11):
    path, data = v11
    broken = data.replace(b'euReferenceNumber="" logicalId="2543"', b'euReferenceNumber="" logicalId=""')
    with pytest.raises(SourceError, match="neither euReferenceNumber nor logicalId") as err:
        eu.parse(path, broken)
    assert err.value.position == "line 62"


def test_v10_legacy_layout(v10):
    result = eu.parse(*v10)
    assert result.published == "2016-02-11"
    records = {r.id: r for r in result.records}
    saddam = records["eu-13"]
    assert saddam.schema == "Person"
    assert [(n.value, n.kind, n.lang) for n in saddam.names] == [
        ("Saddam Hussein Al-Tikriti", "primary", None),
        ("Abou Ali", "alias", "fra"),
        ("Абу Али", "non-latin", "bul"),
    ]
    # ISO alpha-3 countries become FtM codes.
    assert saddam.properties["nationality"] == ["iq"]
    assert saddam.properties["birthCountry"] == ["iq"]
    assert saddam.properties["passportNumber"] == ["AD001095"]
    dates = [(d.value, d.precision, d.circa, d.end) for _, d in saddam.dates]
    assert dates == [("1937-04-28", "day", False, None), ("1958", "range", True, "1960")]
    (sanction,) = saddam.sanctions
    assert sanction.programme == "IRQ" and sanction.reason == "(UNSC RESOLUTION 1483)"
    assert sanction.listing_date is not None and sanction.listing_date.value == "2003-07-07"
    org = records["eu-201"]
    assert org.schema == "Organization"
    assert org.properties["country"] == ["lb"]
    # The entity's reg_date is its latest amendment; the listing is the earliest fact.
    assert org.sanctions[0].listing_date is not None
    assert org.sanctions[0].listing_date.value == "2003-12-22"
    assert "address: (former location)" in org.notes


def test_v10_entity_without_id(v10):
    path, data = v10
    with pytest.raises(SourceError, match="ENTITY has no Id") as err:
        eu.parse(path, data.replace(b'<ENTITY Id="201"', b'<ENTITY Id=""'))
    assert err.value.position == "line 53"


def test_truncated_and_hostile(v11):
    path, data = v11
    with pytest.raises(SourceError, match="malformed XML"):
        eu.parse(path, data[:-200])
    bomb = data.replace(
        b"<export",
        b'<!DOCTYPE export [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>\n<export',
        1,
    )
    with pytest.raises(SourceError, match="DTD"):
        eu.parse(path, bomb)


def test_absurdly_long_attribute(v11):
    path, data = v11
    huge = data.replace(
        b'designationDetails=""', b'designationDetails="' + b"y" * (MAX_FIELD_CHARS + 1) + b'"', 1
    )
    with pytest.raises(SourceError, match="exceeds") as err:
        eu.parse(path, huge)
    assert err.value.position == "line 4"


def test_wrong_root(v11):
    with pytest.raises(SourceError, match="not an EU FSF"):
        eu.parse(v11[0], b"<CONSOLIDATED_LIST/>")
