"""Australia DFAT parser on tiny workbooks built here with openpyxl."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from nodewatch.sources import au, uk
from nodewatch.sources.base import SourceError

HEADER = [
    "Reference",
    "Name of Individual or Entity",
    "Type",
    "Name Type",
    "Date of Birth",
    "Place of Birth",
    "Citizenship",
    "Address",
    "Additional Information",
    "Listing Information",
    "Committees",
    "Control Date",
]
KOMID_INFO = "Primary arms dealer. IMO number: 5571322. Associated with Green Pine (KPe.010)."
PERSON_INFO = (
    "Title: Mullah. Designation: a) First Deputy b) Governor of Kandahar. Passport no.: Afghan SE-011697, "
    "issued on 25 Jan. 1988. A close associate of Mullah Omar."
)


def sample_rows() -> list[list[object]]:
    listed = "Listed by the UN1718 committee on 24 Apr. 2009"
    komid = ["Entity ", "", "", "", "Central District, Pyongyang, DPRK", KOMID_INFO, listed, "1718 (DPRK) "]
    return [
        [1113, "Korea Mining Development Trading Corporation", komid[0], "Primary Name ", *komid[1:],
         dt.datetime(2009, 4, 27)],
        ["1113a", "KOMID", "entity", "aka", *komid[1:], dt.datetime(2009, 4, 27)],
        ["1113b", "조선광업개발무역회사", "Entity", "original script", *komid[1:], dt.datetime(2009, 4, 27)],
        [2, "MOHAMMAD HASSAN AKHUND", "Individual", "Primary Name",
         "a) Approximately 1955- 1958 b) 24/06/1402 (Hijri Calendar)", "Kandahar, Afghanistan", "Afghanistan",
         "NA", PERSON_INFO, "Listed on: 25 Jan. 2001", "1988 (Taliban)", dt.datetime(2014, 12, 15)],
        ["2a", "محمد حسن أخوند", "Individual", "Original Script", dt.datetime(1956, 3, 1),
         "", "", "", "", "", "", dt.datetime(2014, 12, 15)],
        [7796, "O Yong Ho", "individual ", "Primary name", 1961.0, "North Korea", "North Korean", "",
         "Passport 108410041 (North Korea, Diplomatic)",
         "Instrument of first designation: Autonomous Sanctions Amendment (No. 2) Instrument 2023.",
         "Autonomous (DPRK)", dt.datetime(2023, 12, 1)],
        [55, "Libyan Investment Authority", "Entity", "Primary Name", "", "", "", "", "",
         "Listed on 17 March 2011", "1970 (Libya) 1973 (Libya)", dt.datetime(2011, 3, 21)],
        ["55a", "LIA", "Entity", "Formerly known as", "", "", "", "", "", "", "1970 (Libya) 1973 (Libya)",
         dt.datetime(2011, 3, 21)],
    ]  # fmt: skip


def workbook_bytes(rows: list[list[object]], header: list[str] | None = None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(header or HEADER)
    for values in rows:
        sheet.append(values)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def core_modified(data: bytes) -> str:
    """The workbook's own modification time, read here with zipfile and a regex."""
    core = zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml").decode()
    match = re.search(r"<dcterms:modified[^>]*>([^<]+)<", core)
    assert match
    return match.group(1)


@pytest.fixture(scope="module")
def book() -> bytes:
    return workbook_bytes(sample_rows())


@pytest.fixture(scope="module")
def parsed(book) -> au.ParsedFile:
    return au.parse(Path("consolidated.xlsx"), book)


def by_id(parsed: au.ParsedFile, record_id: str) -> au.Record:
    return next(r for r in parsed.records if r.id == record_id)


def test_one_record_per_base_reference(parsed, book):
    assert [r.id for r in parsed.records] == ["au-1113", "au-2", "au-7796", "au-55"]
    assert [r.schema for r in parsed.records] == ["Organization", "Person", "Person", "Organization"]
    assert [r.position for r in parsed.records] == ["row 2", "row 5", "row 7", "row 8"]
    assert parsed.published == core_modified(book)
    assert (parsed.dataset, parsed.format) == ("au-dfat", "au-dfat-xlsx")


def test_name_kinds(parsed):
    komid = by_id(parsed, "au-1113")
    assert [(n.value, n.kind, n.script) for n in komid.names] == [
        ("Korea Mining Development Trading Corporation", "primary", "Latin"),
        ("KOMID", "alias", "Latin"),
        ("조선광업개발무역회사", "non-latin", "Hangul"),
    ]
    assert [(n.value, n.kind) for n in by_id(parsed, "au-55").names] == [
        ("Libyan Investment Authority", "primary"),
        ("LIA", "former"),
    ]


