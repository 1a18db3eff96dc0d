"""UK OFSI Consolidated List of asset-freeze targets: the xlsx "2022 format" and its CSV twin.

Both forms have the same table: row 1 says ``Last Updated, dd/mm/yyyy``, row 2 is the
header, and each further row is one *name variant* of a target; rows share a ``Group ID``.
So one Record is built per group, from all its rows.

Much of what OFSI knows is packed into the ``Other Information`` cell as labelled parts,
``(UK Sanctions List Ref):DPR0100. (UN Ref):KPe.064. (IMO number):7408873 ...``, with
unlabelled free text between them (statements of reasons, UN narrative, "Listed as asset
of <company> (OFSI ID: n, UN Reference Number: UN Ref KPe.nnn)"). ``parse_other_information``
splits it into properties, links, names and sanction facts; text it cannot place is kept
as a note, never dropped.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from pathlib import Path

from rigour.ids import IMO

from nodewatch.model.dates import DateValue
from nodewatch.model.record import Link, Name, Record, Sanction
from nodewatch.model.registry import registry
from nodewatch.sources import Parser
from nodewatch.sources.base import MAX_FIELD_CHARS, ParsedFile, SourceError, check_field, decode_text
from nodewatch.sources.fields import add_note, cell_text, date_of, is_empty, lang_code, put, split_numbered
from nodewatch.sources.xlsx import head_rows, is_zip, read_sheet

DATASET = "uk-ofsi"
AUTHORITY = "uk"
OTHER_INFO_NOTE = "Other Information: "  # prefix of free text that found no slot

REQUIRED = ("Name 6", "Other Information", "Group Type", "Alias Type", "Regime", "Group ID")
KNOWN_COLUMNS = frozenset(
    {
        *REQUIRED,
        *(f"Name {i}" for i in range(1, 6)),
        *(f"Address {i}" for i in range(1, 7)),
        "Title", "Name Non-Latin Script", "Non-Latin Script Type", "Non-Latin Script Language",
        "DOB", "Town of Birth", "Country of Birth", "Nationality", "Passport Number",
        "Passport Details", "National Identification Number", "National Identification Details",
        "Position", "Post/Zip Code", "Country", "Alias Quality", "Listed On",
        "UK Sanctions List Date Designated", "Last Updated",
    }
)  # fmt: skip
SCHEMA = {"individual": "Person", "entity": "Organization", "ship": "Vessel"}
ALIAS_KIND = {
    "primary name": "primary",
    "aka": "alias",
    "fka": "former",
    "primary name variation": "variation",
}

# Labels of Other Information parts, lower-cased, and the field each fills.
LABELS = {
    "uk sanctions list ref": "authority_ref",
    "un ref": "un_ref",
    "uk statement of reasons": "reason",
    "gender": "gender",
    "phone number": "phone",
    "tel": "phone",
    "fax": "fax",
    "email address": "email",
    "website": "website",
    "type of entity": "legalForm",
    "business reg no": "registrationNumber",
    "parent company": "parent",
    "subsidiaries": "subsidiary",
    "imo number": "imoNumber",
    "current owners": "owner",
    "flag of ship": "flag",
    "previous flags": "pastFlags",
    "type of ship": "type",
    "tonnage of ship": "tonnage",
    "length of ship": "length",
    "year built": "buildDate",
    "previous names": "previousName",
    "further identifiying information": "further",
    "further identifying information": "further",
}
_LABEL = re.compile(r"\((" + "|".join(re.escape(k) for k in LABELS) + r")\)\s*:", re.I)
_UK_REF = re.compile(r"^\s*([A-Z]{2,4}\d{2,5})\b\.?")
_UN_REF = re.compile(r"^\s*([A-Za-z]{2,3})\s*\.\s*(\d+(?:\.\d+)?)\b\.?")
_ASSET_OF = re.compile(
    r"Listed as asset of\s+(?P<name>.+?)[\s,\-]*\(?\s*OFSI ID:\s*(?P<ofsi>\d+)\s*[,.]?\s*"
    r"(?:UN Reference Number:\s*)?(?:UN Ref\s*)?(?P<un>[A-Za-z]{2,3}\.\d+)?\s*\)?\.?",
    re.I,
)
_AKA_SUFFIX = re.compile(r"\s*\(a\.?k\.?a\.?[^)]*\)\s*$", re.I)
_MEASURES = re.compile(
    r"(?:\(\d+\)\s*)?(?:Financial\s+)?sanctions?\s+imposed in addition to an asset freeze:\s*"
    r"(?P<what>.+?)\.\s*(?=Date\b|\(\d+\)|$)",
    re.I | re.S,
)
_MEASURE_DATE = re.compile(
    r"Date (?P<what>[^:.]{1,80}?)\s+imposed:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\.?", re.I
)
_NON_LATIN = re.compile(
    r"Name \(non-Latin script\):\s*(?P<name>.+?)(?:\.\s*(?=Non[- ]Latin)|\.\s*$|\.\s+(?=[A-Z(])|$)"
    r"(?:\s*Non[- ]Latin Script Type:\s*(?P<type>[^.]*)\.)?"
    r"(?:\s*Non[- ]Latin Script Language:\s*(?P<lang>[^.]*)\.?)?",
    re.I,
)
_FLAG_SPLIT = re.compile(r"\(\d{1,2}\)|[.;,]")


@dataclass
class OtherInfo:
    """What one Other Information cell says, sorted into the model's slots."""

    authority_ref: str | None = None
    un_ref: str | None = None
    reason: str | None = None
    props: list[tuple[str, str]] = field(default_factory=list)
    dates: list[tuple[str, DateValue | None, str]] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    asset_of: list[tuple[str, str, str | None, str]] = field(default_factory=list)  # name, ofsi, un, text
    sanction_extra: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def parse_other_information(text: str) -> OtherInfo:
    """Split an Other Information cell into labelled parts, then mine the free text."""
    info = OtherInfo()
    parts = _LABEL.split(text)
    free: list[str] = [parts[0]]
    for label, value in zip(parts[1::2], parts[2::2], strict=True):
        leftover = _labelled(info, LABELS[label.lower()], label, value)
        if leftover:
            free.append(leftover)
    rest = _mine_free_text(info, " ".join(" ".join(free).split()))
    if rest:
        if info.reason is None:
            info.reason = rest
        else:
            info.notes.append(OTHER_INFO_NOTE + rest)
    return info


