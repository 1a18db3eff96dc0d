"""OFAC CSV parsers on the staged SDN, Consolidated, alt and add files.

Every expectation is counted independently here with Python's csv module (or taken from
shared/data/lists/PROVENANCE.md), never copied from the parser's own output.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from nodewatch.model.record import Record
from nodewatch.sources.base import ParsedFile
from nodewatch.sources.ofac import PARSERS, parse_add, parse_alt, parse_main
from nodewatch.sources.ofac_remarks import split_remarks

pytestmark = pytest.mark.realdata

SDN_FILES = ["sdn-2022-02-23.csv", "sdn-2022-12-28.csv", "sdn-2023-12-28.csv", "sdn-2024-05-03.csv"]
SCHEMA = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane", "-0-": "Organization"}
IMO = re.compile(r"\bIMO (\d{7})\b")


def csv_rows(path: Path) -> list[list[str]]:
    text = path.read_text("ascii").rstrip("\x1a")
    return list(csv.reader(text.splitlines()))


def fold_address(text: str) -> str:
    """FtM's address cleaning tidies spaces and doubled commas; compare without them."""
    return " ".join(re.sub(r"[\s,;]+", " ", text).split()).lower()


def complete_segments(remarks: str) -> list[str]:
    segments = remarks.split(";")
    return segments[:-1] if len(remarks) >= 1000 and not remarks.endswith(".") else segments


def programmes_of(row: list[str]) -> list[str]:
    return [p.strip(" []") for p in row[3].split("] [")]


@pytest.fixture(scope="module")
def ofac_dir(lists_dir: Path) -> Path:
    return lists_dir / "us-ofac"


@pytest.fixture(scope="module")
def parsed_sdn(ofac_dir: Path) -> dict[str, ParsedFile]:
    return {name: parse_main(ofac_dir / name, (ofac_dir / name).read_bytes()) for name in SDN_FILES}


@pytest.fixture(scope="module")
def newest(parsed_sdn: dict[str, ParsedFile]) -> dict[str, Record]:
    return {r.id: r for r in parsed_sdn["sdn-2024-05-03.csv"].records}


@pytest.mark.parametrize("name", SDN_FILES)
def test_sdn_counts_by_schema_match_csv(ofac_dir: Path, parsed_sdn: dict[str, ParsedFile], name: str) -> None:
    rows = csv_rows(ofac_dir / name)
    expected = Counter(SCHEMA[row[2].strip()] for row in rows)
    parsed = parsed_sdn[name]
    assert parsed.dataset == "us-ofac-sdn"
    assert parsed.published is None
    assert Counter(r.schema for r in parsed.records) == expected
    assert [r.id for r in parsed.records] == [f"ofac-{row[0]}" for row in rows]
    # No row of an SDN file carries only non-SDN programmes (what marks the consolidated list).
    assert not any(all(p.startswith(("NS-", "CMIC")) for p in programmes_of(row)) for row in rows)


def test_newest_sdn_matches_provenance(parsed_sdn: dict[str, ParsedFile]) -> None:
    counts = parsed_sdn["sdn-2024-05-03.csv"].counts()
    assert counts["records"] == 14_965
    assert counts["by_schema"] == {"Person": 6_854, "Organization": 6_884, "Vessel": 851, "Airplane": 376}


@pytest.mark.parametrize("name", SDN_FILES)
def test_programmes_match_csv(ofac_dir: Path, parsed_sdn: dict[str, ParsedFile], name: str) -> None:
    rows = csv_rows(ofac_dir / name)
    records = {r.id: r for r in parsed_sdn[name].records}
    for row in rows:
        sanctions = records[f"ofac-{row[0]}"].sanctions
        assert len(sanctions) == len(programmes_of(row))
        assert all(s.authority_ref == row[0] and s.listing_date is None for s in sanctions)
    dprk_rows = {row[0] for row in rows if any(p.startswith("DPRK") for p in programmes_of(row))}
    dprk_records = {
        r.id.removeprefix("ofac-")
        for r in records.values()
        if any(s.programme.startswith("DPRK") for s in r.sanctions)
    }
    assert dprk_records == dprk_rows


