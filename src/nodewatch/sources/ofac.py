"""OFAC's CSV list files: sdn.csv / cons_prim.csv, alt.csv / cons_alt.csv, add.csv / cons_add.csv.

OFAC publishes the SDN list and the Consolidated (non-SDN) list in one CSV layout without a
header row: ``-0-`` stands for an empty cell, lines end in CRLF and the file ends with a
0x1A byte. The main file has one row per target; alt.csv and add.csv add aliases and
addresses keyed by the same ``ent_num``, so they become companion records with the same id
(``ofac-<ent_num>``) and the schema the store lets the primary record override.

Which list a file is: the content says "Consolidated" when one of its rows carries only
programmes that exist only on non-SDN lists (NS-PLC, NS-*, CMIC-EO13959, 561-Related, FSE-*;
see ``data/ofac_remarks.toml``). Nothing in the content proves a file is the SDN list, and
alt/add files carry no programmes at all, so otherwise the file name decides: a name
containing "cons" is the Consolidated list, anything else the SDN list.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import Path

from nodewatch.model.record import Link, Name, Record, Sanction
from nodewatch.model.registry import registry
from nodewatch.sources import Parser
from nodewatch.sources.base import (
    MAX_FIELD_CHARS,
    ParsedFile,
    SourceError,
    bulk_records,
    check_field,
    decode_text,
)
from nodewatch.sources.ofac_remarks import REMARKS_LIMIT, RemarkResult, apply_remarks, is_non_sdn

AUTHORITY = "us-ofac"
EMPTY = "-0-"
ENCODINGS = ("utf-8-sig", "cp1252")  # OFAC writes ASCII; tolerate re-saved copies
SCHEMA_OF_TYPE = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane", "": "Organization"}
MAIN_COLUMNS = 12  # ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type,
#                    Tonnage, GRT, Vess_flag, Vess_owner, Remarks
ALT_COLUMNS = 5  # ent_num, alt_num, alt_type, alt_name, alt_remarks
ADD_COLUMNS = 6  # ent_num, add_num, address, city/state/postal, country, add_remarks
ALT_KINDS = {"aka": "alias", "fka": "former", "nka": "alias"}
# Vessel/aircraft columns 5..9 (Call_Sign, Vess_type, Tonnage, GRT, Vess_flag) per schema.
CRAFT_PROPS = {
    "Vessel": ("callSign", "type", "tonnage", "grossRegisteredTonnage", "flag"),
    "Airplane": (None, "type", None, None, "country"),
}
CRAFT_LABELS = ("Call_Sign", "Vess_type", "Tonnage", "GRT", "Vess_flag")
_NO_CRAFT = ["-0- "] * len(CRAFT_LABELS)  # the five craft cells as OFAC writes them for a person
_DIGITS = re.compile(r"^\d+$")
_PROGRAMME_SPLIT = re.compile(r"\]\s*\[")
_NUMBER_GROUPS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_MIDDLE_INITIAL = re.compile(r"^[A-Z]\.?$")
_WEAK = re.compile(r"\b(?:weak|low)\b", re.I)

Row = tuple[int, list[str]]  # (line number, cells)


# --- reading -------------------------------------------------------------------------------


def cell(value: str) -> str:
    """A cell's text, with OFAC's "-0-" empty marker read as empty."""
    if value == "-0- ":  # how OFAC writes it: the fast path for most cells
        return ""
    value = value.strip()
    return "" if value == EMPTY else value


def read_rows(path: Path | str, data: bytes, columns: int) -> Iterator[Row]:
    """Every row of an OFAC CSV file, checked for shape; errors name the line."""
    text = decode_text(path, data, ENCODINGS).rstrip("\x1a")
    if text and not text.endswith("\n"):
        last = text.count("\n") + 1
        raise SourceError(
            path, f"line {last}", "file does not end with a line break: the last line is truncated"
        )
    if not text.strip():
        raise SourceError(path, "line 1", "no rows: an OFAC list file is never empty")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    end = 0
    while True:
        start = end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            where = f"line {start}" if reader.line_num <= start else f"lines {start}-{reader.line_num}"
            raise SourceError(path, where, f"broken CSV: {exc}") from None
        end = reader.line_num
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) != columns:
            raise SourceError(path, f"line {start}", f"expected {columns} fields, found {len(row)}")
        if sum(map(len, row)) > MAX_FIELD_CHARS:  # cheap test first: most rows are short
            check_field(path, f"line {start}", max(row, key=len))
        if not _DIGITS.match(row[0].strip()):
            raise SourceError(path, f"line {start}", f"ent_num {row[0].strip()!r} is not a number")
        yield start, row


def _sniff_rows(data: bytes) -> list[list[str]]:
    """The first complete lines of a file, as CSV cells ([] if it does not read as CSV)."""
    head = data[:8192]
    if b"\x00" in head:
        return []
    lines = head.decode("latin-1").splitlines()
    if len(data) > len(head):
        lines = lines[:-1]  # the window may cut the last line
    lines = [line for line in lines if line.strip() and line.strip() != "\x1a"][:3]
    try:
        return list(csv.reader(lines, strict=True))
    except csv.Error:
        return []


def _sniffer(columns: int, check: Callable[[list[str]], bool]) -> Callable[[bytes], bool]:
    def sniff(data: bytes) -> bool:
        rows = _sniff_rows(data)
        return bool(rows) and all(
            len(row) == columns and _DIGITS.match(row[0].strip()) is not None and check(row) for row in rows
        )

    return sniff


sniff_main = _sniffer(MAIN_COLUMNS, lambda row: cell(row[2]).lower() in SCHEMA_OF_TYPE)
sniff_alt = _sniffer(ALT_COLUMNS, lambda row: _DIGITS.match(row[1].strip()) is not None)
sniff_add = _sniffer(ADD_COLUMNS, lambda row: _DIGITS.match(row[1].strip()) is not None)


def dataset_for(path: Path | str, base: str, consolidated: bool) -> str:
    """ "us-ofac-sdn..." or "us-ofac-cons...": content first, then the file name (module docstring)."""
    cons = consolidated or "cons" in Path(path).name.lower()
    return base.replace("sdn", "cons") if cons else base


# --- sdn.csv / cons_prim.csv ---------------------------------------------------------------


def programmes(text: str) -> list[str]:
    """ "DPRK3] [DPRK4" (OFAC's own joining, brackets and all) -> ["DPRK3", "DPRK4"]."""
    labels = (label.strip(" []") for label in _PROGRAMME_SPLIT.split(cell(text)))
    return [label for label in labels if label]


@lru_cache(maxsize=100_000)
def primary_name(value: str, person: bool) -> Name:
    """The row's SDN_Name (cached: rows recur unchanged in every snapshot of a list)."""
    return person_name(value) if person else Name.make(value)


def person_name(value: str) -> Name:
    """ "LAST, First Middle" -> the name as written, with lastName / firstName (/ middleName)."""
    if "," not in value:
        return Name.make(value)
    last, given = (part.strip() for part in value.split(",", 1))
    parts = {"lastName": last, "firstName": given}
    tokens = given.split()
    # Only an initial is clearly a middle name; "Jong Un" or "Ismail Abdul Salah" are one given name.
    if len(tokens) == 2 and _MIDDLE_INITIAL.match(tokens[1]):
        parts.update(firstName=tokens[0], middleName=tokens[1])
    return Name.make(value, parts=parts)


def _main_record(row: list[str], line: int) -> tuple[Record, list[str], RemarkResult]:
    ent_num = row[0].strip()
    sdn_type = cell(row[2]).lower()
    schema = SCHEMA_OF_TYPE.get(sdn_type)
    if schema is None:
        raise ValueError(f"unknown SDN_Type {row[2].strip()!r}")
    name = cell(row[1])
    if not name:
        raise ValueError("SDN_Name is empty")
    record = Record(f"ofac-{ent_num}", AUTHORITY, schema, position=f"line {line}")
    record.add_name(primary_name(name, schema == "Person"))
    title = cell(row[4])
    if title and schema == "Person":
        record.add("position", title)
    elif title:
        record.notes.append(f"Title: {title}")
    if row[5:10] != _NO_CRAFT:
        _add_craft(record, [cell(value) for value in row[5:10]])
    owner = cell(row[10])
    if owner:
        record.links.append(Link("owner", target_name=owner, text=f"Vess_owner: {owner}"))
    result = apply_remarks(record, cell(row[11]))
    labels = programmes(row[3])
    extra = _merge_facts(result.sanction_facts)
    for label in labels:
        code = programme_code(label)
        record.sanctions.append(Sanction(programme=code, authority_ref=ent_num, extra=extra))
    return record, labels, result


def _add_craft(record: Record, craft: list[str]) -> None:
    """Call_Sign, Vess_type, Tonnage, GRT, Vess_flag: properties where the schema has them, else notes."""
    props = CRAFT_PROPS.get(record.schema, (None,) * len(CRAFT_LABELS))
    for label, prop, value in zip(CRAFT_LABELS, props, craft, strict=True):
        if value and prop:
            record.add(prop, _NUMBER_GROUPS.sub("", value) if label in ("Tonnage", "GRT") else value)
        elif value:
            record.notes.append(f"{label}: {value}")


@cache
def programme_code(label: str) -> str:
    """The registry's code for an OFAC programme label (cached: a few hundred labels, 15,000 rows)."""
    return registry().programme(AUTHORITY, label).code


def _merge_facts(facts: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Sanction.extra is a mapping: facts stated twice ("alt. ...") are joined, not overwritten."""
    merged: dict[str, list[str]] = {}
    for key, value in facts:
        values = merged.setdefault(key, [])
        if value not in values:
            values.append(value)
    return tuple((key, " | ".join(values)) for key, values in merged.items())


def _fold_name(name: str) -> str:
    return " ".join(name.casefold().split()).rstrip(". ")


def resolve_links(records: list[Record]) -> tuple[int, int]:
    """Give name-only links the id of the one record in the same file whose primary name it is.

    Names compare case-, space- and final-dot-insensitively. When two rows share the name
    (OFAC lists North Korea's "MINISTRY OF STATE SECURITY" and another under CAATSA - RUSSIA),
    the one that shares a programme with the linking record is taken, if exactly one does;
    otherwise the link keeps only its name. Returns (links resolved, links with a name) so
    callers can report the share.
    """
    by_name: dict[str, list[Record]] = {}
    for record in records:
        by_name.setdefault(_fold_name(record.primary_name), []).append(record)
    resolved = total = 0
    for record in records:
        for index, link in enumerate(record.links):
            if not link.target_name or link.target_ref:
                continue
            total += 1
            candidates = [c for c in by_name.get(_fold_name(link.target_name), ()) if c is not record]
            if len(candidates) > 1:
                mine = {s.programme for s in record.sanctions}
                candidates = [c for c in candidates if mine & {s.programme for s in c.sanctions}]
            if len(candidates) == 1:
                record.links[index] = replace(link, target_ref=candidates[0].id)
                resolved += 1
    return resolved, total


def parse_main(path: Path, data: bytes) -> ParsedFile:
    """sdn.csv or cons_prim.csv -> one Record per row."""
    with bulk_records():
        return _parse_main(path, data)


def _parse_main(path: Path, data: bytes) -> ParsedFile:
    records: list[Record] = []
    seen: dict[str, int] = {}
    unrecognised = 0
    warnings: list[str] = []
    consolidated = False
    for line, row in read_rows(path, data, MAIN_COLUMNS):
        ent_num = row[0].strip()
        if ent_num in seen:
            raise SourceError(path, f"line {line}", f"ent_num {ent_num} repeats line {seen[ent_num]}")
        seen[ent_num] = line
        try:
            record, labels, result = _main_record(row, line)
        except ValueError as exc:
            raise SourceError(path, f"line {line}", str(exc)) from None
        consolidated = consolidated or is_non_sdn(tuple(labels))
        unrecognised += len(result.unrecognised)
        if result.truncated is not None:
            warnings.append(f"line {line}: remarks cut off by OFAC at {REMARKS_LIMIT:,} characters")
        records.append(record)
    resolved, total = resolve_links(records)
    if unrecognised:
        warnings.append(f"{unrecognised} remark segments not recognised (kept as notes)")
    if total:
        warnings.append(f"{resolved} of {total} named links resolved to a record of this file")
    return ParsedFile(dataset_for(path, "us-ofac-sdn", consolidated), "ofac-csv", records, None, warnings)


# --- alt.csv / add.csv ---------------------------------------------------------------------


def _companion(
    path: Path, data: bytes, columns: int, fill: Callable[[Record, list[str]], None]
) -> tuple[list[Record], list[str]]:
    """One LegalEntity record per ent_num, filled row by row; the row key (col 2) must be unique.

    add.csv has rows whose every cell is "-0-" (3,213 of 24,776): an entry that states nothing
    gives no record (it would have no statement to store), and the warnings count them.
    """
    records: dict[str, Record] = {}
    keys: dict[str, int] = {}
    with bulk_records():
        for line, row in read_rows(path, data, columns):
            ent_num, key = row[0].strip(), row[1].strip()
            if not _DIGITS.match(key):
                raise SourceError(path, f"line {line}", f"row number {key!r} is not a number")
            if key in keys:
                raise SourceError(path, f"line {line}", f"row number {key} repeats line {keys[key]}")
            keys[key] = line
            record = records.get(ent_num)
            if record is None:
                record = Record(f"ofac-{ent_num}", AUTHORITY, "LegalEntity", position=f"line {line}")
                records[ent_num] = record
            fill(record, row)
    kept = [r for r in records.values() if r.names or r.properties or r.notes]
    empty = len(records) - len(kept)
    return kept, [f"{empty} entries have only empty rows (no record)"] if empty else []


def _fill_alt(record: Record, row: list[str]) -> None:
    alt_type, value, remarks = cell(row[2]).lower(), cell(row[3]), cell(row[4])
    if not value:
        return
    kind = ALT_KINDS.get(alt_type, "alias")
    quality = None
    if _WEAK.search(remarks):
        kind, quality = "weak", "low"
    record.add_name(Name.make(value, kind=kind, quality=quality))
    if alt_type not in ALT_KINDS:
        record.notes.append(f"alt_type {alt_type or '(empty)'}: {value}")
    if remarks:
        record.notes.append(f"alt_remarks for {value}: {remarks}")


def _fill_add(record: Record, row: list[str]) -> None:
    street, city, country, remarks = (cell(v) for v in row[2:6])
    full = ", ".join(part for part in (street, city, country) if part)
    record.add("address", full or None)
    record.add("country", country or None)
    if remarks:
        record.notes.append(f"add_remarks{f' for {full}' if full else ''}: {remarks}")


def parse_alt(path: Path, data: bytes) -> ParsedFile:
    """alt.csv / cons_alt.csv -> one companion record of names per ent_num."""
    records, warnings = _companion(path, data, ALT_COLUMNS, _fill_alt)
    return ParsedFile(dataset_for(path, "us-ofac-sdn-alt", False), "ofac-alt-csv", records, None, warnings)


def parse_add(path: Path, data: bytes) -> ParsedFile:
    """add.csv / cons_add.csv -> one companion record of addresses per ent_num."""
    records, warnings = _companion(path, data, ADD_COLUMNS, _fill_add)
    return ParsedFile(dataset_for(path, "us-ofac-sdn-add", False), "ofac-add-csv", records, None, warnings)


PARSERS = [
    Parser("ofac-csv", sniff_main, parse_main),
    Parser("ofac-alt-csv", sniff_alt, parse_alt),
    Parser("ofac-add-csv", sniff_add, parse_add),
]