def test_sanction_from_committee_and_listing_text(parsed):
    (sanction,) = by_id(parsed, "au-1113").sanctions
    assert sanction.programme == "AU-1718"
    assert sanction.listing_date is not None
    assert (sanction.listing_date.value, sanction.listing_date.precision) == ("2009-04-24", "day")
    assert dict(sanction.extra) == {
        "listing": "Listed by the UN1718 committee on 24 Apr. 2009",
        "control": "2009-04-27",
    }
    assert sanction.reason == KOMID_INFO
    (autonomous,) = by_id(parsed, "au-7796").sanctions
    assert autonomous.programme == "AU-DPRK"
    assert autonomous.listing_date is None  # an instrument title states no listing date
    assert dict(autonomous.extra)["listing"].startswith("Instrument of first designation")


def test_two_committees_in_one_cell(parsed):
    sanctions = by_id(parsed, "au-55").sanctions
    assert [s.programme for s in sanctions] == ["1970 (Libya)", "1973 (Libya)"]
    assert all(s.listing_date and s.listing_date.value == "2011-03-17" for s in sanctions)


def test_additional_information(parsed):
    komid = by_id(parsed, "au-1113")
    assert komid.properties["imoNumber"] == ["IMO5571322"]
    assert komid.properties["address"] == ["Central District, Pyongyang, DPRK"]
    assert [(link.kind, link.target_ref) for link in komid.links] == [("related", "un-KPe.010")]
    assert komid.links[0].text == "Associated with Green Pine (KPe.010)."
    akhund = by_id(parsed, "au-2")
    assert akhund.properties["passportNumber"] == ["SE-011697"]
    assert akhund.properties["position"] == ["First Deputy", "Governor of Kandahar"]
    assert by_id(parsed, "au-7796").properties["passportNumber"] == ["108410041"]


def test_birth_dates_keep_precision_and_unreadable_text(parsed):
    akhund = by_id(parsed, "au-2")
    dates = [(d.value, d.precision, d.circa, d.end) for _, d in akhund.dates]
    assert dates == [("1955", "range", True, "1958"), ("1956-03-01", "day", False, None)]
    assert "birthDate: 24/06/1402 (Hijri Calendar)" in akhund.notes  # never read as Gregorian
    assert [(d.value, d.precision) for _, d in by_id(parsed, "au-7796").dates] == [("1961", "year")]
    assert by_id(parsed, "au-2").properties["nationality"] == ["af"]
    assert by_id(parsed, "au-7796").properties["nationality"] == ["kp"]  # "North Korean"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a) 12/05/1960; b) 1961", [("1960-05-12", "day"), ("1961", "year")]),
        ("01/10/1983,15/10/1983, 01/01/1980",
         [("1983-10-01", "day"), ("1983-10-15", "day"), ("1980-01-01", "day")]),
        ("19-Dec-1992", [("1992-12-19", "day")]),
        ("24 Jan.1973", [("1973-01-24", "day")]),
        ("Between 1958 and 1960", [("1958", "range")]),
        ("Circa 1947 or 1948", [("1947", "year"), ("1948", "year")]),
        ("na", []),
    ],
)  # fmt: skip
def test_birth_date_forms(text, expected):
    assert [(d.value, d.precision) for d, _ in au.birth_dates(text) if d] == expected


def test_sniff():
    book = workbook_bytes(sample_rows())
    assert au.sniff(book)
    assert not uk.sniff_xlsx(book)
    assert not au.sniff(b"Reference,Name of Individual or Entity,Committees\n")
    assert not au.sniff(b"PK\x03\x04not really a zip")


def test_bad_inputs():
    with pytest.raises(SourceError, match="no zip signature"):
        au.parse(Path("a.xlsx"), b"<xml/>")
    book = workbook_bytes(sample_rows())
    with pytest.raises(SourceError, match="corrupt or truncated"):
        au.parse(Path("a.xlsx"), book[:-200])
    with pytest.raises(SourceError, match="missing header columns: Committees"):
        au.parse(Path("a.xlsx"), workbook_bytes([], header=HEADER[:10]))
    with pytest.raises(SourceError, match=r"row 3: unreadable Reference 'x-1'"):
        au.parse(Path("a.xlsx"), workbook_bytes([sample_rows()[0], ["x-1", "Name", "Entity", "aka"]]))
    # xlsx cells cannot exceed Excel's 32,767 characters, so MAX_FIELD_CHARS is never reached here.