def _labelled(info: OtherInfo, slot: str, label: str, value: str) -> str:
    """Fill ``info`` from one labelled part; return free text that follows a reference."""
    value = value.strip()
    if slot in ("authority_ref", "un_ref"):
        pattern = _UK_REF if slot == "authority_ref" else _UN_REF
        match = pattern.match(value)
        if match is None:
            info.notes.append(f"{label}: {value}")
            return ""
        ref = match.group(1) if slot == "authority_ref" else f"{match.group(1)}.{match.group(2)}"
        setattr(info, slot, ref)
        return value[match.end() :]
    value = " ".join(value.split())
    if not value or is_empty(value):
        return ""
    if slot == "reason":
        info.reason = value if info.reason is None else f"{info.reason} {value}"
    elif slot in ("fax", "further", "length"):
        info.notes.append(f"{label}: {value}")
    elif slot in ("parent", "owner", "subsidiary"):
        kind = "subsidiary" if slot == "subsidiary" else "owner"
        for target in split_numbered(value):
            info.links.append(Link(kind, target_name=target, text=f"({label}):{value}"))
    elif slot == "imoNumber":
        digits = re.sub(r"\D", "", value)
        if len(digits) == 7 and IMO.is_valid(digits):
            info.props.append(("imoNumber", IMO.normalize(digits) or digits))
        else:
            info.notes.append(f"{label}: {value}")
    elif slot == "pastFlags":
        info.props.extend(("pastFlags", v.strip()) for v in _FLAG_SPLIT.split(value) if v.strip())
    elif slot == "buildDate":
        info.dates.append(("buildDate", date_of(value), value))
    elif slot == "previousName":
        info.names.extend(Name.make(v, kind="former") for v in split_numbered(value))
    else:
        info.props.extend((slot, v) for v in split_numbered(value))
    return ""


