"""Australia DFAT Consolidated List (regulation8_consolidated.xlsx).

One sheet, one row per name: the target's row has a numeric ``Reference`` (``1113``) and
its other names follow as ``1113a``, ``1113b``... (also ``1113b1``), so one Record is built
per base reference. The file is hand-kept: ``Type``, ``Name Type`` and ``Committees`` vary
in case and trailing spaces, dates of birth come as Excel dates, bare years or free text
("a) Approximately 1955- 1958 b) 1960"), and the listing date hides in prose ("Listed by the
UN1718 committee on 24 Apr. 2009"). Everything that cannot be parsed is kept as a note.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from nodewatch.model.dates import DateValue
from nodewatch.model.record import Link, Name, Record, Sanction
from nodewatch.model.registry import registry
from nodewatch.sources import Parser
from nodewatch.sources.base import MAX_FIELD_CHARS, ParsedFile, SourceError, check_field
from nodewatch.sources.fields import add_note, cell_text, date_of, is_empty, put, split_lettered
from nodewatch.sources.xlsx import core_modified, head_rows, is_zip, read_sheet

DATASET = "au-dfat"
AUTHORITY = "au"
FORMAT = "au-dfat-xlsx"

COLUMNS = (
    "Reference", "Name of Individual or Entity", "Type", "Name Type", "Date of Birth",
    "Place of Birth", "Citizenship", "Address", "Additional Information", "Listing Information",
    "Committees", "Control Date",
)  # fmt: skip
REQUIRED = ("Reference", "Name of Individual or Entity", "Type", "Name Type", "Committees")
SCHEMA = {"individual": "Person", "entity": "Organization", "vessel": "Vessel", "ship": "Vessel"}
NAME_KIND = {
    "primary name": "primary",
    "aka": "alias",
    "original script": "non-latin",
    "formerly known as": "former",
    "previously listed as": "former",
}

_REFERENCE = re.compile(r"^(\d+)([a-z]{0,3}\d{0,3})$", re.I)
# "1267/1989/2253 (ISIL (Da'esh) and Al-Qaida)", "Autonomous (Russia)", "1373 (2001)".
_COMMITTEE = re.compile(r"[^()]+?\((?:[^()]|\([^()]*\))*\)")
# Pieces of a date-of-birth cell: "a) ... b) ...", "x; y", "x or y", "alt DOB: y", "x >> y".
_DOB_SPLIT = re.compile(
    r"(?<![\w(])[a-z]\)|;|\bor\b|\balt\.? DOB:|>>|\n|,(?=\s*\d{1,2}/)|(?<=\d{4})\s+(?=\d{1,2}/)", re.I
)
_DASHED = re.compile(r"^(\d{1,2})-([A-Za-z]{3,9})-(\d{4})$")
_SLASH_SPACE = re.compile(r"(?<=/)\s+")
_MONTH_DOT = re.compile(r"(?<=[A-Za-z]\.)(?=\d)")
_YEAR_DASH = re.compile(r"(\d{4})\s*-\s*(\d{4})")
_DAY_DOT = re.compile(r"\b(\d{1,2})\.\s*(?=[A-Za-z])")
_PAREN = re.compile(r"\(([^()]*)\)")
_DATE_TEXT = (
    r"\d{1,2}\.?\s*[A-Za-z]{3,9}\.?,?\s*\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}"
)
_LISTED_ON = re.compile(
    r"(?:listed|designated|listing)\b[^.;]*?\bon:?\s*(" + _DATE_TEXT + ")", re.I
)  # fmt: skip
_IMO = re.compile(r"\bIMO\b[^0-9]{0,40}?(\d{7})\b")
_PASSPORT = re.compile(r"passport", re.I)
_PASSPORT_NUMBER = re.compile(r"\b([A-Z]{0,3}-?\d[\dA-Z-]{4,})\b")
_UN_REF = re.compile(r"\b([A-Z]{2}[ie]\.\d{3})\b")
_DESIGNATION = re.compile(r"\bDesignation:\s*(.+?)(?:\.\s+(?=[A-Z])|\.?\s*$)", re.S)
_SENTENCE_END = re.compile(r"(?<=[.;])\s+")


@dataclass
class _Row:
    number: int
    cells: dict[str, object]

    def text(self, column: str) -> str:
        return cell_text(self.cells.get(column))


def sniff(data: bytes) -> bool:
    if not is_zip(data):
        return False
    rows = head_rows(data, 1)
    if not rows:
        return False
    header = {" ".join(c.split()).lower() for c in rows[0]}
    return {"reference", "name of individual or entity", "committees"} <= header


def parse(path: Path, data: bytes) -> ParsedFile:
    _, rows = read_sheet(path, data)
    if not rows:
        raise SourceError(path, "row 1", "sheet is empty")
    table = _rows(path, rows)
    groups: dict[str, list[_Row]] = {}
    for row in table:
        reference = " ".join(row.text("Reference").split())
        match = _REFERENCE.match(reference)
        if match is None:
            raise SourceError(path, f"row {row.number}", f"unreadable Reference {reference!r}")
        groups.setdefault(match.group(1), []).append(row)
    warnings: list[str] = []
    records = [_record(path, base, rows, warnings) for base, rows in groups.items()]
    return ParsedFile(DATASET, FORMAT, records, published=core_modified(path, data), warnings=warnings)


def _rows(path: Path, rows: Sequence[Sequence[object]]) -> list[_Row]:
    header = [" ".join(cell_text(c).split()) for c in rows[0]]
    index = {name.lower(): i for i, name in enumerate(header) if name}
    missing = [c for c in REQUIRED if c.lower() not in index]
    if missing:
        raise SourceError(path, "row 1", f"missing header columns: {', '.join(missing)}")
    known = {c: index[c.lower()] for c in COLUMNS if c.lower() in index}
    unknown = [i for name, i in index.items() if name not in {c.lower() for c in COLUMNS}]
    result = []
    for number, cells in enumerate(rows[1:], start=2):
        texts = [c for c in cells if type(c) is str]
        if not any(texts) and not any(c not in ("", None) and type(c) is not str for c in cells):
            continue
        if texts and max(map(len, texts)) > MAX_FIELD_CHARS:
            for col, value in enumerate(cells):
                check_field(path, f"row {number}, column {col + 1}", cell_text(value))
        row = _Row(number, {name: cells[i] if i < len(cells) else "" for name, i in known.items()})
        for i in unknown:
            if i < len(cells) and cell_text(cells[i]).strip():
                row.cells[f"column {header[i]}"] = cells[i]
        result.append(row)
    return result


def _record(path: Path, base: str, rows: list[_Row], warnings: list[str]) -> Record:
    primary = next((r for r in rows if _name_kind(r) == "primary"), rows[0])
    type_text = " ".join(primary.text("Type").split()).lower()
    schema = SCHEMA.get(type_text)
    if schema is None:
        warnings.append(f"row {primary.number}: unknown Type {primary.text('Type')!r}, read as LegalEntity")
        schema = "LegalEntity"
    record = Record(f"au-{base}", AUTHORITY, schema, position=f"row {rows[0].number}")
    seen: dict[tuple[str, str], None] = {}
    for row in rows:
        name = " ".join(row.text("Name of Individual or Entity").split())
        if name:
            record.add_name(Name.make(name, kind=_name_kind(row, warnings)))
        for column in ("Date of Birth", "Place of Birth", "Citizenship", "Address", "Additional Information"):
            value = row.cells.get(column)
            key = (column, cell_text(value))
            if key[1].strip() and key not in seen:
                seen[key] = None
                _add_fact(record, column, value)
        for column, value in row.cells.items():
            if column.startswith("column ") and cell_text(value).strip():
                add_note(record, f"{column[7:]}: {cell_text(value)}")
    record.sanctions.extend(_sanctions(record, primary, rows))
    return record


def _name_kind(row: _Row, warnings: list[str] | None = None) -> str:
    label = " ".join(row.text("Name Type").split()).lower()
    kind = NAME_KIND.get(label)
    if kind is None:
        if warnings is not None and label:
            warnings.append(f"row {row.number}: unknown Name Type {row.text('Name Type')!r}, read as alias")
        return "alias"
    return kind


def _add_fact(record: Record, column: str, value: object) -> None:
    text = cell_text(value)
    if column == "Date of Birth":
        for prop_value, raw in birth_dates(value):
            record.add_date("birthDate", prop_value, raw=raw)
    elif column == "Place of Birth":
        for place in split_lettered(text):
            put(record, "birthPlace", place)
    elif column == "Citizenship":
        for country in split_lettered(text):
            put(record, "nationality", country)
    elif column == "Address":
        for address in split_lettered(text):
            put(record, "address", address)
    else:
        _additional_information(record, text)


def birth_dates(value: object) -> list[tuple[DateValue | None, str]]:
    """Every date a Date of Birth cell states, each with the text it came from.

    Excel dates are exact days; a number is a year; text may hold several alternatives.
    A ``None`` date means the piece could not be read (the caller keeps it as a note).
    """
    text = cell_text(value)
    if is_empty(text):
        return []
    if not isinstance(value, str):
        return [(date_of(text), text)]
    results: list[tuple[DateValue | None, str]] = []
    for piece in _DOB_SPLIT.split(text.replace("\xa0", " ")):
        piece = " ".join(piece.split()).strip(" ,;")
        if is_empty(piece):
            continue
        clean = _PAREN.sub(" ", piece)
        clean = _YEAR_DASH.sub(r"\1 to \2", _DAY_DOT.sub(r"\1 ", clean))
        clean = _MONTH_DOT.sub(" ", _SLASH_SPACE.sub("", clean.strip()))
        clean = _DASHED.sub(r"\1 \2 \3", clean)
        # A Hijri date is not a Gregorian one: keep it only as text.
        date = None if "hijri" in piece.lower() else date_of(" ".join(clean.split()))
        results.append((date, piece))
        if date is not None and _PAREN.search(piece):
            results.append((None, piece))  # keep the qualifier, e.g. "(Hijri Calendar)"
    return results


def _additional_information(record: Record, text: str) -> None:
    """IMO numbers, passports, positions and UN references in the free text; the text itself
    stays with the sanction as its reason."""
    for match in _IMO.finditer(text):
        put(record, "imoNumber", f"IMO{match.group(1)}")
    for match in _PASSPORT.finditer(text):
        window = text[match.end() : match.end() + 60]
        found = _PASSPORT_NUMBER.search(window)
        if found:
            put(record, "passportNumber", found.group(1))
    if record.schema == "Person":
        for match in _DESIGNATION.finditer(text):
            for position in split_lettered(match.group(1)):
                put(record, "position", position)
    for match in _UN_REF.finditer(text):
        sentence = _sentence_around(text, match.start())
        link = Link("related", target_ref=f"un-{match.group(1)}", text=sentence)
        if link not in record.links:
            record.links.append(link)


def _sentence_around(text: str, offset: int) -> str:
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() > offset:
            return " ".join(text[start : match.start()].split())
        start = match.end()
    return " ".join(text[start:].split())


def _sanctions(record: Record, primary: _Row, rows: list[_Row]) -> list[Sanction]:
    """One Sanction per committee named in the primary row; other rows' listing texts,
    where they differ, are kept as notes."""
    committees = primary.text("Committees")
    listing_value = primary.cells.get("Listing Information")
    listing_text = " ".join(cell_text(listing_value).split())
    control = primary.text("Control Date").strip()
    for row in rows:
        if row is primary:
            continue
        other = " ".join(row.text("Listing Information").split())
        if other and other != listing_text:
            add_note(record, f"Listing Information (row {row.number}): {other}")
        if row.text("Committees").split() != committees.split():
            add_note(record, f"Committees (row {row.number}): {row.text('Committees')}")
    listing_date = _listing_date(listing_value)
    extra: dict[str, str] = {}
    if listing_text:
        extra["listing"] = listing_text
    if control:
        date = date_of(control)
        extra["control"] = date.value if date else control
    reason = " ".join(primary.text("Additional Information").split())
    labels = [" ".join(m.group(0).split()) for m in _COMMITTEE.finditer(committees)]
    if not labels and committees.strip():
        labels = [" ".join(committees.split())]
    return [
        Sanction(
            programme=_programme(label),
            listing_date=listing_date,
            reason=None if is_empty(reason) else reason,
            extra=tuple(extra.items()),
        )
        for label in labels
    ]


def _listing_date(value: object) -> DateValue | None:
    text = cell_text(value)
    if not isinstance(value, str):
        return date_of(text) if text else None
    match = _LISTED_ON.search(text)
    if match:
        return date_of(_DAY_DOT.sub(r"\1 ", match.group(1)))
    return date_of(text.strip())


@cache
def _programme(label: str) -> str:
    return registry().programme(AUTHORITY, label).code


PARSERS = [Parser(FORMAT, sniff, parse)]
