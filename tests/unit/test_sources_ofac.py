"""OFAC CSV parsers on small hand-written fixtures (tests/fixtures/ofac) and broken inputs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nodewatch.model.record import Record
from nodewatch.sources import Parser
from nodewatch.sources.base import SourceError
from nodewatch.sources.ofac import PARSERS, parse_add, parse_alt, parse_main, person_name, programmes
from nodewatch.sources.ofac_remarks import (
    REMARKS_LIMIT,
    apply_remarks,
    phone_number,
    read_date,
    split_remarks,
    strip_terminator,
)

EMPTY_CRAFT = ",".join(["-0- "] * 7)


def fixture(fixtures_dir: Path, name: str) -> tuple[Path, bytes]:
    path = fixtures_dir / "ofac" / name
    return path, path.read_bytes()


def by_id(records: list[Record]) -> dict[str, Record]:
    return {r.id: r for r in records}


def main_row(
    ent: str = "1", name: str = "TEST CO", typ: str = "-0- ", prog: str = "SDGT", remarks: str = "-0- "
) -> str:
    typ_cell = typ if typ == "-0- " else f'"{typ}"'
    rem_cell = remarks if remarks == "-0- " else f'"{remarks}"'
    return f'{ent},"{name}",{typ_cell},"{prog}",{EMPTY_CRAFT},{rem_cell}'


def main_file(*rows: str) -> bytes:
    return ("\r\n".join(rows) + "\r\n").encode("ascii") + b"\x1a"


def one(remarks: str, schema: str = "Person") -> Record:
    record = Record("ofac-1", "us-ofac", schema)
    apply_remarks(record, remarks)
    return record


# --- sniffing -------------------------------------------------------------------------------

SNIFF_CASES = {
    "sdn.csv": "ofac-csv",
    "nonsdn.csv": "ofac-csv",
    "alt.csv": "ofac-alt-csv",
    "add.csv": "ofac-add-csv",
}


@pytest.mark.parametrize(("name", "expected"), SNIFF_CASES.items())
def test_each_file_is_sniffed_by_exactly_its_parser(fixtures_dir: Path, name: str, expected: str) -> None:
    _, data = fixture(fixtures_dir, name)
    assert [p.format for p in PARSERS if p.sniff(data)] == [expected]


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="2024-01-01"/>\n',
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(256)),
        b"Last Updated,14/04/2025\r\nName 6,Name 1,Name 2\r\nKIM,Jong,Un\r\n",
        "1,2,3\r\n".encode("utf-16"),
        b"",
        b"\x1a",
        b'{"id": "ofac-1", "schema": "Person"}\n',
    ],
)
def test_other_formats_are_not_sniffed(data: bytes) -> None:
    assert not any(p.sniff(data) for p in PARSERS)


def test_parsers_follow_the_contract() -> None:
    assert all(isinstance(p, Parser) for p in PARSERS)
    assert [p.format for p in PARSERS] == ["ofac-csv", "ofac-alt-csv", "ofac-add-csv"]


# --- sdn.csv mapping ------------------------------------------------------------------------


@pytest.fixture
def sdn(fixtures_dir: Path) -> dict[str, Record]:
    path, data = fixture(fixtures_dir, "sdn.csv")
    parsed = parse_main(path, data)
    assert parsed.dataset == "us-ofac-sdn"
    assert parsed.format == "ofac-csv"
    assert parsed.published is None
    return by_id(parsed.records)


def test_one_record_per_row_with_schema_and_position(sdn: dict[str, Record]) -> None:
    assert len(sdn) == 12
    schemas = {rid: r.schema for rid, r in sdn.items()}
    assert schemas["ofac-100"] == "Organization"
    assert schemas["ofac-101"] == "Vessel"
    assert schemas["ofac-102"] == "Person"
    assert schemas["ofac-104"] == "Airplane"
    assert sdn["ofac-102"].position == "line 3"
    assert all(r.authority == "us-ofac" for r in sdn.values())


def test_programmes_become_one_sanction_each(sdn: dict[str, Record]) -> None:
    vessel = sdn["ofac-101"]
    assert [s.programme for s in vessel.sanctions] == ["DPRK3", "DPRK4"]
    assert all(s.authority_ref == "101" and s.listing_date is None for s in vessel.sanctions)
    # a label the registry maps to a different code
    assert [s.programme for s in sdn["ofac-107"].sanctions] == ["CAATSA-RUSSIA"]
    assert programmes("DPRK3] [DPRK4") == ["DPRK3", "DPRK4"]
    assert programmes("[SDGT] [IRGC]") == ["SDGT", "IRGC"]
    assert programmes("-0- ") == []


def test_person_name_parts_title_and_identity(sdn: dict[str, Record]) -> None:
    person = sdn["ofac-102"]
    primary = person.names[0]
    assert (primary.value, primary.kind) == ("PAK, Chol Su", "primary")
    assert dict(primary.parts) == {"lastName": "PAK", "firstName": "Chol Su"}
    assert dict(sdn["ofac-103"].names[0].parts) == {
        "lastName": "SMITH",
        "firstName": "John",
        "middleName": "A.",
    }
    props = person.properties
    assert props["position"] == ["Bureau Director", "KOMID Representative in Iran"]
    assert props["birthPlace"] == ["Pyongyang, North Korea"]
    assert props["nationality"] == ["kp"]
    assert props["citizenship"] == ["kp"]
    assert props["gender"] == ["male"]
    assert props["passportNumber"] == ["563410081"]
    assert props["idNumber"] == ["12345", "77"]
    assert props["title"] == ["Doctor"]
    # the passport's country and dates are kept next to the number
    assert "Passport 563410081 (Korea, North) issued 01 Jan 2010 expires 01 Jan 2015" in person.notes
    aliases = {(n.value, n.kind) for n in person.names[1:]}
    assert aliases == {("PAK, Chol-su", "alias"), ("PARK Cheol Soo", "alias")}


def test_birth_dates_keep_precision(sdn: dict[str, Record]) -> None:
    dates = {d.text or d.value: d for prop, d in sdn["ofac-102"].dates if prop == "birthDate"}
    assert dates["15 Apr 1957"].value == "1957-04-15"
    assert dates["1958"].precision == "year"
    smith = [d for prop, d in sdn["ofac-103"].dates if prop == "birthDate"]
    assert [(d.value, d.precision, d.circa, d.end) for d in smith] == [
        ("1947", "year", True, None),
        ("1960", "range", False, "1962"),
        ("1962-01", "month", False, None),
        ("1947", "range", True, "1950"),
    ]


def test_vessel_columns_and_remarks(sdn: dict[str, Record]) -> None:
    vessel = sdn["ofac-101"]
    props = vessel.properties
    assert props["callSign"] == ["HMYB"]
    assert props["type"] == ["Crude Oil Tanker"]
    assert props["tonnage"] == ["1234"]
    assert props["grossRegisteredTonnage"] == ["2345"]
    assert props["flag"] == ["kp"]
    assert props["imoNumber"] == ["IMO8405311"]
    assert props["mmsi"] == ["445123000"]
    assert props["pastFlags"] == ["pa", "tz"]
    assert props["pastTypes"] == ["Bulk Carrier"]
    assert [(p, d.value) for p, d in vessel.dates] == [("buildDate", "1984")]
    owner = [link for link in vessel.links if link.kind == "owner"]
    assert len(owner) == 1
    assert owner[0].target_name == "KOREA TEST SHIPPING CO"
    assert owner[0].target_ref == "ofac-100"
    assert "KOREA TEST SHIPPING CO" in owner[0].text


def test_aircraft_remarks(sdn: dict[str, Record]) -> None:
    plane = sdn["ofac-104"]
    assert plane.properties == {
        "model": ["B747-3B3"],
        "serialNumber": ["23409"],
        "registrationNumber": ["EP-TST"],
        "icaoCode": ["730000"],
    }
    assert [(p, d.value, d.precision) for p, d in plane.dates] == [("buildDate", "1992-09", "month")]
    operator = plane.links[0]
    assert (operator.kind, operator.target_name, operator.target_ref) == (
        "operator",
        "MAHAN TEST AIR",
        "ofac-105",
    )


def test_organisation_identifiers_contacts_and_names(sdn: dict[str, Record]) -> None:
    org = sdn["ofac-100"]
    props = org.properties
    assert props["imoNumber"] == ["IMO5954061"]
    assert props["taxNumber"] == ["7706061801"]
    assert props["registrationNumber"] == ["1027700070518"]
    assert props["swiftBic"] == ["KTSCKPPY"]
    assert props["website"] == ["http://www.kts-example.com/"]
    assert props["email"] == ["info@kts-example.com", "sales@kts-example.com"]
    assert props["phone"] == ["+74951234567"]
    assert [(p, d.value) for p, d in org.dates] == [("incorporationDate", "1998")]
    names = [(n.value, n.kind) for n in org.names]
    assert names == [
        ("KOREA TEST SHIPPING CO", "primary"),
        ("KTS", "alias"),
        ("OLD KOREA SHIPPING", "former"),
        ("NEW KOREA SHIPPING", "alias"),
    ]
    assert "all offices worldwide" in org.notes
    other = sdn["ofac-105"].properties
    assert other["leiCode"] == ["253400V1H6ART1UQ0N98"]
    assert other["dunsCode"] == ["542957624"]
    assert other["idNumber"] == ["044525060"]  # BIK: Organization has no bikCode
    assert other["classification"] == ["Financial Institution"]
    assert other["sector"] == ["Passenger air transport"]


def test_sanction_facts_are_kept_on_the_sanctions(sdn: dict[str, Record]) -> None:
    extra = dict(sdn["ofac-100"].sanctions[0].extra)
    assert extra["Secondary sanctions risk"].startswith("North Korea Sanctions Regulations")
    assert "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions" in extra
    smith = dict(sdn["ofac-103"].sanctions[0].extra)
    assert smith["Additional Sanctions Information"] == "Subject to Secondary Sanctions"
    assert smith["Executive Order 13846 information"] == (
        "FOREIGN EXCHANGE. Sec. 5(a)(ii) | BANKING TRANSACTIONS. Sec. 5(a)(iii)"
    )
    mahan = dict(sdn["ofac-105"].sanctions[0].extra)
    assert mahan["Listing Date (EO 14024 Directive 2)"] == "2022-02-24"
    assert mahan["Effective Date (EO 14024 Directive 2)"] == "2022-03-26"


def test_unknown_and_unplaceable_segments_are_kept_as_notes(sdn: dict[str, Record]) -> None:
    notes = sdn["ofac-103"].notes
    assert "Something entirely unknown here" in notes
    assert "nationality: Bosnia-Herzegovina" in notes  # FtM could not clean it
    assert "Digital Currency Address - XBT 1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo" in notes
    # ";" inside parentheses does not split the segment
    assert "(Following data derived from a passport: DOB 1969; Passport No.: 0310857)" in notes


def test_linked_to_resolves_within_the_file(sdn: dict[str, Record]) -> None:
    def linked(rid: str) -> list[tuple[str | None, str | None]]:
        return [(link.target_name, link.target_ref) for link in sdn[rid].links if link.kind == "linked_to"]

    # the closing "." of the remark is not part of the name; "CO." keeps its own dot
    assert linked("ofac-101") == [("KOREA TEST SHIPPING CO.", "ofac-100")]
    assert linked("ofac-102") == [("KOREA TEST SHIPPING CO.", "ofac-100")]
    assert linked("ofac-103") == [("NOBODY IN THIS FILE", None)]
    # two rows share the name: the one sharing a programme wins, else no target
    assert linked("ofac-108") == [("MINISTRY OF TEST SECURITY", "ofac-106")]
    assert linked("ofac-109") == [("MINISTRY OF TEST SECURITY", None)]
    assert linked("ofac-110") == [("SALIM TEST S.A.", "ofac-111")]
    assert linked("ofac-111") == [("BANCO TEST S.A.", "ofac-110"), ("MAHAN TEST AIR", "ofac-105")]
    family = [link for link in sdn["ofac-102"].links if link.kind == "family"]
    assert [(f.target_name, f.target_ref) for f in family] == [("Jang Song Thaek", None)]


def test_warnings_report_unrecognised_segments_and_link_share(fixtures_dir: Path) -> None:
    path, data = fixture(fixtures_dir, "sdn.csv")
    warnings = parse_main(path, data).warnings
    assert "2 remark segments not recognised (kept as notes)" in warnings
    assert "8 of 11 named links resolved to a record of this file" in warnings


# --- consolidated list ----------------------------------------------------------------------


def test_consolidated_list_is_known_by_its_programmes(fixtures_dir: Path) -> None:
    path, data = fixture(fixtures_dir, "nonsdn.csv")
    parsed = parse_main(path, data)
    assert parsed.dataset == "us-ofac-cons"
    records = by_id(parsed.records)
    assert records["ofac-9639"].properties["political"] == ["HAMAS - Gaza"]
    cmic = records["ofac-9700"]
    assert ("Test Chip Co Ltd", "alias") in [(n.value, n.kind) for n in cmic.names]
    assert dict(cmic.sanctions[0].extra)["Listing Date (CMIC)"] == "2021-06-03"


def test_dataset_falls_back_to_the_file_name(tmp_path: Path) -> None:
    data = main_file(main_row(prog="UKRAINE-EO13662"))
    assert parse_main(tmp_path / "cons_prim.csv", data).dataset == "us-ofac-cons"
    assert parse_main(tmp_path / "sdn.csv", data).dataset == "us-ofac-sdn"
    # an SDN row that also carries a non-SDN programme does not make the file consolidated
    mixed = main_file(main_row(prog="SDGT] [NS-PLC"))
    assert parse_main(tmp_path / "sdn.csv", mixed).dataset == "us-ofac-sdn"
    assert parse_alt(tmp_path / "cons_alt.csv", b'1,1,"aka","X",-0- \r\n').dataset == "us-ofac-cons-alt"
    assert parse_add(tmp_path / "add.csv", b'1,1,-0- ,-0- ,"Iran",-0- \r\n').dataset == "us-ofac-sdn-add"


# --- alt.csv / add.csv ----------------------------------------------------------------------


def test_alt_file_gives_names_per_ent_num(fixtures_dir: Path) -> None:
    path, data = fixture(fixtures_dir, "alt.csv")
    parsed = parse_alt(path, data)
    assert (parsed.dataset, parsed.format, parsed.published) == ("us-ofac-sdn-alt", "ofac-alt-csv", None)
    records = by_id(parsed.records)
    assert set(records) == {"ofac-100", "ofac-101", "ofac-102"}
    assert all(r.schema == "LegalEntity" for r in records.values())
    assert [(n.value, n.kind) for n in records["ofac-100"].names] == [
        ("KTS TWO", "alias"),
        ("OLDER KOREA SHIPPING", "former"),
    ]
    assert [(n.value, n.kind) for n in records["ofac-101"].names] == [("NEWER VESSEL", "alias")]
    weak = records["ofac-102"].names[0]
    assert (weak.value, weak.kind, weak.quality) == ("PAK, C.", "weak", "low")
    assert records["ofac-102"].names[1].kind == "alias"


def test_add_file_gives_addresses_per_ent_num(fixtures_dir: Path) -> None:
    path, data = fixture(fixtures_dir, "add.csv")
    parsed = parse_add(path, data)
    assert (parsed.dataset, parsed.format) == ("us-ofac-sdn-add", "ofac-add-csv")
    records = by_id(parsed.records)
    assert records["ofac-100"].schema == "LegalEntity"
    assert records["ofac-100"].properties == {
        "address": ["Sungri Street, Pyongyang, Korea, North", "Rason, Korea, North"],
        "country": ["kp"],
    }
    assert records["ofac-100"].notes == ["add_remarks for Rason, Korea, North: Head office"]
    assert "ofac-102" not in records  # its only row is all "-0-": nothing to record
    assert parsed.warnings == ["1 entries have only empty rows (no record)"]


@pytest.mark.parametrize(
    ("parse", "row", "message"),
    [
        (parse_alt, b'1,x,"aka","X",-0- \r\n', "not a number"),
        (parse_alt, b'1,5,"aka","X",-0- \r\n2,5,"aka","Y",-0- \r\n', "repeats line 1"),
        (parse_alt, b'1,5,"aka","X"\r\n', "expected 5 fields"),
        (parse_add, b'1,5,-0- ,-0- ,"Iran"\r\n', "expected 6 fields"),
        (parse_add, b'A1,5,-0- ,-0- ,"Iran",-0- \r\n', "not a number"),
    ],
)
def test_companion_files_refuse_bad_rows(tmp_path: Path, parse, row: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        parse(tmp_path / "x.csv", row)


# --- remark grammar -------------------------------------------------------------------------


def test_split_respects_parentheses_but_not_unbalanced_ones() -> None:
    assert split_remarks("a; (b; c); d.") == ["a", "(b; c)", "d."]
    assert split_remarks("a; (b; c; d") == ["a", "(b", "c", "d"]
    assert split_remarks("-") == ["-"]
    assert split_remarks("") == []


def test_terminator_keeps_abbreviation_dots() -> None:
    assert strip_terminator("Linked To: HIZBALLAH.") == "Linked To: HIZBALLAH"
    assert strip_terminator("Linked To: SALIM S.A.") == "Linked To: SALIM S.A."
    assert strip_terminator("Linked To: ANGLO CO., LTD.") == "Linked To: ANGLO CO., LTD."
    assert strip_terminator("Gender Male") == "Gender Male"


def test_truncated_remarks_keep_the_cut_segment_as_a_note() -> None:
    head = "DOB 1960; "
    tail = "a.k.a. 'WHOIS HACKIN"
    filler = "; ".join(["Gender Male"] * 200)
    text = (head + filler)[: REMARKS_LIMIT - len(tail) - 2] + "; " + tail
    assert len(text) == REMARKS_LIMIT
    record = Record("ofac-1", "us-ofac", "Person")
    result = apply_remarks(record, text)
    assert result.truncated is not None
    assert result.truncated.endswith("WHOIS HACKIN")
    assert not any("WHOIS" in n.value for n in record.names)
    assert record.notes[0].startswith("Remarks (cut off by OFAC)")
    assert [d.value for _, d in record.dates] == ["1960"]


@pytest.mark.parametrize(
    ("remark", "prop", "expected"),
    [
        ("Tax ID No. 100036386 (Serbia)", "taxNumber", ["100036386"]),
        ("Cedula No. 6068015 (Colombia)", "idNumber", ["6068015"]),
        ("SSN 523-33-8386 (United States)", "socialSecurityNumber", ["523-33-8386"]),
        ("Diplomatic Passport 008827 (Iran) issued 1999.", "passportNumber", ["008827"]),
        ("alt. Passport D10007350 (Iran) expires 13 Oct 2025.", "passportNumber", ["D10007350"]),
        ("Registration Number HRA 738077 (Stuttgart) (Germany)", "registrationNumber", ["HRA 738077"]),
        ("Website http://waatasemu.org.ly", "website", ["http://waatasemu.org.ly/"]),
        ("www.almanar.com.lb", "website", ["http://www.almanar.com.lb/"]),
        ("Email:adelb@shabakah.net.sa", "email", ["adelb@shabakah.net.sa"]),
        ("Telephone (98)(21)(66153220)", "phone", ["+982166153220"]),
        ("nationality Korea, North", "nationality", ["kp"]),
        ("citizen Russia.", "citizenship", ["ru"]),
        ("Gender Female", "gender", ["female"]),
        ("Maulana", "title", ["Maulana"]),
        ("Minister of Finance.", "position", ["Minister of Finance"]),
        ("Occupation: Chemist", "profession", ["Chemist"]),
        ("ethnicity Kurdish", "ethnicity", ["Kurdish"]),
    ],
)
def test_person_remark_keys(remark: str, prop: str, expected: list[str]) -> None:
    record = one(remark)
    assert record.properties.get(prop) == expected, (record.properties, record.notes)


@pytest.mark.parametrize(
    ("remark", "prop", "expected"),
    [
        ("Identification Number IMO 5342883.", "imoNumber", ["IMO5342883"]),
        ("Identification Number 2.194.575 (Paraguay)", "idNumber", ["2.194.575"]),
        ("Organization Established Date 05 May 2014", "incorporationDate", None),
        ("Nationality of Registration Russia", "jurisdiction", ["ru"]),
        ("Unified Social Credit Code (USCC) 9113100033607322XK (China)", "idNumber", ["9113100033607322XK"]),
        ("V.A.T. Number BG 121024920 (Bulgaria)", "taxNumber", ["BG 121024920"]),
        ("Issuer Name Test Holdings Ltd", None, None),
    ],
)
def test_organisation_remark_keys(remark: str, prop: str | None, expected: list[str] | None) -> None:
    record = one(remark, schema="Organization")
    assert record.notes == [] or record.notes == [remark], record.notes
    if prop and expected:
        assert record.properties[prop] == expected
    elif prop:
        assert [(p, d.value) for p, d in record.dates] == [(prop, "2014-05-05")]
    else:
        assert [(n.value, n.kind) for n in record.names] == [("Test Holdings Ltd", "alias")]


def test_keys_need_a_word_boundary_and_honorifics_a_whole_segment() -> None:
    record = one("DOBROV TRADING; Haji Mohammed Khan")
    assert record.dates == []
    assert "title" not in record.properties
    assert record.notes == ["DOBROV TRADING", "Haji Mohammed Khan"]


def test_keys_for_another_schema_become_notes() -> None:
    vessel = one("Passport 123 (Iran); Gender Male", schema="Vessel")
    assert vessel.properties == {}
    assert vessel.notes == ["Passport 123 (Iran)", "Gender Male"]


def test_name_remarks() -> None:
    record = one(
        "a.k.a. 'ABU-'UMAR'; f.k.a. 'ANA I'; n.k.a. 'LGO'; d.b.a. 'ANARQUIA PAINTBALL'; a.k.a. 'BNC'."
    )
    assert [(n.value, n.kind) for n in record.names] == [
        ("ABU-'UMAR", "alias"),
        ("ANA I", "former"),
        ("LGO", "alias"),
        ("ANARQUIA PAINTBALL", "alias"),
        ("BNC", "alias"),
    ]
    assert [(n.kind, n.quality) for n in one("a.k.a. 'AL-X (weak)'").names] == [("weak", "low")]


def test_linked_to_variants() -> None:
    record = one("(Linked To: RAHBAR (LEADER) OFFICE); Linked To: KOREA KWANGSON BANKING CORP.")
    assert [link.target_name for link in record.links] == [
        "RAHBAR (LEADER) OFFICE",
        "KOREA KWANGSON BANKING CORP.",
    ]
    assert one("Linked To:").notes == ["Linked To:"]


def test_dates_and_phones_helpers() -> None:
    assert read_date("circa 1947-1950").to_dict() == {  # type: ignore[union-attr]
        "value": "1947",
        "precision": "range",
        "circa": True,
        "end": "1950",
        "text": "circa 1947 to 1950",
    }
    assert read_date("not a date") is None
    assert phone_number("982188526300") == "+982188526300"
    assert phone_number("0098 21 1234567") == "+98211234567"
    assert phone_number("(022) 7363030") == "(022) 7363030"


def test_unparseable_date_is_kept_as_note() -> None:
    record = one("DOB sometime in the sixties")
    assert record.dates == []
    assert record.notes == ["birthDate: sometime in the sixties"]


def test_person_name_without_comma_has_no_parts() -> None:
    assert person_name("Mohammed").parts == ()
    assert dict(person_name("AL-X, Abu Y, Z").parts) == {"lastName": "AL-X", "firstName": "Abu Y, Z"}


# --- bad input ------------------------------------------------------------------------------


def test_trailing_sub_byte_and_missing_sub_byte_both_parse(tmp_path: Path) -> None:
    with_sub = main_file(main_row())
    assert with_sub.endswith(b"\x1a")
    assert len(parse_main(tmp_path / "a.csv", with_sub).records) == 1
    assert len(parse_main(tmp_path / "a.csv", with_sub[:-1]).records) == 1


def test_cp1252_and_utf8_are_accepted(tmp_path: Path) -> None:
    row = main_row(name="CAFÉ NOIR").encode("cp1252") + b"\r\n"
    assert parse_main(tmp_path / "a.csv", row).records[0].primary_name == "CAFÉ NOIR"
    row = main_row(name="CAFÉ NOIR").encode("utf-8") + b"\r\n"
    assert parse_main(tmp_path / "a.csv", row).records[0].primary_name == "CAFÉ NOIR"


BAD_MAIN = {
    "utf16": ((main_row() + "\r\n").encode("utf-16"), "byte 0", "UTF-16"),
    "undecodable": (main_row().encode("ascii") + b"\r\n2,\x81\r\n", "line 2", "not valid"),
    "broken quoting": (
        main_file(main_row(), main_row(ent="2").replace('"TEST CO"', '"TEST" CO"')),
        "line 2",
        "broken CSV",
    ),
    "unclosed quote at end": (main_row().encode() + b'\r\n2,"TEST CO\r\n', "line 2", "broken CSV"),
    "too few columns": (main_file(main_row(), '2,"X","individual","SDGT"'), "line 2", "expected 12 fields"),
    "too many columns": (main_file(main_row() + ",extra"), "line 1", "expected 12 fields, found 13"),
    "ent_num not a number": (main_file(main_row(ent="12a")), "line 1", "ent_num '12a' is not a number"),
    "duplicate ent_num": (main_file(main_row(), main_row(ent="7"), main_row()), "line 3", "repeats line 1"),
    "truncated last line": (main_row().encode()[:-20], "line 1", "truncated"),
    "empty file": (b"\x1a", "line 1", "no rows"),
    "blank file": (b"\r\n\r\n", "line 1", "no rows"),
    "unknown type": (main_file(main_row(typ="spaceship")), "line 1", "unknown SDN_Type"),
    "empty name": (main_file(main_row(name="")), "line 1", "SDN_Name is empty"),
    "absurd field": (main_file(main_row(remarks="x" * 120_000)), "line 1", "exceeds"),
    # past csv's own field limit (unless another module raised it): refused either way
    "field over csv limit": (main_file(main_row(remarks="x" * 200_000)), "line 1", "broken CSV|exceeds"),
}


@pytest.mark.parametrize(("data", "position", "message"), BAD_MAIN.values(), ids=BAD_MAIN.keys())
def test_bad_main_files_raise_source_error_with_position(
    tmp_path: Path, data: bytes, position: str, message: str
) -> None:
    path = tmp_path / "sdn.csv"
    with pytest.raises(SourceError) as caught:
        parse_main(path, data)
    assert caught.value.path == str(path)
    assert caught.value.position.startswith(position), caught.value
    assert re.search(message, caught.value.message), caught.value
