"""Australia DFAT parser on the staged consolidated list, checked against openpyxl counts."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from nodewatch.sources import au

pytestmark = pytest.mark.realdata


@pytest.fixture(scope="module")
def path(lists_dir: Path) -> Path:
    return lists_dir / "australia" / "dfat-consolidated-list-2024-11-11.xlsx"


@pytest.fixture(scope="module")
def sheet_rows(path: Path) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return rows


@pytest.fixture(scope="module")
def parsed(path: Path) -> au.ParsedFile:
    return au.parse(path, path.read_bytes())


def fold(value: object) -> str:
    return " ".join(str(value or "").split()).lower()


def test_counts_match_openpyxl_and_provenance(sheet_rows, parsed):
    header = [fold(h) for h in sheet_rows[0]]
    col = {name: i for i, name in enumerate(header)}
    data = [r for r in sheet_rows[1:] if any(v not in (None, "") for v in r)]
    assert len(data) == 9_553  # PROVENANCE
    primaries = [r for r in data if fold(r[col["name type"]]) == "primary name"]
    assert len(primaries) == 3_062 == len(parsed.records)  # PROVENANCE: 3,062 primary names

    def base(ref: object) -> str:
        text = str(int(ref)) if isinstance(ref, float) else str(ref).strip()
        match = re.match(r"\d+", text)
        assert match, text
        return match.group(0)

    assert {r.id for r in parsed.records} == {f"au-{base(r[col['reference']])}" for r in primaries}
    committees = Counter(fold(r[col["committees"]]) for r in primaries)
    assert committees["1718 (dprk)"] == 155
    assert committees["autonomous (dprk)"] == 56
    by_program = parsed.counts()["by_program"]
    assert isinstance(by_program, dict)
    assert by_program["AU-1718"] == 155
    assert by_program["AU-DPRK"] == 56
    assert by_program["AU-RUSSIA"] == committees["autonomous (russia)"] == 647
    assert by_program["AU-UKRAINE"] == committees["autonomous (ukraine)"] == 841
    types = Counter(fold(r[col["type"]]) for r in primaries)
    assert parsed.counts()["by_schema"] == {"Organization": types["entity"], "Person": types["individual"]}
    dprk_rows = sum(1 for r in data if fold(r[col["committees"]]) in ("1718 (dprk)", "autonomous (dprk)"))
    assert dprk_rows == 508  # PROVENANCE
    dprk_names = sum(
        len(r.names)
        for r in parsed.records
        if any(s.programme in ("AU-1718", "AU-DPRK") for s in r.sanctions)
    )
    assert dprk_names <= dprk_rows
    assert parsed.published == "2024-11-11T01:01:21Z"  # PROVENANCE: workbook modified


def test_no_row_is_lost(sheet_rows, parsed):
    names = {fold(r[1]) for r in sheet_rows[1:] if r[1]}
    parsed_names = {fold(n.value) for r in parsed.records for n in r.names}
    assert names == parsed_names


def test_komid_spot_check(parsed):
    komid = next(r for r in parsed.records if r.id == "au-1113")
    assert komid.primary_name == "Korea Mining Development Trading Corporation"
    assert "KOMID" in {n.value for n in komid.names}
    (sanction,) = komid.sanctions
    assert sanction.programme == "AU-1718"
    assert sanction.listing_date is not None and sanction.listing_date.value == "2009-04-24"
    assert dict(sanction.extra)["control"] == "2009-04-27"


def test_imo_numbers_belong_to_companies(parsed):
    with_imo = [r for r in parsed.records if "imoNumber" in r.properties]
    assert len(with_imo) == 20
    assert {r.schema for r in with_imo} == {"Organization"}  # no vessel rows in this release
    chonmyong = next(r for r in with_imo if "CHONMYONG" in r.primary_name.upper())
    assert chonmyong.properties["imoNumber"] == ["IMO5571322"]