def test_dprk_linked_to_and_imo_counts_match_provenance(ofac_dir: Path, newest: dict[str, Record]) -> None:
    rows = csv_rows(ofac_dir / "sdn-2024-05-03.csv")
    dprk = {row[0] for row in rows if any(p.startswith("DPRK") for p in programmes_of(row))}
    linked = {row[0] for row in rows if "Linked To:" in row[11]}
    imo = {row[0]: IMO.findall(row[11]) for row in rows if IMO.search(row[11])}
    assert (len(dprk), len(linked), len(imo)) == (484, 5_824, 977)  # PROVENANCE.md
    with_links = {
        r.id.removeprefix("ofac-") for r in newest.values() if any(lk.kind == "linked_to" for lk in r.links)
    }
    assert with_links == linked
    for ent_num, numbers in imo.items():
        found = newest[f"ofac-{ent_num}"].properties.get("imoNumber", [])
        assert {f"IMO{n}" for n in numbers} <= set(found), ent_num


@pytest.mark.parametrize("name", SDN_FILES)
def test_linked_to_targets_mostly_resolve_within_the_file(
    ofac_dir: Path, parsed_sdn: dict[str, ParsedFile], name: str
) -> None:
    rows = csv_rows(ofac_dir / name)
    # Independent count: "Linked To: X" segments whose X is exactly one row's SDN_Name. A remark
    # OFAC cut at 1,000 characters loses its last segment (a cut name is no link).
    names = Counter(" ".join(row[1].lower().split()).rstrip(".") for row in rows)
    targets = [
        " ".join(seg.split(":", 1)[1].lower().split()).rstrip(".")
        for row in rows
        for seg in complete_segments(row[11])
        if seg.strip().startswith("Linked To:")
    ]
    unique = sum(1 for t in targets if names[t] == 1)
    links = [lk for r in parsed_sdn[name].records for lk in r.links if lk.kind == "linked_to"]
    resolved = sum(1 for lk in links if lk.target_ref)
    assert len(links) == len(targets)
    # every uniquely named target resolves; shared names may resolve through a shared programme
    assert resolved >= unique
    assert resolved / len(links) > 0.97, f"{resolved}/{len(links)}"
    ids = {r.id for r in parsed_sdn[name].records}
    assert all(lk.target_ref in ids for lk in links if lk.target_ref)


@pytest.mark.parametrize("name", SDN_FILES)
def test_few_remark_segments_are_left_unrecognised(
    ofac_dir: Path, parsed_sdn: dict[str, ParsedFile], name: str
) -> None:
    segments = sum(
        len(split_remarks(row[11])) for row in csv_rows(ofac_dir / name) if row[11].strip() != "-0-"
    )
    warning = next(w for w in parsed_sdn[name].warnings if "not recognised" in w)
    unrecognised = int(warning.split()[0])
    assert unrecognised / segments < 0.005, f"{unrecognised}/{segments}"


def test_spot_checks_of_dprk_records(newest: dict[str, Record]) -> None:
    samjong = newest["ofac-23712"]
    assert (samjong.primary_name, samjong.schema) == ("KOREA SAMJONG SHIPPING CO", "Organization")
    assert samjong.properties["imoNumber"] == ["IMO5954061"]
    assert [s.programme for s in samjong.sanctions] == ["DPRK4"]
    vessel = newest["ofac-23733"]
    assert (vessel.primary_name, vessel.schema) == ("SAM JONG 1", "Vessel")
    assert vessel.properties["imoNumber"] == ["IMO8405311"]
    assert vessel.properties["flag"] == ["kp"]
    assert [(lk.kind, lk.target_ref) for lk in vessel.links] == [("linked_to", "ofac-23712")]
    ryu = newest["ofac-17616"]
    assert dict(ryu.names[0].parts) == {"lastName": "RYU", "firstName": "Jin"}
    assert [(p, d.value, d.precision) for p, d in ryu.dates] == [("birthDate", "1965-08-07", "day")]
    assert ryu.properties["passportNumber"] == ["563410081"]
    assert ryu.properties["nationality"] == ["kp"]
    kim = newest["ofac-20157"]
    assert kim.primary_name == "KIM, Jong Un"
    assert [(p, d.value) for p, d in kim.dates] == [("birthDate", "1984-01-08")]
    assert kim.properties["position"] == ["Chairman of the Workers' Party of Korea"]
    assert [s.programme for s in kim.sanctions] == ["DPRK3"]


def test_consolidated_list(ofac_dir: Path) -> None:
    path = ofac_dir / "cons_prim-2025-12-19.csv"
    rows = csv_rows(path)
    parsed = parse_main(path, path.read_bytes())
    assert len(rows) == len(parsed.records) == 442
    assert parsed.dataset == "us-ofac-cons"
    assert Counter(r.schema for r in parsed.records) == Counter(SCHEMA[row[2].strip()] for row in rows)
    by_programme = Counter(p for row in rows for p in programmes_of(row))
    assert parsed.counts()["by_program"]["NS-PLC"] == by_programme["NS-PLC"] == 78


