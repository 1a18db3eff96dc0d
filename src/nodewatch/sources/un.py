"""UN Security Council Consolidated List (``consolidated.xml``) -> records.

The file is ``CONSOLIDATED_LIST/@dateGenerated`` with ``INDIVIDUALS/INDIVIDUAL`` and
``ENTITIES/ENTITY``. Generators differ in indentation, quoting and record order (the staged
2025 and 2026 files do), so the parser reads elements and never relies on layout.

Mapping decisions:

* ``id = un-{REFERENCE_NUMBER}``; INDIVIDUAL -> Person; ENTITY -> Organization, or Vessel
  when ``sources.vessels.is_vessel`` says the entry is the ship itself. IMO numbers quoted in
  COMMENTS1 go to ``imoNumber`` either way (FtM defines it on Organization for IMO company
  numbers); none of the staged entries is a ship.
* FIRST..FOURTH_NAME are positional, not semantic (``RI`` / ``WON HO``): they become the
  primary name's parts firstName, secondName, middleName and lastName in that order (in the
  list's four-part names the fourth is the family name or nisba, "AL-TIKRITI").
* NAME_ORIGINAL_SCRIPT -> a "non-latin" name. Alias QUALITY Good -> alias ("good"), Low ->
  weak ("low"), a.k.a. -> alias, f.k.a. -> former. "Jin Tiesan (金铁三)" and
  "حسن غول (Hassan Ghul; Hassan Gul)" are split into their script forms. "Care of X" is an
  address, not a name: it becomes a ``care_of`` link. "(KPE.018)" is a reference to another
  listed target: a ``see_also`` link to ``un-KPe.018``, wherever it appears.
* Birth dates keep precision and "circa"; BETWEEN years become a range.
* TITLE (Mullah, Dr., General) -> ``title``; DESIGNATION -> ``position``; GENDER, or
  "Gender: male" in COMMENTS1 where most individuals state it, -> ``gender``.
* Anything else the file says is kept as a note, never dropped.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from lxml import etree

from nodewatch.model.dates import DateValue, parse_date, year_range
from nodewatch.model.record import Link, Name, Record, Sanction, script_of
from nodewatch.sources import Parser
from nodewatch.sources.base import ParsedFile, SourceError
from nodewatch.sources.fields import put
from nodewatch.sources.mapping import (
    add_name,
    check_unique_ids,
    list_url,
    programme_code,
    xsd_date,
)
from nodewatch.sources.vessels import imo_numbers, is_vessel
from nodewatch.sources.xml import all_text, check_sizes, local, parse_xml, sniff_root, text_of

FORMAT = "un-xml"
DATASET = "un-sc"
AUTHORITY = "un"

_SECTIONS = {"INDIVIDUALS": "INDIVIDUAL", "ENTITIES": "ENTITY"}
_NAME_PARTS = (
    ("FIRST_NAME", "firstName"),
    ("SECOND_NAME", "secondName"),
    ("THIRD_NAME", "middleName"),
    ("FOURTH_NAME", "lastName"),
)
_SCALARS = frozenset(
    {
        "DATAID",
        "VERSIONNUM",
        "FIRST_NAME",
        "SECOND_NAME",
        "THIRD_NAME",
        "FOURTH_NAME",
        "UN_LIST_TYPE",
        "REFERENCE_NUMBER",
        "LISTED_ON",
        "NAME_ORIGINAL_SCRIPT",
        "COMMENTS1",
        "GENDER",
        "SORT_KEY",
        "SORT_KEY_LAST_MOD",
        "SUBMITTED_BY",
    }
)
_VALUE_LISTS = frozenset({"TITLE", "DESIGNATION", "NATIONALITY", "LIST_TYPE", "LAST_DAY_UPDATED"})
_ALIAS_FIELDS = ("QUALITY", "ALIAS_NAME", "NOTE", "DATE_OF_BIRTH", "CITY_OF_BIRTH", "COUNTRY_OF_BIRTH")
_ADDRESS_FIELDS = ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE")
_DOB_FIELDS = ("TYPE_OF_DATE", "DATE", "YEAR", "FROM_YEAR", "TO_YEAR", "NOTE")
_POB_FIELDS = ("STREET", "CITY", "STATE_PROVINCE", "COUNTRY", "NOTE")
_DOCUMENT_FIELDS = (
    "TYPE_OF_DOCUMENT",
    "TYPE_OF_DOCUMENT2",
    "NUMBER",
    "ISSUING_COUNTRY",
    "COUNTRY_OF_ISSUE",
    "CITY_OF_ISSUE",
    "DATE_OF_ISSUE",
    "NOTE",
)
# QUALITY as the file writes it -> (name kind, quality).
_ALIAS_KINDS = {
    "good": ("alias", "good"),
    "low": ("weak", "low"),
    "a.k.a.": ("alias", None),
    "f.k.a.": ("former", None),
    "": ("alias", None),
}
# UN permanent reference numbers as cited in text: "KPe.018", "KPE.018", "QDi.232".
_UN_REF = re.compile(r"\b([A-Z]{2})([IE])\.\s?(\d{3})\b", re.I)
_CARE_OF = re.compile(r"^\s*(?:c/o|care of)\s+(?P<name>[^,;]+)", re.I)
_ORIGINAL_SCRIPT = re.compile(r"^\s*original script\s*:\s*|\s*\(original script\)\s*$", re.I)
_PASSPORT = re.compile(r"pass(?:e)?port|pasaporte", re.I)
_APPROXIMATE = re.compile(r"^\s*approx", re.I)
# Most individuals state their gender only in COMMENTS1: "Gender: male.", "Gender [Male]".
_GENDER_IN_TEXT = re.compile(r"\bGender\s*(?::|\[)\s*(male|female)\b", re.I)


def sniff(data: bytes) -> bool:
    """The root element alone is the UN's own: even a damaged or hostile file carrying it
    goes to this parser, which then says what is wrong and where."""
    root, _ = sniff_root(data)
    return root == "CONSOLIDATED_LIST"


def parse(path: Path, data: bytes) -> ParsedFile:
    root = parse_xml(path, data)
    check_sizes(path, data, root)
    if local(root.tag) != "CONSOLIDATED_LIST":
        raise SourceError(
            path, f"line {root.sourceline}", f"root is <{local(root.tag)}>, not <CONSOLIDATED_LIST>"
        )
    records: list[Record] = []
    warnings: list[str] = []
    for section in root:
        expected = _SECTIONS.get(local(section.tag))
        if expected is None:
            warnings.append(f"line {section.sourceline}: unknown section <{local(section.tag)}> not read")
            continue
        for element in section:
            if local(element.tag) != expected:
                warnings.append(f"line {element.sourceline}: unexpected <{local(element.tag)}> not read")
                continue
            records.append(_record(path, element))
    check_unique_ids(path, records)
    return ParsedFile(DATASET, FORMAT, records, published=root.get("dateGenerated"), warnings=warnings)


def _record(path: Path, element: etree._Element) -> Record:
    position = f"line {element.sourceline}"
    tag = local(element.tag)
    scalars: dict[str, str] = {}
    value_lists: dict[str, list[str]] = {}
    compounds: list[etree._Element] = []
    for child in element:
        child_tag = local(child.tag)
        if child_tag in _SCALARS:
            scalars[child_tag] = text_of(child) or ""
        elif child_tag in _VALUE_LISTS:
            values = [v for v in (text_of(value) for value in child) if v]
            value_lists.setdefault(child_tag, []).extend(values)
        else:
            compounds.append(child)
    ref = scalars.get("REFERENCE_NUMBER")
    if not ref:
        raise SourceError(path, position, f"<{tag}> has no REFERENCE_NUMBER")
    if not scalars.get("UN_LIST_TYPE"):
        raise SourceError(path, position, f"{ref} has no UN_LIST_TYPE")
    is_person = tag == "INDIVIDUAL"
    full_name = " ".join(scalars[k] for k, _ in _NAME_PARTS if scalars.get(k))
    comments = scalars.get("COMMENTS1") or None
    schema = "Person" if is_person else "Vessel" if is_vessel(full_name, comments) else "Organization"
    record = Record(f"un-{ref}", AUTHORITY, schema, position=position)
    _add_primary_names(record, scalars, full_name, is_person)
    _add_value_lists(record, value_lists)
    put(record, "gender", scalars.get("GENDER"))
    if is_person:
        for m in _GENDER_IN_TEXT.finditer(comments or ""):
            record.add("gender", m[1])
    for imo in imo_numbers(comments):
        put(record, "imoNumber", imo)
    _add_references(record, comments)
    for child in compounds:
        _add_compound(record, child)
    record.sanctions.append(_sanction(ref, scalars, value_lists, comments))
    return record


def _add_primary_names(record: Record, scalars: dict[str, str], full_name: str, is_person: bool) -> None:
    if full_name:
        parts = {part: scalars[key] for key, part in _NAME_PARTS if scalars.get(key)} if is_person else None
        add_name(record, Name.make(full_name, "primary", parts=parts))
    original = scalars.get("NAME_ORIGINAL_SCRIPT")
    if original:
        add_name(record, Name.make(original, "non-latin" if script_of(original) != "Latin" else "alias"))


def _add_value_lists(record: Record, value_lists: dict[str, list[str]]) -> None:
    for value in value_lists.get("TITLE", []):
        put(record, "title", value)
    for value in value_lists.get("DESIGNATION", []):
        put(record, "position", value)
    for value in value_lists.get("NATIONALITY", []):
        put(record, "nationality", value)


def _sanction(
    ref: str, scalars: dict[str, str], value_lists: dict[str, list[str]], comments: str | None
) -> Sanction:
    extra: list[tuple[str, str]] = []
    for key, label in (("DATAID", "dataId"), ("VERSIONNUM", "version"), ("SUBMITTED_BY", "submittedBy")):
        if scalars.get(key):
            extra.append((label, scalars[key]))
    for key, label in (("SORT_KEY", "sortKey"), ("SORT_KEY_LAST_MOD", "sortKeyLastMod")):
        if scalars.get(key):
            extra.append((label, scalars[key]))
    if value_lists.get("LAST_DAY_UPDATED"):
        extra.append(("lastUpdated", "; ".join(value_lists["LAST_DAY_UPDATED"])))
    list_types = [v for v in value_lists.get("LIST_TYPE", []) if v != "UN List"]
    if list_types:
        extra.append(("listType", "; ".join(list_types)))
    return Sanction(
        programme=programme_code(AUTHORITY, scalars["UN_LIST_TYPE"]),
        listing_date=xsd_date(scalars.get("LISTED_ON")),
        reason=comments,
        un_ref=ref,
        authority_ref=ref,
        source_url=list_url(DATASET),
        extra=tuple(extra),
    )


def _add_compound(record: Record, element: etree._Element) -> None:
    tag = local(element.tag)
    if tag in ("INDIVIDUAL_ALIAS", "ENTITY_ALIAS"):
        _add_alias(record, _fields(record, element, _ALIAS_FIELDS))
    elif tag in ("INDIVIDUAL_ADDRESS", "ENTITY_ADDRESS"):
        _add_address(record, _fields(record, element, _ADDRESS_FIELDS))
    elif tag == "INDIVIDUAL_DATE_OF_BIRTH":
        _add_birth_date(record, _fields(record, element, _DOB_FIELDS))
    elif tag == "INDIVIDUAL_PLACE_OF_BIRTH":
        _add_birth_place(record, _fields(record, element, _POB_FIELDS))
    elif tag == "INDIVIDUAL_DOCUMENT":
        _add_document(record, _fields(record, element, _DOCUMENT_FIELDS))
    else:
        text = all_text(element)
        if text:
            record.notes.append(f"{tag}: {text}")


def _fields(record: Record, element: etree._Element, known: tuple[str, ...]) -> dict[str, str]:
    """The known sub-fields that have text; unknown ones become notes."""
    fields: dict[str, str] = {}
    for child in element:
        name = local(child.tag)
        value = all_text(child)
        if not value:
            continue
        if name in known:
            fields[name] = value
        else:
            record.notes.append(f"{local(element.tag)}/{name}: {value}")
    return fields


def _add_alias(record: Record, fields: dict[str, str]) -> None:
    raw = fields.get("ALIAS_NAME")
    quality_text = fields.get("QUALITY", "")
    kind, quality = _ALIAS_KINDS.get(quality_text.lower(), ("alias", None))
    if quality_text.lower() not in _ALIAS_KINDS:
        record.notes.append(f"alias quality {quality_text!r}: {raw or ''}")
    if raw:
        for value, name_kind in _alias_names(record, raw, kind):
            add_name(record, Name.make(value, name_kind, quality=quality))
    label = f"alias {raw}" if raw else "alias"
    if fields.get("NOTE"):
        record.notes.append(f"{label}: {fields['NOTE']}")
    if fields.get("DATE_OF_BIRTH"):
        record.add_date("birthDate", parse_date(fields["DATE_OF_BIRTH"]), raw=fields["DATE_OF_BIRTH"])
        record.notes.append(f"{label}: born {fields['DATE_OF_BIRTH']}")
    place = ", ".join(fields[k] for k in ("CITY_OF_BIRTH", "COUNTRY_OF_BIRTH") if fields.get(k))
    if place:
        put(record, "birthPlace", place)
        record.notes.append(f"{label}: born in {place}")


def _alias_names(record: Record, raw: str, kind: str) -> list[tuple[str, str]]:
    """The names one ALIAS_NAME holds, with their kinds (see the module docstring)."""
    if m := _CARE_OF.match(raw):
        record.links.append(Link("care_of", target_name=m["name"].strip(), text=raw))
        return []
    refs = _add_references(record, raw)
    for ref in refs:
        raw = re.sub(rf"\s*\(\s*{re.escape(ref)}\s*\)", "", raw)
    split = _trailing_group(raw)
    if split is None:
        return [(raw, kind)]
    main, inner = split
    items = [_ORIGINAL_SCRIPT.sub("", item).strip() for item in inner.split(";")]
    if script_of(main) == script_of(inner) and len(items) == 1 and not _ORIGINAL_SCRIPT.search(inner):
        return [(raw, kind)]  # "(LRM)", "(birth name)", "(Butaev)": part of the alias as written
    names = [(main, kind)]
    for item in items:
        if item:
            names.append((item, "non-latin" if kind == "alias" and script_of(item) != "Latin" else kind))
    return names


def _trailing_group(text: str) -> tuple[str, str] | None:
    """Split "main (inner)" at the outermost bracket group that closes the text."""
    body = text.rstrip(" ,.;")
    if not body.endswith(")"):
        return None
    depth = 0
    for index in range(len(body) - 1, -1, -1):
        if body[index] == ")":
            depth += 1
        elif body[index] == "(":
            depth -= 1
            if depth == 0:
                main = body[:index].strip()
                return (main, body[index + 1 : -1].strip()) if main else None
    return None


def _add_references(record: Record, text: str | None) -> list[str]:
    """Link every other UN reference the text cites; return the references as written."""
    found: list[str] = []
    for m in _UN_REF.finditer(text or ""):
        target = f"un-{m[1].upper()}{m[2].lower()}.{m[3]}"
        found.append(m.group(0))
        if target == record.id or any(link.target_ref == target for link in record.links):
            continue
        record.links.append(Link("see_also", target_ref=target, text=_sentence(text or "", m.start())))
    return found


def _sentence(text: str, index: int) -> str:
    start = text.rfind(". ", 0, index)
    end = text.find(". ", index)
    return text[start + 2 if start >= 0 else 0 : end + 1 if end >= 0 else len(text)].strip()


def _add_address(record: Record, fields: dict[str, str]) -> None:
    street = fields.get("STREET")
    if street and (m := _CARE_OF.match(street)):
        record.links.append(Link("care_of", target_name=m["name"].strip(), text=street))
    lines = [fields[k] for k in ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE") if fields.get(k)]
    if lines:
        put(record, "address", ", ".join([*lines, *([fields["COUNTRY"]] if "COUNTRY" in fields else [])]))
    put(record, "country", fields.get("COUNTRY"))
    if fields.get("NOTE"):
        record.notes.append(f"address: {fields['NOTE']}")


def _add_birth_date(record: Record, fields: dict[str, str]) -> None:
    note = fields.get("NOTE")
    circa = fields.get("TYPE_OF_DATE", "").upper() == "APPROXIMATELY"
    if note and _APPROXIMATE.match(note):
        circa, note = True, None
    value: DateValue | None = None
    if fields.get("FROM_YEAR") and fields.get("TO_YEAR"):
        value = _year_range(fields["FROM_YEAR"], fields["TO_YEAR"])
    elif fields.get("DATE"):
        value = parse_date(fields["DATE"])
    elif fields.get("YEAR"):
        # "Sep." + 1958 is how the list writes a month-precision date.
        with_note = parse_date(f"{note} {fields['YEAR']}") if note else None
        value, note = (with_note, None) if with_note else (parse_date(fields["YEAR"]), note)
    elif note:
        value = parse_date(note)
        note = None if value else note
    if value is not None and circa:
        value = dataclasses.replace(value, circa=True)
    raw = " ".join(v for k, v in fields.items() if k != "TYPE_OF_DATE")
    record.add_date("birthDate", value, raw=raw if value is None and note is None else None)
    if note:
        record.notes.append(f"birthDate: {note}")


def _year_range(start: str, end: str) -> DateValue | None:
    if not (start.isdigit() and end.isdigit()):
        return parse_date(f"{start} to {end}")
    return year_range(int(start), int(end), text=f"{start}-{end}")


def _add_birth_place(record: Record, fields: dict[str, str]) -> None:
    place = ", ".join(fields[k] for k in _POB_FIELDS if fields.get(k))
    put(record, "birthPlace", place)
    put(record, "birthCountry", fields.get("COUNTRY"))


def _add_document(record: Record, fields: dict[str, str]) -> None:
    if not fields:
        return
    kind = fields.get("TYPE_OF_DOCUMENT") or fields.get("TYPE_OF_DOCUMENT2") or ""
    number = fields.get("NUMBER")
    if number:
        put(record, "passportNumber" if _PASSPORT.search(kind) else "idNumber", number)
    details = [f"{k.lower()}: {fields[k]}" for k in _DOCUMENT_FIELDS[3:] if fields.get(k)]
    if fields.get("TYPE_OF_DOCUMENT2"):
        details.insert(0, f"type: {fields['TYPE_OF_DOCUMENT2']}")
    if details or not number:
        record.notes.append(
            f"document {kind} {number or ''}".strip() + ("; " + "; ".join(details) if details else "")
        )


PARSERS = [Parser(FORMAT, sniff, parse)]
