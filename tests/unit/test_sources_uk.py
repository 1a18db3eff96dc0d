"""UK OFSI parser on tiny workbooks and CSVs built here with openpyxl and csv."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from nodewatch.sources import uk, xlsx
from nodewatch.sources.base import SourceError

HEADER = [
    "Name 6",
    "Name 1",
    "Name 2",
    "Name 3",
    "Name 4",
    "Name 5",
    "Title",
    "Name Non-Latin Script",
    "Non-Latin Script Type",
    "Non-Latin Script Language",
    "DOB",
    "Town of Birth",
    "Country of Birth",
    "Nationality",
    "Passport Number",
    "Passport Details",
    "National Identification Number",
    "National Identification Details",
    "Position",
    "Address 1",
    "Address 2",
    "Address 3",
    "Address 4",
    "Address 5",
    "Address 6",
    "Post/Zip Code",
    "Country",
    "Other Information",
    "Group Type",
    "Alias Type",
    "Alias Quality",
    "Regime",
    "Listed On",
    "UK Sanctions List Date Designated",
    "Last Updated",
    "Group ID",
]
DPRK = "Democratic People's Republic of Korea"
SHIP_INFO = (
    "(UK Sanctions List Ref):DPR0100. Pursuant to paragraph 6 of Security Council Resolution 2371 (2017). "
    "DPRK merchant vessel M/V SAM JONG 2 was involved in ship-to-ship transfer operations of oil. "
    "Listed as asset of Korea Samjong Shipping (OFSI ID: 13635, UN Reference Number: UN Ref KPe.064) "
    "(IMO number):7408873 (Current owners):Korea Samjong Shipping (Flag of ship):North Korea "
    "(Previous flags):Panama. South Korea (Type of ship):Oil tanker (Tonnage of ship):1676 "
    "(Length of ship):80 (Year built):1975"
)
OWNER_INFO = "(UK Sanctions List Ref):DPR0086. (UN Ref):KPe.064. Owner of SAM JONG 1 and SAM JONG 2."
PERSON_INFO = (
    "(UK Sanctions List Ref):RUS0166. Financial sanctions imposed in addition to an asset freeze: "
    "Trust services. Date trust services sanctions imposed: 21/03/2023. Names of Director(s)/ Management: "
    "BOLOTOV. (UK Statement of Reasons):A member of the State Duma. (Gender):Male "
    "(Phone number):(1) +7 495 692 50 14 (2) 12345 (Email address):duma@example.ru"
)


def row(**cells: str) -> list[str]:
    values = dict.fromkeys(HEADER, "")
    values.update(
        {
            "Regime": DPRK,
            "Listed On": "03/04/2018",
            "UK Sanctions List Date Designated": "30/03/2018",
            "Last Updated": "31/12/2020",
        }
    )
    for key, value in cells.items():
        values[key.replace("_", " ")] = value
    return [values[h] for h in HEADER]


def sample_rows() -> list[list[str]]:
    ship = {"Group_Type": "Ship", "Other_Information": SHIP_INFO, "Group_ID": "13651"}
    person = {
        "Group_Type": "Individual",
        "Other_Information": PERSON_INFO,
        "Group_ID": "15000",
        "Regime": "Russia",
        "Nationality": "(1) Russia (2) Ukraine",
        "Passport_Number": "(1) 7501234 (2) 7505678",
        "Passport_Details": "(1) Diplomatic (2) Ordinary",
        "Position": "Deputy",
        "Address_1": "Okhotny Ryad 1",
        "Address_6": "Moscow",
        "Post/Zip_Code": "103265",
        "Country": "Russia",
        "Town_of_Birth": "Tula",
        "Country_of_Birth": "Russia",
    }
    return [
        row(Name_6="SAM JONG 2", Alias_Type="Primary name", **ship),
        row(Name_6="YU JONG 3", Alias_Type="FKA", **ship),
        row(
            Name_6="Korea Samjong Shipping",
            Alias_Type="Primary name",
            Group_Type="Entity",
            Other_Information=OWNER_INFO,
            Group_ID="13635",
        ),
        row(
            Name_6="IVANOV",
            Name_1="Ivan",
            Name_2="Ivanovich",
            Title="Mr",
            DOB="00/00/1962",
            **{"Name Non-Latin Script": "Иван Иванов", "Non-Latin Script Language": "Russian"},
            Alias_Type="Primary name",
            **person,
        ),
        row(
            Name_6="IVANOFF",
            Name_1="Ivan",
            DOB="00/05/1962",
            Alias_Type="AKA",
            Alias_Quality="Good quality",
            **person,
        ),
        row(Name_6="VANYA", DOB="12/05/1962", Alias_Type="AKA", Alias_Quality="Low quality", **person),
        row(Name_6="IVANOV", Name_1="Iwan", Alias_Type="Primary name variation", **person),
    ]


def workbook_bytes(
    rows: list[list[str]], first: list[str] | None = None, header: list[str] | None = None
) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.append(first or ["Last Updated", "14/04/2025"])
    sheet.append(header or HEADER)
    for values in rows:
        sheet.append(values)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["Last Updated", "14/04/2025"])
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


@pytest.fixture(scope="module")
def parsed() -> uk.ParsedFile:
    return uk.parse_xlsx(Path("ConList.xlsx"), workbook_bytes(sample_rows()))


def by_id(parsed: uk.ParsedFile, record_id: str) -> uk.Record:
    return next(r for r in parsed.records if r.id == record_id)


def test_one_record_per_group_with_schema_and_position(parsed):
    assert [r.id for r in parsed.records] == ["uk-13651", "uk-13635", "uk-15000"]
    assert [r.schema for r in parsed.records] == ["Vessel", "Organization", "Person"]
    assert [r.position for r in parsed.records] == ["row 3", "row 5", "row 6"]
    assert parsed.published == "2025-04-14"
    assert (parsed.dataset, parsed.format) == ("uk-ofsi", "uk-ofsi")


def test_ship_other_information(parsed):
    ship = by_id(parsed, "uk-13651")
    assert ship.properties["imoNumber"] == ["IMO7408873"]
    assert ship.properties["flag"] == ["kp"]
    assert ship.properties["pastFlags"] == ["pa", "kr"]
    assert ship.properties["type"] == ["Oil tanker"]
    assert ship.properties["tonnage"] == ["1676"]
    assert [(p, d.value, d.precision) for p, d in ship.dates] == [("buildDate", "1975", "year")]
    assert "Length of ship: 80" in ship.notes
    assert {(n.value, n.kind) for n in ship.names} == {("SAM JONG 2", "primary"), ("YU JONG 3", "former")}
    refs = {(link.kind, link.target_ref, link.target_name) for link in ship.links}
    assert refs == {
        ("owner", None, "Korea Samjong Shipping"),
        ("asset_of", "un-KPe.064", "Korea Samjong Shipping"),
        ("asset_of", "uk-13635", "Korea Samjong Shipping"),
    }
    (sanction,) = ship.sanctions
    assert sanction.programme == "UK-DPRK"
    assert sanction.authority_ref == "DPR0100"
    assert sanction.un_ref is None
    assert sanction.listing_date is not None and sanction.listing_date.value == "2018-04-03"
    assert dict(sanction.extra) == {"designated": "2018-03-30", "last_updated": "2020-12-31"}
    assert sanction.reason is not None
    assert sanction.reason.startswith("Pursuant to paragraph 6") and "Listed as asset" not in sanction.reason


def test_un_ref_and_free_text_reason(parsed):
    (sanction,) = by_id(parsed, "uk-13635").sanctions
    assert (sanction.un_ref, sanction.authority_ref) == ("KPe.064", "DPR0086")
    assert sanction.reason == "Owner of SAM JONG 1 and SAM JONG 2"


def test_person_names_parts_and_kinds(parsed):
    person = by_id(parsed, "uk-15000")
    kinds = {(n.value, n.kind, n.quality) for n in person.names}
    assert kinds == {
        ("Ivan Ivanovich IVANOV", "primary", None),
        ("Иван Иванов", "non-latin", None),
        ("Ivan IVANOFF", "alias", "good"),
        ("VANYA", "weak", "low"),
        ("Iwan IVANOV", "variation", None),
    }
    primary = person.names[0]
    assert dict(primary.parts) == {
        "title": "Mr",
        "firstName": "Ivan",
        "middleName": "Ivanovich",
        "lastName": "IVANOV",
    }
    non_latin = next(n for n in person.names if n.kind == "non-latin")
    assert (non_latin.script, non_latin.lang) == ("Cyrillic", "rus")


def test_person_dates_keep_precision(parsed):
    person = by_id(parsed, "uk-15000")
    assert [(d.value, d.precision) for _, d in person.dates] == [
        ("1962", "year"),
        ("1962-05", "month"),
        ("1962-05-12", "day"),
    ]


def test_person_properties_sanction_extras_and_notes(parsed):
    person = by_id(parsed, "uk-15000")
    props = person.properties
    assert props["nationality"] == ["ru", "ua"]
    assert props["passportNumber"] == ["7501234", "7505678"]
    assert "passportNumber 7501234: Diplomatic" in person.notes
    assert props["position"] == ["Deputy"]
    assert props["address"] == ["Okhotny Ryad 1, Moscow, 103265, Russia"]
    assert props["country"] == ["ru"]
    assert props["birthPlace"] == ["Tula, Russia"]
    assert props["gender"] == ["male"]
    assert props["email"] == ["duma@example.ru"]
    assert props["phone"] == ["+74956925014"]
    assert "phone: 12345" in person.notes  # not a valid number: kept, not dropped
    (sanction,) = person.sanctions
    assert sanction.programme == "UK-RUSSIA"
    assert sanction.reason == "A member of the State Duma."
    extra = dict(sanction.extra)
    assert extra["measures"] == "Trust services"
    assert extra["trust services sanctions imposed"] == "2023-03-21"
    assert person.notes.count("Other Information: Names of Director(s)/ Management: BOLOTOV") == 1


@pytest.mark.parametrize(
    ("text", "name", "ofsi", "un"),
    [
        (
            "Listed as asset of Korea Myongdok Shipping Co - OFSI ID: 13634. "
            "UN Reference Number: UN Ref KPe.063",
            "Korea Myongdok Shipping Co",
            "13634",
            "KPe.063",
        ),
        (
            "Listed as asset of Phyongchon Shipping & Marine, (OFSI ID: 13641, "
            "UN Reference Number: UN Ref KPe.070)",
            "Phyongchon Shipping & Marine",
            "13641",
            "KPe.070",
        ),
        (
            "Listed as asset of Chonmyong Shipping Co (OFSI ID: 13627, UN Ref KPe.056)",
            "Chonmyong Shipping Co",
            "13627",
            "KPe.056",
        ),
        (
            "Listed as asset of Paekma Shipping Co (a.k.a First Oil JV Co Ltd) (OFSI ID: 13640, UN Reference "
            "Number: UN Ref KPe.069)",
            "Paekma Shipping Co",
            "13640",
            "KPe.069",
        ),
    ],
)
def test_asset_of_variants(text, name, ofsi, un):
    info = uk.parse_other_information(f"(UK Sanctions List Ref):DPR0098. {text} (IMO number):8605026")
    assert [(a[0], a[1], a[2]) for a in info.asset_of] == [(name, ofsi, un)]
    assert info.props == [("imoNumber", "IMO8605026")]
    assert info.reason is None


def test_other_information_more_patterns():
    info = uk.parse_other_information(
        "(UK Sanctions List Ref):RUS2127. Name (non-Latin script): ФЕДЕРАЛЬНОЕ ПРЕДПРИЯТИЕ НАМИ. "
        "Non Latin Script Type: Cyrillic. Non Latin Script Language: Russian. "
        "(UK Statement of Reasons):Makes vehicles. (Type of entity):State-Owned Enterprise "
        "(Parent company):(1) Rostec (2) Rosimushchestvo (Subsidiaries):Branch A "
        "(Business Reg No):1027739 (Website):www.nami.ru (Fax):+7 495 456 (UN Ref):CDi. 038."
    )
    assert [(n.value, n.kind, n.lang) for n in info.names] == [
        ("ФЕДЕРАЛЬНОЕ ПРЕДПРИЯТИЕ НАМИ", "non-latin", "rus")
    ]
    assert info.authority_ref == "RUS2127"
    assert info.un_ref == "CDi.038"
    assert info.reason == "Makes vehicles."
    assert ("legalForm", "State-Owned Enterprise") in info.props
    assert ("registrationNumber", "1027739") in info.props
    assert ("website", "www.nami.ru") in info.props
    assert [(link.kind, link.target_name) for link in info.links] == [
        ("owner", "Rostec"),
        ("owner", "Rosimushchestvo"),
        ("subsidiary", "Branch A"),
    ]
    assert info.notes == ["Fax: +7 495 456"]


def test_unknown_parenthesised_text_is_not_a_label():
    info = uk.parse_other_information(
        "(UK Sanctions List Ref):SOM0025. (UN Ref):SOi.023. Listed pursuant to resolution 2662 (2022): "
        "(i) financing. Employer Identification Number (United States of America): 36-3823186."
    )
    assert info.un_ref == "SOi.023"
    assert info.reason == (
        "Listed pursuant to resolution 2662 (2022): (i) financing. Employer Identification Number "
        "(United States of America): 36-3823186"
    )


def test_csv_form_parses_to_the_same_records(parsed):
    from_csv = uk.parse_csv(Path("ConList.csv"), csv_bytes(sample_rows()))
    assert from_csv.format == "uk-ofsi-csv"
    assert from_csv.records == parsed.records
    assert from_csv.published == parsed.published


def test_csv_in_cp1252_is_accepted():
    rows = [
        row(
            Name_6="CAFÉ ÉCLAIR",
            Alias_Type="Primary name",
            Group_Type="Entity",
            Group_ID="7",
            Other_Information="(UK Sanctions List Ref):CYB0001.",
        )
    ]
    parsed = uk.parse_csv(Path("ConList.csv"), csv_bytes(rows, "cp1252"))
    assert parsed.records[0].primary_name == "CAFÉ ÉCLAIR"


def test_sniff_accepts_own_formats_and_refuses_others():
    book = workbook_bytes(sample_rows())
    text = csv_bytes(sample_rows())
    assert uk.sniff_xlsx(book) and not uk.sniff_csv(book)
    assert uk.sniff_csv(text) and not uk.sniff_xlsx(text)
    assert uk.sniff_csv(b"\xef\xbb\xbf" + text)
    ofac = b'36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
    xml = b'<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2025-04-19"></CONSOLIDATED_LIST>'
    other_book = workbook_bytes(
        [], first=["Reference", "Name of Individual or Entity", "Committees"], header=["1"]
    )
    for data in (ofac, xml, other_book, b"PK\x03\x04broken"):
        assert not uk.sniff_xlsx(data)
        assert not uk.sniff_csv(data)


def test_not_a_zip_truncated_and_bomb_are_refused(monkeypatch):
    book = workbook_bytes(sample_rows())
    with pytest.raises(SourceError, match="no zip signature"):
        uk.parse_xlsx(Path("x.xlsx"), b"Last Updated,14/04/2025\n")
    with pytest.raises(SourceError, match="corrupt or truncated") as error:
        uk.parse_xlsx(Path("x.xlsx"), book[: len(book) // 2])
    assert error.value.path == "x.xlsx"
    monkeypatch.setattr(xlsx, "MAX_UNCOMPRESSED", 1000)
    with pytest.raises(SourceError, match="zip bomb"):
        uk.parse_xlsx(Path("x.xlsx"), book)


def test_forged_compression_ratio_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<a/>" * 10)
    data = bytearray(buffer.getvalue())
    # Forge the central directory's uncompressed size to 2 GB.
    central = data.rindex(b"PK\x01\x02")
    data[central + 24 : central + 28] = (2_000_000_000).to_bytes(4, "little")
    with pytest.raises(SourceError, match=r"zip bomb|corrupt"):
        uk.parse_xlsx(Path("x.xlsx"), bytes(data))


def test_bad_tables_are_refused():
    with pytest.raises(SourceError, match="missing header columns: Group ID"):
        uk.parse_xlsx(Path("x.xlsx"), workbook_bytes([], header=HEADER[:-1]))
    with pytest.raises(SourceError, match="row 1"):
        uk.parse_xlsx(Path("x.xlsx"), workbook_bytes([], first=["Updated", "x"]))
    bad_id = row(Name_6="X", Alias_Type="Primary name", Group_Type="Entity", Group_ID="abc")
    with pytest.raises(SourceError, match=r"row 3: Group ID 'abc'"):
        uk.parse_xlsx(Path("x.xlsx"), workbook_bytes([bad_id]))


def test_bad_csv_is_refused():
    rows = sample_rows()
    with pytest.raises(SourceError, match="UTF-16"):
        uk.parse_csv(Path("c.csv"), csv_bytes(rows, "utf-16"))
    with pytest.raises(SourceError, match=r"broken CSV"):
        uk.parse_csv(Path("c.csv"), csv_bytes(rows) + b'1,"unterminated\n')
    long = row(Name_6="X" * 100_001, Alias_Type="Primary name", Group_Type="Entity", Group_ID="9")
    with pytest.raises(SourceError, match=r"row 3, column 1: field of 100,001"):
        uk.parse_csv(Path("c.csv"), csv_bytes([long]))
    extra = csv_bytes(rows[:1]).rstrip(b"\r\n") + b",surplus\r\n"
    with pytest.raises(SourceError, match="37 fields but the header has 36"):
        uk.parse_csv(Path("c.csv"), extra)
