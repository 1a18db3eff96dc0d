"""Consolidated Canadian Autonomous Sanctions List (SEMA / JVCFOA, ``sema-lmes.xml``) -> records.

The file is ``<data-set>`` with one flat ``<record>`` per listing: Country, LastName,
GivenName, EntityOrShip, TitleOrShip, ShipIMONumber, DateOfBirthOrShipBuildDate, Aliases,
Schedule, Item, DateOfListing. It states no publication date and no record key.

Mapping decisions:

* ``id = ca-{slug(country)}-{slug(Schedule)}-{Item}``, the country being the English half of
  the bilingual label ("Russia / Russie" -> ``russia``) and the schedule part left out when
  the record has none (Venezuela, Zimbabwe, JVCFOR ...): ``ca-russia-1-part-1-12``,
  ``ca-venezuela-7``. Country, schedule and item together identify a listing in the
  regulations; the staged file has no collisions, and a file that has one is refused.
* A ship (ShipIMONumber) -> Vessel named by EntityOrShip, TitleOrShip being its type
  ("Oil Tanker") and the date its build date; LastName/GivenName -> Person, TitleOrShip its
  title ("Major General"); otherwise Organization named by EntityOrShip.
* Dates keep their precision; "1963 or 1964" gives two dates, "1963-1964" a range.
* Country -> the Sanction's programme, DateOfListing its listing date; published = None.
* Aliases is free text; see ``split_aliases`` for how it is cut into names.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path

from lxml import etree

from nodewatch.model.dates import DateValue, parse_date, year_range
from nodewatch.model.record import Name, Record, Sanction, script_of
from nodewatch.sources import Parser
from nodewatch.sources.base import ParsedFile, SourceError
from nodewatch.sources.fields import lang_code, put
from nodewatch.sources.mapping import add_name, check_unique_ids, list_url, programme_code, slug
from nodewatch.sources.xml import all_text, check_sizes, local, parse_xml, sniff_root

FORMAT = "ca-sema-xml"
DATASET = "ca-sema"
AUTHORITY = "ca"

_FIELDS = frozenset(
    {
        "Country",
        "LastName",
        "GivenName",
        "EntityOrShip",
        "TitleOrShip",
        "ShipIMONumber",
        "DateOfBirthOrShipBuildDate",
        "Aliases",
        "Schedule",
        "Item",
        "DateOfListing",
    }
)
_YEAR_SPAN = re.compile(r"^(\d{4})\s*-\s*(\d{4})$")
_OR = re.compile(r"\s+or\s+", re.I)
_AND = re.compile(r"\s+and\s+")
_SLASH = re.compile(r"\s*/\s*")
# "Belarusian: ...", "Russian\xa0: ...", "Arabic:..." introduce names in that language.
_LANG_LABEL = re.compile(r"(?<![\w-])([A-Z][a-z]{3,})\s*:\s*")


def sniff(data: bytes) -> bool:
    root, head = sniff_root(data)
    return root == "data-set" and "<record" in head and ("<Country>" in head or "<Item>" in head)


def parse(path: Path, data: bytes) -> ParsedFile:
    root = parse_xml(path, data)
    check_sizes(path, data, root)
    if local(root.tag) != "data-set":
        raise SourceError(path, f"line {root.sourceline}", f"root is <{local(root.tag)}>, not <data-set>")
    records: list[Record] = []
    warnings: list[str] = []
    for element in root:
        if local(element.tag) == "record":
            records.append(_record(path, element, warnings))
        else:
            warnings.append(f"line {element.sourceline}: unexpected <{local(element.tag)}> not read")
    check_unique_ids(path, records)
    return ParsedFile(DATASET, FORMAT, records, published=None, warnings=warnings)


def _record(path: Path, element: etree._Element, warnings: list[str]) -> Record:
    position = f"line {element.sourceline}"
    fields: dict[str, str] = {}
    unknown: list[str] = []
    for child in element:
        tag, value = local(child.tag), all_text(child)
        if not value:
            continue
        if tag in _FIELDS and tag not in fields:
            fields[tag] = value
        else:
            unknown.append(f"{tag}: {value}")
    country, item = fields.get("Country"), fields.get("Item")
    if not country or not item:
        raise SourceError(path, position, "record without Country or Item: no id can be made")
    label = english(country)
    schedule = fields.get("Schedule")
    key = "-".join(p for p in (slug(label), slug(schedule), slug(item)) if p)
    record = Record(f"ca-{key}", AUTHORITY, _schema(fields), position=position)
    record.notes.extend(unknown)
    _add_names(record, fields)
    if record.schema == "Vessel":
        put(record, "imoNumber", fields["ShipIMONumber"])
        put(record, "type", fields.get("TitleOrShip"))
    else:
        put(record, "title", fields.get("TitleOrShip"))
    raw_date = fields.get("DateOfBirthOrShipBuildDate")
    date_prop = {"Vessel": "buildDate", "Person": "birthDate"}.get(record.schema, "incorporationDate")
    found = dates(raw_date)
    for date_value in found:
        record.add_date(date_prop, date_value)
    if raw_date and not found:
        record.add_date(date_prop, None, raw=raw_date)
    if not record.names:
        warnings.append(f"{position}: {record.id} has no name")
    record.sanctions.append(
        Sanction(
            programme=programme_code(AUTHORITY, label),
            listing_date=parse_date(fields.get("DateOfListing")),
            authority_ref=f"Schedule {schedule}, Item {item}" if schedule else f"Item {item}",
            source_url=list_url(DATASET),
            extra=tuple(
                (k, v) for k, v in (("country", country), ("schedule", schedule), ("item", item)) if v
            ),
        )
    )
    return record


def english(label: str) -> str:
    """The English half of a bilingual label: "Russia / Russie" -> "Russia"."""
    return label.split(" / ", 1)[0].strip()


def _schema(fields: dict[str, str]) -> str:
    if fields.get("ShipIMONumber"):
        return "Vessel"
    if fields.get("LastName") or fields.get("GivenName"):
        return "Person"
    return "Organization"


def _add_names(record: Record, fields: dict[str, str]) -> None:
    person = record.schema == "Person"
    if person:
        given, last = fields.get("GivenName", ""), fields.get("LastName", "")
        full = " ".join(p for p in (given, last) if p)
        parts = {"title": fields.get("TitleOrShip", ""), "firstName": given, "lastName": last}
        add_name(record, Name.make(full, "primary", parts=parts))
    elif fields.get("EntityOrShip"):
        add_name(record, Name.make(fields["EntityOrShip"], "primary"))
    for value, lang in split_aliases(fields.get("Aliases", ""), person):
        weak = person and len(value.split()) == 1
        kind = "weak" if weak else "non-latin" if script_of(value) != "Latin" else "alias"
        add_name(record, Name.make(value, kind, lang=lang))


def dates(text: str | None) -> list[DateValue]:
    """The dates a DateOfBirthOrShipBuildDate holds; [] when it holds none we can read."""
    found: list[DateValue] = []
    for part in _OR.split(" ".join((text or "").split())):
        if m := _YEAR_SPAN.match(part):
            found.append(year_range(int(m[1]), int(m[2]), text=part))
        elif value := parse_date(part):
            found.append(value)
        elif part:
            return []
    return found


def split_aliases(text: str, person: bool = False) -> list[tuple[str, str | None]]:
    """Cut the Aliases field into (name, ISO 639-3 language or None).

    The field separates names with ";", ",", " or ", "/" and " and ", and announces
    languages with "Belarusian:", "Russian:", "Arabic:". Commas are also part of names, so
    a comma does not split inside brackets, next to a legal form ("Рембаза, АО",
    "ОАО, БЭТО") or before a lower-case non-Latin word (a Russian name's continuation).
    " and " is read as a separator only where the list clearly uses it so: next to non-Latin
    text, between a person's single-word names, or closing a comma list of multi-word
    capitalised names ("A, B and C"); "Sabotage and Assault Reconnaissance Group" and
    "LLC Laser Devices and Technologies" stay whole. Brackets the list left unclosed at the
    edge of a fragment are trimmed.
    """
    names: list[tuple[str, str | None]] = []
    for segment, lang in _language_segments(" ".join(text.split())):
        for piece in segment.split(";"):
            for alternative in _OR.split(piece):
                for part in _split_slashes(alternative):
                    for name in _split_and(_split_commas(part), person):
                        value = _trim(name)
                        if value and (value, lang) not in names:
                            names.append((value, lang))
    return names


def _language_segments(text: str) -> list[tuple[str, str | None]]:
    if ":" not in text:
        return [(text, None)]
    segments: list[tuple[str, str | None]] = []
    lang: str | None = None
    start = 0
    for m in _LANG_LABEL.finditer(text):
        code = lang_code(m[1])
        if code is None:
            continue
        segments.append((text[start : m.start()], lang))
        lang, start = code, m.end()
    segments.append((text[start:], lang))
    return [(s, lang) for s, lang in segments if s.strip(" ,;")]


def _split_top_level(text: str, separator: re.Pattern[str]) -> list[str]:
    """Split at a separator that is not inside balanced brackets."""
    if "(" not in text:
        return separator.split(text)
    depth, pieces, start = 0, [], 0
    balanced = text.count("(") == text.count(")")
    for m in separator.finditer(text):
        depth = text.count("(", 0, m.start()) - text.count(")", 0, m.start()) if balanced else 0
        if depth == 0:
            pieces.append(text[start : m.start()])
            start = m.end()
    pieces.append(text[start:])
    return pieces


def _split_slashes(text: str) -> list[str]:
    pieces = _split_top_level(text, _SLASH)
    merged: list[str] = []
    for piece in pieces:
        if merged and (len(piece.strip()) < 3 or len(merged[-1].strip()) < 3):
            merged[-1] = f"{merged[-1]}/{piece}"  # "A/S", "S/A": one token, not two names
        else:
            merged.append(piece)
    return merged


def _split_commas(text: str) -> list[str]:
    pieces = [p.strip() for p in _split_top_level(text, re.compile(r","))]
    merged: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if merged and (_is_legal_form(piece) or _is_legal_form(merged[-1]) or _continues(piece)):
            merged[-1] = f"{merged[-1]}, {piece}"
        else:
            merged.append(piece)
    return merged


def _split_and(items: list[str], person: bool) -> list[str]:
    out: list[str] = []
    for index, item in enumerate(items):
        halves = _AND.split(item) if " and " in item else [item]
        closes_list = len(items) > 1 and index == len(items) - 1
        if len(halves) > 1 and _and_separates(halves, closes_list, person):
            out.extend(halves)
        else:
            out.append(item)
    return out


def _and_separates(halves: list[str], closes_list: bool, person: bool) -> bool:
    if any(script_of(h) != "Latin" for h in halves):
        return True
    words = [h.split() for h in halves]
    if person and all(len(w) == 1 for w in words):
        return True  # "Manakhimova and Semendueva and Jasmine"
    # "A, B and C" where B and C are names, not "Crime and Corruption of the Ministry".
    return closes_list and all(len(w) > 1 and not any(t.islower() for t in w) for w in words)


def _continues(piece: str) -> bool:
    first = piece[0]
    return first.islower() and not first.isascii()


def _is_legal_form(piece: str) -> bool:
    return piece.strip(" .\"'«»“”").casefold() in _legal_forms()


@cache
def _legal_forms() -> frozenset[str]:
    raw = tomllib.loads(resources.files(__package__).joinpath("data/ca_aliases.toml").read_text("utf-8"))
    return frozenset(form.strip(" .").casefold() for form in raw["legal_forms"])


def _trim(name: str) -> str:
    value, previous = name, None
    while value != previous:
        previous = value
        value = value.strip(" ,;:")
        if value.endswith("(") or (value.startswith("(") and value.count("(") > value.count(")")):
            value = value[:-1] if value.endswith("(") else value[1:]
        elif value.startswith(")") or (value.endswith(")") and value.count(")") > value.count("(")):
            value = value[1:] if value.startswith(")") else value[:-1]
    return value


PARSERS = [Parser(FORMAT, sniff, parse)]
