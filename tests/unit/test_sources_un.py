"""UN consolidated list parser on a hand-written sample (tests/fixtures/un)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nodewatch.model.record import Record
from nodewatch.sources import un
from nodewatch.sources.base import MAX_FIELD_CHARS, SourceError


@pytest.fixture
def sample(fixtures_dir: Path) -> tuple[Path, bytes]:
    path = fixtures_dir / "un" / "un-consolidated-sample.xml"
    return path, path.read_bytes()


@pytest.fixture
def parsed(sample: tuple[Path, bytes]) -> dict[str, Record]:
    result = un.parse(*sample)
    return {r.id: r for r in result.records}


def test_sniff_accepts_both_layouts_and_refuses_others(sample, fixtures_dir):
    _, data = sample
    assert un.sniff(data)
    # The 2024-25 generator's layout: single quotes, 4-space indent.
    assert un.sniff(data.replace(b'"', b"'").replace(b"  ", b"    "))
    for other in ("eu/eu-fsf-v1_1-sample.xml", "eu/eu-fsf-v1_0-sample.xml", "ca/sema-sample.xml"):
        assert not un.sniff((fixtures_dir / other).read_bytes())
    assert not un.sniff(b"ent_num,SDN_Name\n1,X\n")
    assert not un.sniff(b"<?xml version='1.0'?><sdnList><sdnEntry/></sdnList>")
    # A UTF-16 file is recognised through its byte-order mark.
    assert un.sniff(data.decode("utf-8").encode("utf-16"))


def test_file_level_facts(sample):
    result = un.parse(*sample)
    assert result.dataset == "un-sc" and result.format == "un-xml"
    assert result.published == "2026-02-27T00:00:09.554Z"
    assert result.counts()["by_schema"] == {"Organization": 1, "Person": 2, "Vessel": 1}
    assert result.warnings == []


def test_single_quoted_layout_parses_the_same(sample):
    path, data = sample
    relaid = data.replace(b'"', b"'").replace(b"\n  ", b"\n    ")
    a, b = un.parse(path, data), un.parse(path, relaid)
    assert [r.to_entities()[0].to_dict() for r in a.records] == [
        r.to_entities()[0].to_dict() for r in b.records
    ]


def test_person_names_parts_and_scripts(parsed):
    kim = parsed["un-KPi.046"]
    assert kim.schema == "Person"
    names = [(n.value, n.kind, n.quality) for n in kim.names]
    assert names[0] == ("KIM CHOL SAM", "primary", None)
    assert dict(kim.names[0].parts) == {"firstName": "KIM", "secondName": "CHOL SAM"}
    assert ("김철삼", "non-latin", None) in names
    # "Jin Tiesan (金铁三)" is two names of one alias, each in its script.
    assert ("Jin Tiesan", "alias", "good") in names
    assert ("金铁三", "non-latin", "good") in names
    assert ("Kim Chol-sam", "weak", "low") in names
    assert "alias Kim Chol-sam: previously listed as" in kim.notes
    four = parsed["un-IQi.002"].names[0]
    assert dict(four.parts) == {
        "firstName": "QUSAY",
        "secondName": "SADDAM",
        "middleName": "HUSSEIN",
        "lastName": "AL-TIKRITI",
    }


def test_person_facts(parsed):
    kim = parsed["un-KPi.046"]
    props = kim.properties
    assert props["nationality"] == ["kp"]
    assert props["gender"] == ["male"]  # only stated in COMMENTS1
    assert props["title"] == ["Mr"]
    assert props["position"] == ["Representative for Daedong Credit Bank"]
    assert props["passportNumber"] == ["381420754"]
    assert props["idNumber"] == ["563120368"]
    assert props["birthPlace"] == ["Pyongyang, Democratic People's Republic of Korea"]
    assert props["country"] == ["cn"]
    assert any("issuing_country: Democratic People's Republic of Korea" in n for n in kim.notes)
    assert "EYE_COLOUR: brown" in kim.notes  # unknown element kept
    assert parsed["un-IQi.002"].properties["gender"] == ["male"]


def test_birth_dates_keep_precision(parsed):
    dates = [(d.value, d.precision, d.circa, d.end) for _, d in parsed["un-KPi.046"].dates]
    assert dates == [
        ("1971-03-11", "day", False, None),
        ("1970", "year", True, None),
        ("1968", "range", True, "1969"),
        ("1972-09", "month", False, None),  # YEAR 1972 with NOTE "Sep."
    ]
    assert parsed["un-IQi.002"].dates == []


def test_sanction(parsed):
    (sanction,) = parsed["un-KPi.046"].sanctions
    assert sanction.programme == "UN-1718"
    assert sanction.un_ref == sanction.authority_ref == "KPi.046"
    assert sanction.listing_date is not None and sanction.listing_date.value == "2017-08-05"
    assert sanction.reason is not None and sanction.reason.startswith("Representative for Daedong")
    assert dict(sanction.extra)["lastUpdated"] == "2022-07-26; 2023-06-29"
    # xs:date with a time zone, as some UN records carry it.
    iraq = parsed["un-IQi.002"].sanctions[0]
    assert iraq.programme == "UN-1518" and iraq.listing_date is not None
    assert iraq.listing_date.value == "2003-06-27"


def test_links_cross_references_and_care_of(parsed):
    kim = parsed["un-KPi.046"]
    assert [(lk.kind, lk.target_ref) for lk in kim.links if lk.kind == "see_also"] == [
        ("see_also", "un-KPe.030")
    ]
    assert [lk.target_name for lk in kim.links if lk.kind == "care_of"] == ["Daedong Credit Bank"]
    company = parsed["un-KPe.064"]
    assert ("see_also", "un-KPe.018") in [(lk.kind, lk.target_ref) for lk in company.links]
    assert [lk.target_name for lk in company.links if lk.kind == "care_of"] == ["First Oil JV Co Ltd"]
    names = {n.value: n.kind for n in company.names}
    assert names == {
        "KOREA SAMJONG SHIPPING": "primary",
        "SAMJONG SHIPPING COMPANY": "alias",  # "(KPE.018)" taken out of the name
        "Korea Samjong Shpg Co": "former",
    }


def test_shipping_company_is_not_a_vessel_but_a_tanker_is(parsed):
    company = parsed["un-KPe.064"]
    assert company.schema == "Organization"
    assert company.properties["imoNumber"] == ["5954061"]
    ship = parsed["un-KPe.999"]
    assert ship.schema == "Vessel"
    assert ship.properties["imoNumber"] == ["8660313"]


def test_missing_reference_number_names_the_line(sample):
    path, data = sample
    broken = data.replace(b"<REFERENCE_NUMBER>IQi.002</REFERENCE_NUMBER>", b"")
    with pytest.raises(SourceError) as err:
        un.parse(path, broken)
    assert err.value.position == "line 84"
    assert "REFERENCE_NUMBER" in err.value.message


def test_duplicate_reference_is_refused(sample):
    path, data = sample
    with pytest.raises(SourceError, match=r"duplicate id un-KPi\.046"):
        un.parse(path, data.replace(b"IQi.002", b"KPi.046"))


def test_truncated_file(sample):
    path, data = sample
    with pytest.raises(SourceError) as err:
        un.parse(path, data[: len(data) // 2])
    assert err.value.position.startswith("line ")
    assert "malformed XML" in err.value.message


@pytest.mark.parametrize(
    "prolog",
    [
        b'<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        b'<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
        b'<!DOCTYPE CONSOLIDATED_LIST SYSTEM "http://example.org/evil.dtd">',
    ],
    ids=["external-entity", "billion-laughs", "external-dtd"],
)
def test_hostile_dtd_is_refused(sample, prolog):
    path, data = sample
    head, _, rest = data.partition(b"\n")
    hostile = head + b"\n" + prolog + b"\n" + rest.replace(b"<COMMENTS1/>", b"<COMMENTS1>&c;</COMMENTS1>")
    assert un.sniff(hostile)  # recognised, so the UN parser, not detection, says what is wrong
    with pytest.raises(SourceError) as err:
        un.parse(path, hostile)
    assert err.value.position == "line 2"
    assert "DTD" in err.value.message


def test_wrong_declared_encoding(sample):
    path, data = sample
    # Declared Latin-1, bytes are UTF-8: would parse into mojibake if not caught.
    mislabelled = data.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"')
    with pytest.raises(SourceError, match="declared encoding ISO-8859-1 but the bytes are UTF-8") as err:
        un.parse(path, mislabelled)
    assert err.value.position.startswith("line 12,")  # NAME_ORIGINAL_SCRIPT, the first non-ASCII
    # Declared UTF-8, bytes are Latin-1.
    latin = data.decode("utf-8").replace("김철삼", "Kim Chöl").encode("utf-8").replace("ö".encode(), b"\xf6")
    with pytest.raises(SourceError, match="malformed XML") as err:
        un.parse(path, latin)
    assert err.value.position.startswith("line 12,")


def test_utf16(sample):
    path, data = sample
    text = data.decode("utf-8")
    # Declared UTF-8 but written in UTF-16: lxml would trust the byte-order mark silently.
    with pytest.raises(SourceError, match="declared encoding UTF-8 but the bytes are UTF-16") as err:
        un.parse(path, text.encode("utf-16"))
    assert err.value.position == "line 1"
    # A DTD cannot hide in UTF-16 either.
    hostile = text.replace("<CONSOLIDATED_LIST", '<!DOCTYPE x [<!ENTITY a "a">]>\n<CONSOLIDATED_LIST', 1)
    with pytest.raises(SourceError, match="DTD") as err:
        un.parse(path, hostile.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    assert err.value.position == "line 2"
    # Correctly declared UTF-16 is well-formed XML and parses like the original.
    same = un.parse(path, text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    assert [r.names for r in same.records] == [r.names for r in un.parse(path, data).records]


def test_absurdly_long_field(sample):
    path, data = sample
    huge = data.replace(b"<COMMENTS1/>", b"<COMMENTS1>" + b"x" * (MAX_FIELD_CHARS + 1) + b"</COMMENTS1>")
    with pytest.raises(SourceError, match="exceeds") as err:
        un.parse(path, huge)
    assert err.value.position == "line 94"


def test_wrong_root(sample):
    path, _ = sample
    with pytest.raises(SourceError, match="not <CONSOLIDATED_LIST>"):
        un.parse(path, b"<?xml version='1.0'?><data-set><record/></data-set>")