def _mine_free_text(info: OtherInfo, text: str) -> str:
    """Take out the sentences with a known shape; return what is left."""
    for match in _ASSET_OF.finditer(text):
        name = _AKA_SUFFIX.sub("", match["name"]).strip(" ,-")
        info.asset_of.append((name, match["ofsi"], match["un"], match.group(0).strip()))
    text = _ASSET_OF.sub(" ", text)
    for match in _MEASURES.finditer(text):
        measures = " ".join(match["what"].split())
        previous = info.sanction_extra.get("measures")
        info.sanction_extra["measures"] = f"{previous}; {measures}" if previous else measures
    text = _MEASURES.sub(" ", text)
    for match in _MEASURE_DATE.finditer(text):
        when = date_of(match["date"])
        key = f"{' '.join(match['what'].lower().split())} imposed"
        info.sanction_extra[key] = when.value if when else match["date"]
    text = _MEASURE_DATE.sub(" ", text)
    for match in _NON_LATIN.finditer(text):
        lang = lang_code(match["lang"].strip()) if match["lang"] else None
        info.names.append(Name.make(match["name"], kind="non-latin", lang=lang))
    text = _NON_LATIN.sub(" ", text)
    return " ".join(text.split()).strip(" .;,")


# ---------------------------------------------------------------------------------------
# Rows -> records

Row = dict[str, str]


@dataclass
class _Table:
    path: Path
    published: str | None
    columns: list[str]
    rows: list[tuple[int, Row]]  # (row number in the file, cells by column)


def _published(path: Path, first: list[str]) -> str | None:
    if not first or first[0].strip().lower() != "last updated":
        raise SourceError(path, "row 1", "expected 'Last Updated' in the first cell")
    raw = first[1] if len(first) > 1 else ""
    date = date_of(raw)
    if raw.strip() and date is None:
        raise SourceError(path, "row 1", f"unreadable Last Updated date {raw!r}")
    return date.value if date else None


def _table(path: Path, rows: Iterable[list[str]]) -> _Table:
    """Check row 1 and the header, and keep the data rows with their row numbers."""
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        raise SourceError(path, "row 1", "no rows")
    published = _published(path, first)
    header_row = next(iterator, None)
    if header_row is None:
        raise SourceError(path, "row 2", "no header row")
    columns = [" ".join(h.split()) for h in header_row]
    while columns and not columns[-1]:
        columns.pop()
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise SourceError(path, "row 2", f"missing header columns: {', '.join(missing)}")
    width = len(columns)
    template = dict.fromkeys(KNOWN_COLUMNS, "")
    data = []
    for number, cells in enumerate(iterator, start=3):
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            raise SourceError(path, f"row {number}", f"{len(cells)} fields but the header has {width}")
        if not any(c.strip() for c in cells):
            continue
        if max(map(len, cells)) > MAX_FIELD_CHARS:
            for index, value in enumerate(cells):
                check_field(path, f"row {number}, column {index + 1}", value)
        row = template.copy()
        row.update(zip(columns, cells, strict=False))
        data.append((number, row))
    return _Table(path, published, columns, data)


def _records(table: _Table, fmt: str) -> ParsedFile:
    groups: dict[str, list[tuple[int, Row]]] = {}
    for number, row in table.rows:
        gid = row["Group ID"].strip()
        if not gid.isdigit():
            raise SourceError(table.path, f"row {number}", f"Group ID {gid!r} is not a number")
        groups.setdefault(gid, []).append((number, row))
    warnings: list[str] = []
    extra_columns = [c for c in table.columns if c and c not in KNOWN_COLUMNS]
    if extra_columns:
        warnings.append(f"unknown columns kept as notes: {', '.join(extra_columns)}")
    records = []
    for gid, rows in groups.items():
        record, info = _group_record(gid, rows, extra_columns, warnings)
        _link_assets(record, info, groups)
        records.append(record)
    return ParsedFile(DATASET, fmt, records, published=table.published, warnings=warnings)


def _group_record(
    gid: str, rows: list[tuple[int, Row]], extra_columns: list[str], warnings: list[str]
) -> tuple[Record, OtherInfo]:
    first_number, first = rows[0]
    group_type = first.get("Group Type", "")
    schema = SCHEMA.get(" ".join(group_type.split()).lower())
    if schema is None:
        warnings.append(f"row {first_number}: unknown Group Type {group_type!r}, read as LegalEntity")
        schema = "LegalEntity"
    record = Record(f"uk-{gid}", AUTHORITY, schema, position=f"row {first_number}")
    designations: dict[tuple[str, ...], None] = {}
    infos: dict[str, OtherInfo] = {}
    seen_facts: set[tuple[str, ...]] = set()
    for number, row in rows:
        _add_names(record, number, row, warnings)
        # Rows of a group are name variants: their other cells nearly always repeat.
        facts = _facts_key(row)
        if facts not in seen_facts:
            seen_facts.add(facts)
            _add_row_facts(record, row)
        for column in extra_columns:
            if row.get(column, "").strip():
                add_note(record, f"{column}: {row[column]}")
        other = row["Other Information"]
        if other not in infos:
            infos[other] = parse_other_information(other)
        key = tuple(" ".join(row[c].split()) for c in DESIGNATION_COLUMNS)
        designations[key] = None
    info = _merged(list(infos.values()))
    _apply_info(record, info)
    for regime, listed, designated, updated in designations:
        record.sanctions.append(_sanction(record, info, regime, listed, designated, updated))
    return record, info