@pytest.mark.parametrize(
    ("name", "parse", "dataset"),
    [
        ("alt-2026-06-02.csv", parse_alt, "us-ofac-sdn-alt"),
        ("cons_alt-2025-12-19.csv", parse_alt, "us-ofac-cons-alt"),
    ],
)
def test_alt_files_count_per_ent_num(ofac_dir: Path, name: str, parse, dataset: str) -> None:
    rows = csv_rows(ofac_dir / name)
    parsed = parse(ofac_dir / name, (ofac_dir / name).read_bytes())
    assert parsed.dataset == dataset
    per_entry = Counter(row[0] for row in rows)
    assert {r.id: len(r.names) for r in parsed.records} == {f"ofac-{k}": v for k, v in per_entry.items()}
    kinds = Counter(n.kind for r in parsed.records for n in r.names)
    types = Counter(row[2] for row in rows)
    assert kinds["former"] == types["fka"]
    assert kinds["alias"] == types["aka"] + types["nka"]


def test_alt_and_add_match_provenance(ofac_dir: Path) -> None:
    alt = parse_alt(ofac_dir / "alt-2026-06-02.csv", (ofac_dir / "alt-2026-06-02.csv").read_bytes())
    add = parse_add(ofac_dir / "add-2026-06-02.csv", (ofac_dir / "add-2026-06-02.csv").read_bytes())
    assert (len(alt.records), sum(len(r.names) for r in alt.records)) == (8_766, 20_260)
    # 19,014 entries (PROVENANCE); those whose rows are all "-0-" give no record
    rows = csv_rows(ofac_dir / "add-2026-06-02.csv")
    empty = {row[0] for row in rows if all(c.strip() == "-0-" for c in row[2:])}
    empty -= {row[0] for row in rows if any(c.strip() != "-0-" for c in row[2:])}
    assert len({row[0] for row in rows}) == 19_014
    assert len(add.records) == 19_014 - len(empty)
    north_korea = [r for r in add.records if "kp" in r.properties.get("country", [])]
    assert len(north_korea) == len({row[0] for row in rows if row[4] == "Korea, North"})


@pytest.mark.parametrize(
    ("name", "dataset"),
    [("add-2026-06-02.csv", "us-ofac-sdn-add"), ("cons_add-2025-12-19.csv", "us-ofac-cons-add")],
)
def test_add_files_count_per_ent_num(ofac_dir: Path, name: str, dataset: str) -> None:
    rows = csv_rows(ofac_dir / name)
    parsed = parse_add(ofac_dir / name, (ofac_dir / name).read_bytes())
    assert parsed.dataset == dataset
    assert all(r.schema == "LegalEntity" for r in parsed.records)
    expected: dict[str, set[str]] = {}
    for row in rows:
        parts = [c for c in row[2:5] if c.strip() != "-0-"]
        if parts:
            expected.setdefault(f"ofac-{row[0]}", set()).add(fold_address(", ".join(parts)))
    got = {r.id: {fold_address(a) for a in r.properties.get("address", [])} for r in parsed.records}
    assert {k: v for k, v in got.items() if v} == expected
    # a record without an address carries the add_remarks of its rows
    assert all(r.notes for r in parsed.records if not got[r.id])


def test_every_staged_file_is_sniffed_by_exactly_one_parser(ofac_dir: Path) -> None:
    expected = {"sdn": "ofac-csv", "cons_prim": "ofac-csv", "alt": "ofac-alt-csv", "cons_alt": "ofac-alt-csv"}
    expected |= {"add": "ofac-add-csv", "cons_add": "ofac-add-csv"}
    for path in sorted(ofac_dir.glob("*.csv")):
        data = path.read_bytes()
        kind = path.name.rsplit("-", 3)[0]
        assert [p.format for p in PARSERS if p.sniff(data)] == [expected[kind]], path.name


def test_no_other_staged_list_is_sniffed_as_ofac(lists_dir: Path) -> None:
    others = [p for p in lists_dir.rglob("*") if p.is_file() and p.parent.name != "us-ofac"]
    others = [p for p in others if p.suffix.lower() in (".xml", ".xlsx", ".csv", ".json")]
    assert others
    for path in others:
        data = path.read_bytes()
        assert not any(p.sniff(data) for p in PARSERS), path
