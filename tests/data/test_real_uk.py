"""UK OFSI parser on the staged ConList workbooks, checked against independent counts.

Counts are made here with openpyxl (a different xlsx reader than the parser's calamine)
and with xml.etree on the UN list, or taken from shared/data/lists/PROVENANCE.md.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from nodewatch.sources import au, uk

pytestmark = pytest.mark.realdata

DPRK = "Democratic People's Republic of Korea"
SCHEMA = {"Individual": "Person", "Entity": "Organization", "Ship": "Vessel"}


@pytest.fixture(scope="module")
def path(lists_dir: Path) -> Path:
    return lists_dir / "uk-ofsi" / "ConList-2025-04-14.xlsx"


@pytest.fixture(scope="module")
def sheet_rows(path: Path) -> list[list[str]]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = [["" if v is None else str(v) for v in row] for row in book["Data"].iter_rows(values_only=True)]
    book.close()
    return rows


@pytest.fixture(scope="module")
def parsed(path: Path) -> uk.ParsedFile:
    return uk.parse_xlsx(path, path.read_bytes())


def test_counts_match_openpyxl_and_provenance(sheet_rows, parsed):
    header = sheet_rows[1]
    col = {name: i for i, name in enumerate(header)}
    data = [r for r in sheet_rows[2:] if any(r)]
    assert len(data) == 18_798  # PROVENANCE
    groups: dict[str, list[str]] = {}
    for r in data:
        groups.setdefault(r[col["Group ID"]], r)
    assert len(groups) == 4_688 == len(parsed.records)
    types = Counter(SCHEMA[r[col["Group Type"]]] for r in groups.values())
    assert types == {"Person": 3_663, "Organization": 1_010, "Vessel": 15}
    assert parsed.counts()["by_schema"] == dict(types)
    assert {r.id for r in parsed.records} == {f"uk-{g}" for g in groups}
    dprk_groups = {r[col["Group ID"]] for r in data if r[col["Regime"]] == DPRK}
    assert len(dprk_groups) == 239
    assert {r.id for r in parsed.records if any(s.programme == "UK-DPRK" for s in r.sanctions)} == {
        f"uk-{g}" for g in dprk_groups
    }
    un_groups = {g for g, r in groups.items() if "(UN Ref):" in r[col["Other Information"]]}
    assert {r.id for r in parsed.records if any(s.un_ref for s in r.sanctions)} == {
        f"uk-{g}" for g in un_groups
    }
    names = sum(1 for r in data if r[col["Name 6"]].strip()) + sum(
        1 for r in data if r[col["Name Non-Latin Script"]].strip()
    )
    # Every row's name and non-Latin name is kept (repeats within a group are merged).
    assert sum(len(r.names) for r in parsed.records) <= names
    assert parsed.published == "2025-04-14"
    assert parsed.warnings == []


def test_dprk_un_refs_are_the_un_dprk_list(parsed, lists_dir):
    root = ET.parse(lists_dir / "un" / "un-consolidated-2025-04-19.xml").getroot()
    un_dprk = {
        (node.findtext("REFERENCE_NUMBER") or "").strip()  # the UN file pads some refs with a space
        for node in root.iter()
        if node.tag in ("INDIVIDUAL", "ENTITY") and node.findtext("UN_LIST_TYPE") == "DPRK"
    }
    uk_refs = {s.un_ref for r in parsed.records for s in r.sanctions if s.programme == "UK-DPRK" and s.un_ref}
    assert len(un_dprk) == 155
    assert uk_refs == un_dprk


def test_dprk_ship_spot_check(parsed):
    by_id = {r.id: r for r in parsed.records}
    ship = next(r for r in parsed.records if r.properties.get("imoNumber") == ["IMO7408873"])
    assert ship.schema == "Vessel"
    assert ship.primary_name == "SAM JONG 2"
    assert ship.properties["flag"] == ["kp"]
    (sanction,) = ship.sanctions
    assert (sanction.programme, sanction.authority_ref) == ("UK-DPRK", "DPR0100")
    targets = {(link.kind, link.target_ref) for link in ship.links}
    assert ("asset_of", "un-KPe.064") in targets
    owner_ref = next(ref for kind, ref in targets if kind == "asset_of" and ref and ref.startswith("uk-"))
    owner = by_id[owner_ref]
    assert "Samjong" in owner.primary_name or "SAMJONG" in owner.primary_name.upper()
    assert any(s.un_ref == "KPe.064" for s in owner.sanctions)
    ships = [r for r in parsed.records if r.schema == "Vessel"]
    assert all(r.properties.get("imoNumber") for r in ships)
    assert sum(1 for r in ships for link in r.links if link.kind == "asset_of" and link.target_ref) >= 15


def test_csv_form_equals_xlsx(sheet_rows, parsed, path, tmp_path):
    target = tmp_path / "ConList.csv"
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for row in sheet_rows:
            writer.writerow(row)
    data = target.read_bytes()
    assert uk.sniff_csv(data) and not uk.sniff_xlsx(data)
    from_csv = uk.parse_csv(target, data)
    assert from_csv.published == parsed.published
    assert len(from_csv.records) == len(parsed.records)
    assert from_csv.records == parsed.records


def test_sniffers_tell_uk_from_australia(path, lists_dir):
    uk_data = path.read_bytes()
    au_data = (lists_dir / "australia" / "dfat-consolidated-list-2024-11-11.xlsx").read_bytes()
    assert uk.sniff_xlsx(uk_data) and not au.sniff(uk_data)
    assert au.sniff(au_data) and not uk.sniff_xlsx(au_data)


def test_older_release(lists_dir):
    old = lists_dir / "uk-ofsi" / "ConList-2023-06-05.xlsx"
    parsed = uk.parse_xlsx(old, old.read_bytes())
    assert len(parsed.records) == 3_993  # PROVENANCE
    assert parsed.published == "2023-06-05"
    assert sum(1 for r in parsed.records if any(s.programme == "UK-DPRK" for s in r.sanctions)) == 236