FACT_COLUMNS = (
    "DOB", "Town of Birth", "Country of Birth", "Nationality", "Passport Number", "Passport Details",
    "National Identification Number", "National Identification Details", "Position",
    *(f"Address {i}" for i in range(1, 7)), "Post/Zip Code", "Country",
)  # fmt: skip
_facts_key = itemgetter(*FACT_COLUMNS)
DESIGNATION_COLUMNS = ("Regime", "Listed On", "UK Sanctions List Date Designated", "Last Updated")


def _add_names(record: Record, number: int, row: Row, warnings: list[str]) -> None:
    alias_type = row["Alias Type"]
    kind = ALIAS_KIND.get(" ".join(alias_type.split()).lower())
    if kind is None:
        warnings.append(f"row {number}: unknown Alias Type {alias_type!r}, read as alias")
        kind = "alias"
    quality_text = row["Alias Quality"].strip().lower()
    quality = quality_text.split()[0] if quality_text else None
    if kind == "alias" and quality == "low":
        kind = "weak"
    given = [row[f"Name {i}"] for i in range(1, 6)]
    surname = row["Name 6"]
    title = row["Title"]
    value = " ".join(" ".join([*given, surname]).split())
    parts: dict[str, str] = {}
    if record.schema == "Person":
        parts = {
            "title": title,
            "firstName": given[0],
            "middleName": " ".join(given[1:]),
            "lastName": surname,
        }
    elif title.strip():
        add_note(record, f"title: {title}")
    if value:
        record.add_name(Name.make(value, kind=kind, quality=quality, parts=parts))
    non_latin = row["Name Non-Latin Script"]
    if non_latin.strip():
        language = row["Non-Latin Script Language"].strip()
        lang = lang_code(language) if language else None
        if language and lang is None:
            add_note(record, f"non-Latin name language: {language}")
        record.add_name(Name.make(non_latin, kind="non-latin", lang=lang))


def _add_row_facts(record: Record, row: Row) -> None:
    dob = row["DOB"].strip()
    if dob:
        record.add_date("birthDate", date_of(dob), raw=dob)
    towns = split_numbered(row["Town of Birth"])
    countries = split_numbered(row["Country of Birth"])
    if towns and len(towns) == len(countries):
        for town, country in zip(towns, countries, strict=True):
            put(record, "birthPlace", f"{town}, {country}")
    else:
        for place in towns or countries:
            put(record, "birthPlace", place)
    for country in countries:
        put(record, "birthCountry", country)
    for nationality in split_numbered(row["Nationality"]):
        put(record, "nationality", nationality)
    _numbers_with_details(record, "passportNumber", row["Passport Number"], row["Passport Details"])
    _numbers_with_details(
        record, "idNumber", row["National Identification Number"],
        row["National Identification Details"],
    )  # fmt: skip
    for position in split_numbered(row["Position"]):
        put(record, "position", position)
    address = [row[f"Address {i}"] for i in range(1, 7)] + [row["Post/Zip Code"]]
    country = " ".join(row["Country"].split())
    if any(p.strip() for p in address):
        put(record, "address", ", ".join(p.strip() for p in [*address, country] if p.strip()))
    if country:
        put(record, "country", country)


def _numbers_with_details(record: Record, prop: str, numbers_text: str, details_text: str) -> None:
    """Numbers go to ``prop``; their details (issuer, dates) are kept as notes beside them."""
    numbers = split_numbered(numbers_text)
    details = split_numbered(details_text)
    for number in numbers:
        put(record, prop, number)
    if not details:
        return
    if len(details) == len(numbers):
        for number, detail in zip(numbers, details, strict=True):
            add_note(record, f"{prop} {number}: {detail}")
    else:
        add_note(record, f"{prop} details: {details_text}")


def _apply_info(record: Record, info: OtherInfo) -> None:
    for prop, value in info.props:
        put(record, prop, value)
    for prop, date, raw in info.dates:
        record.add_date(prop, date, raw=raw)
    for name in info.names:
        record.add_name(name)
    for link in info.links:
        _add_link(record, link)
    for note in info.notes:
        add_note(record, note)


def _merged(infos: list[OtherInfo]) -> OtherInfo:
    """A group's Other Information is the same on every row in OFSI's files; if a file
    ever differs, every row's facts are kept and the first row's references win."""
    if len(infos) == 1:
        return infos[0]
    merged = OtherInfo()
    for info in infos:
        merged.authority_ref = merged.authority_ref or info.authority_ref
        merged.un_ref = merged.un_ref or info.un_ref
        merged.reason = merged.reason or info.reason
        if info.reason and info.reason != merged.reason:
            merged.notes.append(OTHER_INFO_NOTE + info.reason)
        for key, value in info.sanction_extra.items():
            merged.sanction_extra.setdefault(key, value)
        merged.props += info.props
        merged.dates += info.dates
        merged.names += info.names
        merged.links += info.links
        merged.asset_of += info.asset_of
        merged.notes += info.notes
    return merged


def _sanction(
    record: Record, info: OtherInfo, regime: str, listed: str, designated: str, updated: str
) -> Sanction:
    listing = date_of(listed) if listed else None
    if listed and listing is None:
        add_note(record, f"Listed On: {listed}")
    extra: dict[str, str] = {}
    for key, raw in (("designated", designated), ("last_updated", updated)):
        if raw:
            date = date_of(raw)
            extra[key] = date.value if date else raw
    extra.update(info.sanction_extra)
    return Sanction(
        programme=_programme(regime),
        listing_date=listing,
        reason=info.reason,
        un_ref=info.un_ref,
        authority_ref=info.authority_ref,
        extra=tuple(extra.items()),
    )


@cache
def _programme(regime: str) -> str:
    return registry().programme(AUTHORITY, regime).code


def _link_assets(record: Record, info: OtherInfo, groups: dict[str, list[tuple[int, Row]]]) -> None:
    """ "Listed as asset of X (OFSI ID: n, UN Ref KPe.nnn)": a link to the UN reference and,
    when the OFSI ID is a group of this file, one to that record."""
    for name, ofsi, un_ref, text in info.asset_of:
        if un_ref:
            _add_link(record, Link("asset_of", target_name=name, target_ref=f"un-{un_ref}", text=text))
        if ofsi in groups:
            _add_link(record, Link("asset_of", target_name=name, target_ref=f"uk-{ofsi}", text=text))
        elif not un_ref:
            _add_link(record, Link("asset_of", target_name=name, text=text))


def _add_link(record: Record, link: Link) -> None:
    if link not in record.links:
        record.links.append(link)


# ---------------------------------------------------------------------------------------
# The two forms of the file


def _is_header(cells: Iterable[str]) -> bool:
    names = {" ".join(c.split()) for c in cells}
    return "Name 6" in names and "Group ID" in names and "Alias Type" in names


def sniff_xlsx(data: bytes) -> bool:
    if not is_zip(data):
        return False
    rows = head_rows(data)
    return len(rows) >= 2 and bool(rows[0]) and rows[0][0].lower() == "last updated" and _is_header(rows[1])


def parse_xlsx(path: Path, data: bytes) -> ParsedFile:
    _, rows = read_sheet(path, data, preferred="Data")
    return _records(
        _table(path, ([c if type(c) is str else cell_text(c) for c in row] for row in rows)), "uk-ofsi"
    )


_CSV_START = re.compile(rb"^(?:\xef\xbb\xbf)?\"?Last Updated\"?,")


def sniff_csv(data: bytes) -> bool:
    if not _CSV_START.match(data[:64]):
        return False
    head = data[:8192].split(b"\n")
    return len(head) > 2 and b"Name 6" in head[1] and b"Group ID" in head[1]


def parse_csv(path: Path, data: bytes) -> ParsedFile:
    """OFSI publishes ConList.csv as UTF-8 (older files cp1252); anything else is refused."""
    text = decode_text(path, data, ("utf-8-sig", "cp1252"))
    return _records(_table(path, _csv_rows(path, text)), "uk-ofsi-csv")


def _csv_rows(path: Path, text: str) -> Iterator[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        yield from reader
    except csv.Error as exc:
        raise SourceError(path, f"line {reader.line_num}", f"broken CSV: {exc}") from None


PARSERS = [
    Parser("uk-ofsi", sniff_xlsx, parse_xlsx),
    Parser("uk-ofsi-csv", sniff_csv, parse_csv),
]
