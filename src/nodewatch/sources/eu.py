"""EU Financial Sanctions Files (FSF) XML -> records, in both layouts the EU has published.

* **v1.1** (since about 2018): ``<export xmlns="http://eu.europa.ec/fpi/fsd/export"
  generationDate=... globalFileId=...>`` with one ``sanctionEntity`` per target; facts are
  child elements whose values sit in attributes (``nameAlias@wholeName``, ``birthdate@year``).
* **v1.0** (legacy): ``<WHOLE Date="dd/mm/yyyy">`` with ``ENTITY`` (Id, Type P/E,
  legal_basis, reg_date, pdf_link, programme, remark) and child elements NAME, BIRTH,
  ADDRESS, CITIZEN, PASSPORT whose values are child text; countries are ISO alpha-3.

Mapping decisions:

* ids: ``eu-{euReferenceNumber}`` (``eu-EU.27.28``), else ``eu-{logicalId}``; v1.0
  ``eu-{Id}``. A record with neither is an error.
* person -> Person; enterprise -> Organization, or Vessel when ``sources.vessels.is_vessel``
  says the entry is the ship itself.
* One Sanction per programme. Its listing date is the earliest publication date of the
  entity's regulations of that programme (v1.0: the earliest ``reg_date`` on the entity or
  any of its facts, since the entity's own ``reg_date`` is its latest amendment). The legal
  act is the source URL; ``unitedNationId`` is the UN reference.
* Names: the first strong name without a language (or in English) is primary; other strong
  names are aliases tagged with their language (ISO 639-3), non-Latin ones "non-latin";
  ``strong="false"`` names are weak aliases.
* ``regulationSummary`` children only repeat which act added each fact and are not read;
  everything else unknown is kept as a note.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from nodewatch.model.dates import DateValue, parse_date, year_range
from nodewatch.model.record import Name, Record, Sanction, script_of
from nodewatch.sources import Parser
from nodewatch.sources.base import ParsedFile, SourceError
from nodewatch.sources.fields import lang_code, put
from nodewatch.sources.mapping import (
    add_name,
    check_unique_ids,
    list_url,
    programme_code,
    xsd_date,
)
from nodewatch.sources.vessels import imo_numbers, is_vessel
from nodewatch.sources.xml import all_text, check_sizes, local, parse_xml, sniff_root, text_of

FORMAT = "eu-fsf-xml"
DATASET = "eu-fsf"
AUTHORITY = "eu"
NAMESPACE = "http://eu.europa.ec/fpi/fsd/export"

# identificationTypeCode (v1.1) and the "(code-Label)" of v1.0 PASSPORT/NUMBER -> FtM property.
_ID_PROPS = {
    "passport": "passportNumber",
    "travelcardid": "passportNumber",
    "ssn": "socialSecurityNumber",
    "regnumber": "registrationNumber",
    "fiscalcode": "taxNumber",
    "swiftbic": "swiftBic",
    "imo": "imoNumber",
}
_CONTACT_PROPS = {"PHONE": "phone", "FAX": "phone", "EMAIL": "email", "WEB": "website", "WEBSITE": "website"}
_UNKNOWN_COUNTRY = frozenset({"", "00", "UNKNOWN"})
_APPROXIMATIVE = re.compile(r"\s*\(approximative\)\s*$", re.I)
# v1.0 PASSPORT/NUMBER: "AD001095 (passport-National passport) ((passport))".
_V10_DOCUMENT = re.compile(r"^(?P<number>.*?)\s*\((?P<code>[a-z]+)-(?P<label>[^)]*)\)\s*(?P<rest>.*)$", re.S)
_NAME_ATTRS = ("firstName", "middleName", "lastName", "wholeName", "function", "gender", "title")


def sniff(data: bytes) -> bool:
    root, head = sniff_root(data)
    if root == "export":
        return NAMESPACE in head or "<sanctionEntity" in head
    return root == "WHOLE" and "<ENTITY" in head and "Entity_id" in head


def parse(path: Path, data: bytes) -> ParsedFile:
    root = parse_xml(path, data)
    check_sizes(path, data, root)
    tag = local(root.tag)
    if tag == "export":
        records, warnings = _parse_v11(path, root)
        published = root.get("generationDate")
    elif tag == "WHOLE":
        records, warnings = _parse_v10(path, root)
        date = parse_date(root.get("Date"), dayfirst=True)
        published = date.value if date else None
    else:
        raise SourceError(
            path, f"line {root.sourceline}", f"root is <{tag}>, not an EU FSF <export> or <WHOLE>"
        )
    check_unique_ids(path, records)
    return ParsedFile(DATASET, FORMAT, records, published=published, warnings=warnings)


# ---------------------------------------------------------------------------------------
# v1.1


def _parse_v11(path: Path, root: etree._Element) -> tuple[list[Record], list[str]]:
    records: list[Record] = []
    warnings: list[str] = []
    for element in root:
        if local(element.tag) == "sanctionEntity":
            records.append(_entity_v11(path, element))
        else:
            warnings.append(f"line {element.sourceline}: unexpected <{local(element.tag)}> not read")
    return records, warnings


def _entity_v11(path: Path, element: etree._Element) -> Record:
    position = f"line {element.sourceline}"
    key = element.get("euReferenceNumber") or element.get("logicalId")
    if not key or not key.strip():
        raise SourceError(path, position, "sanctionEntity has neither euReferenceNumber nor logicalId")
    children = [(local(child.tag), child) for child in element]
    subject = next((c.get("code", "") for t, c in children if t == "subjectType"), "")
    aliases = [c for t, c in children if t == "nameAlias"]
    remarks = [text for t, c in children if t == "remark" and (text := text_of(c))]
    schema = _schema(subject, [a.get("wholeName") or "" for a in aliases], remarks)
    record = Record(f"eu-{key.strip()}", AUTHORITY, schema, position=position)
    if subject and subject not in ("person", "enterprise"):
        record.notes.append(f"subjectType: {subject}")
    _add_names_v11(record, aliases)
    regulations = [c for t, c in children if t == "regulation"]
    for tag, child in children:
        if tag == "citizenship":
            put(record, _citizenship_prop(record), _country(child))
        elif tag == "birthdate":
            _add_birth_v11(record, child)
        elif tag == "identification":
            _add_identification_v11(record, child)
        elif tag == "address":
            _add_address_v11(record, child)
        elif tag not in ("subjectType", "nameAlias", "remark", "regulation"):
            _note_unknown(record, child)
    for imo in imo_numbers(" ".join(remarks)):
        put(record, "imoNumber", imo)
    record.sanctions.extend(_sanctions_v11(path, element, regulations, remarks))
    return record


def _citizenship_prop(record: Record) -> str:
    """A person's citizenship is a nationality; an entity's (the EU gives some) its country."""
    return "nationality" if record.schema == "Person" else "country"


def _schema(subject: str, names: list[str], remarks: list[str]) -> str:
    if subject == "person":
        return "Person"
    text = " ".join(remarks)
    return "Vessel" if names and is_vessel(names[0], text) else "Organization"


def _add_names_v11(record: Record, aliases: list[etree._Element]) -> None:
    primary = _primary_index([(a.get("strong") != "false", a.get("nameLanguage")) for a in aliases])
    for index, alias in enumerate(aliases):
        attrs = {k: (alias.get(k) or "").strip() for k in _NAME_ATTRS}
        whole = attrs["wholeName"] or " ".join(
            attrs[k] for k in ("firstName", "middleName", "lastName") if attrs[k]
        )
        parts = (
            {
                "title": attrs["title"],
                "firstName": attrs["firstName"],
                "middleName": attrs["middleName"],
                "lastName": attrs["lastName"],
            }
            if record.schema == "Person"
            else None
        )
        lang = _lang(alias.get("nameLanguage"))
        if whole:
            kind = _alias_kind(whole, index == primary, alias.get("strong") == "false")
            add_name(
                record, Name.make(whole, kind, quality=_quality(alias.get("strong")), lang=lang, parts=parts)
            )
        put(record, "position", attrs["function"])
        put(record, "gender", attrs["gender"])
        put(record, "title", attrs["title"])
        _note_children(record, alias)


def _primary_index(names: list[tuple[bool, str | None]]) -> int:
    """The first strong name in no language or English; else the first strong; else the first."""
    for index, (strong, language) in enumerate(names):
        if strong and (language or "").strip().lower() in ("", "en"):
            return index
    return next((index for index, (strong, _) in enumerate(names) if strong), 0)


def _alias_kind(value: str, primary: bool, weak: bool) -> str:
    if primary:
        return "primary"
    if weak:
        return "weak"
    return "non-latin" if script_of(value) != "Latin" else "alias"


def _lang(tag: str | None) -> str | None:
    """ISO 639-3 code of a name's language tag ("KO", "FR"); none for an empty tag."""
    return lang_code(tag.strip()) if tag and tag.strip() else None


def _quality(strong: str | None) -> str | None:
    return {"true": "strong", "false": "weak"}.get((strong or "").lower())


def _country(element: etree._Element) -> str | None:
    """ISO code when the EU gives a real one, else its description ("00"/UNKNOWN mean none)."""
    code = (element.get("countryIso2Code") or "").strip()
    if code.upper() not in _UNKNOWN_COUNTRY:
        return code
    description = (element.get("countryDescription") or "").strip()
    return None if description.upper() in _UNKNOWN_COUNTRY else description


def _add_birth_v11(record: Record, element: etree._Element) -> None:
    def get(key: str) -> str:
        return (element.get(key) or "").strip()

    value: DateValue | None = None
    if get("birthdate"):
        value = parse_date(get("birthdate"))
    elif get("year").isdigit():
        parts = [get("year"), get("monthOfYear"), get("dayOfMonth")]
        value = parse_date("-".join(p.zfill(2) for p in parts if p.isdigit() and int(p)))
    elif get("yearRangeFrom").isdigit() and get("yearRangeTo").isdigit():
        value = year_range(int(get("yearRangeFrom")), int(get("yearRangeTo")))
    if value is not None and get("circa").lower() == "true":
        value = dataclasses.replace(value, circa=True)
    raw = " ".join(get(k) for k in ("birthdate", "year", "monthOfYear", "dayOfMonth") if get(k))
    record.add_date("birthDate", value, raw=raw)
    calendar = get("calendarType")
    if calendar and calendar.upper() != "GREGORIAN":
        record.notes.append(f"birthDate: {raw} ({calendar} calendar)")
    country = _country(element)
    place = ", ".join(
        p
        for p in (
            get("place"),
            get("city"),
            get("zipCode"),
            get("region"),
            element.get("countryDescription") if country else "",
        )
        if p
    )
    put(record, "birthPlace", place)
    put(record, "birthCountry", country)
    _note_children(record, element)


def _add_identification_v11(record: Record, element: etree._Element) -> None:
    code = (element.get("identificationTypeCode") or "").strip().lower()
    prop = _ID_PROPS.get(code, "idNumber")
    for attr in ("number", "latinNumber"):
        put(record, prop, element.get(attr))
    flags = [
        k
        for k in ("diplomatic", "knownExpired", "knownFalse", "reportedLost", "revokedByIssuer")
        if (element.get(k) or "").lower() == "true"
    ]
    details = [
        f"{k}: {v}"
        for k in (
            "identificationTypeDescription",
            "issuedBy",
            "issuedDate",
            "validFrom",
            "validTo",
            "nameOnDocument",
            "countryDescription",
        )
        if (v := (element.get(k) or "").strip()) and v.upper() != "UNKNOWN"
    ]
    remarks = [t for c in element if local(c.tag) == "remark" and (t := text_of(c))]
    if flags or remarks or len(details) > 1:
        record.notes.append(
            f"document {element.get('number') or ''}: " + "; ".join([*details, *flags, *remarks])
        )
    _note_children(record, element, skip=("remark",))


def _add_address_v11(record: Record, element: etree._Element) -> None:
    fields = [
        (element.get(k) or "").strip() for k in ("street", "poBox", "zipCode", "city", "region", "place")
    ]
    country = _country(element)
    if any(fields):
        description = element.get("countryDescription") if country else None
        put(record, "address", ", ".join(f for f in [*fields, description or ""] if f))
    put(record, "country", country)
    for child in element:
        tag = local(child.tag)
        if tag == "contactInfo":
            prop = _CONTACT_PROPS.get((child.get("key") or "").upper())
            if prop:
                put(record, prop, child.get("value"))
            else:
                record.notes.append(f"contact {child.get('key')}: {child.get('value')}")
        elif tag == "remark" and (text := text_of(child)):
            record.notes.append(f"address: {text}")
        elif tag != "regulationSummary":
            _note_unknown(record, child)


def _sanctions_v11(
    path: Path, element: etree._Element, regulations: list[etree._Element], remarks: list[str]
) -> list[Sanction]:
    if not regulations:
        raise SourceError(path, f"line {element.sourceline}", "sanctionEntity has no regulation")
    by_programme: dict[str, list[etree._Element]] = {}
    for regulation in regulations:
        by_programme.setdefault((regulation.get("programme") or "").strip(), []).append(regulation)
    un_ref = (element.get("unitedNationId") or "").strip() or None
    reason = " ".join(remarks) or (element.get("designationDetails") or "").strip() or None
    sanctions = []
    for label, group in by_programme.items():
        dated = sorted(group, key=lambda r: r.get("publicationDate") or "9999")
        first, last = dated[0], dated[-1]
        url = text_of(_child(first, "publicationUrl")) or first.get("publicationUrl") or list_url(DATASET)
        extra = [
            (key, value)
            for key, value in (
                ("regulation", first.get("numberTitle")),
                ("regulationType", first.get("regulationType")),
                ("entryIntoForce", first.get("entryIntoForceDate")),
                ("latestRegulation", last.get("numberTitle") if last is not first else None),
                ("designationDetails", element.get("designationDetails") if remarks else None),
                ("logicalId", element.get("logicalId")),
            )
            if value and value.strip()
        ]
        sanctions.append(
            Sanction(
                programme=programme_code(AUTHORITY, label or "unknown"),
                listing_date=xsd_date(first.get("publicationDate")),
                reason=reason,
                un_ref=un_ref,
                authority_ref=element.get("euReferenceNumber") or element.get("logicalId"),
                source_url=url,
                extra=tuple(extra),
            )
        )
    return sanctions


def _child(element: etree._Element, name: str) -> etree._Element | None:
    return next((c for c in element if local(c.tag) == name), None)


def _note_children(record: Record, element: etree._Element, skip: Iterable[str] = ()) -> None:
    for child in element:
        if local(child.tag) not in ("regulationSummary", *skip):
            _note_unknown(record, child)


def _note_unknown(record: Record, element: etree._Element) -> None:
    """Keep what an unknown element says: its attributes and text."""
    attrs = "; ".join(f"{local(k)}={v}" for k in element.attrib if (v := (element.get(k) or "").strip()))
    text = all_text(element)
    body = "; ".join(p for p in (attrs, text) if p)
    if body:
        record.notes.append(f"{local(element.tag)}: {body}")


# ---------------------------------------------------------------------------------------
# v1.0


def _parse_v10(path: Path, root: etree._Element) -> tuple[list[Record], list[str]]:
    records: list[Record] = []
    warnings: list[str] = []
    for element in root:
        if local(element.tag) == "ENTITY":
            records.append(_entity_v10(path, element))
        else:
            warnings.append(f"line {element.sourceline}: unexpected <{local(element.tag)}> not read")
    return records, warnings


def _fields_v10(element: etree._Element) -> dict[str, str]:
    return {local(c.tag): value for c in element if (value := all_text(c))}


def _entity_v10(path: Path, element: etree._Element) -> Record:
    position = f"line {element.sourceline}"
    entity_id = (element.get("Id") or "").strip()
    if not entity_id:
        raise SourceError(path, position, "ENTITY has no Id")
    children = [(local(child.tag), child, _fields_v10(child)) for child in element]
    names = [(c, f) for t, c, f in children if t == "NAME"]
    remark = (element.get("remark") or "").strip()
    kind = element.get("Type", "")
    schema = (
        "Person"
        if kind == "P"
        else _schema("enterprise", [f.get("WHOLENAME", "") for _, f in names], [remark])
    )
    record = Record(f"eu-{entity_id}", AUTHORITY, schema, position=position)
    if kind not in ("P", "E"):
        record.notes.append(f"Type: {kind}")
    _add_names_v10(record, names)
    for tag, _child_el, fields in children:
        if tag == "BIRTH":
            _add_birth_v10(record, fields)
        elif tag == "ADDRESS":
            _add_address_v10(record, fields)
        elif tag == "CITIZEN":
            put(record, _citizenship_prop(record), fields.get("COUNTRY"))
        elif tag == "PASSPORT":
            _add_passport_v10(record, fields)
        elif tag != "NAME":
            record.notes.append(f"{tag}: " + "; ".join(f"{k}: {v}" for k, v in fields.items()))
    for imo in imo_numbers(remark):
        put(record, "imoNumber", imo)
    reg_dates = [d for _, c, _ in children if (d := c.get("reg_date"))] + [element.get("reg_date") or ""]
    first = min((d for d in reg_dates if d), default=None)
    programme = (element.get("programme") or "").strip()
    extra = [
        (k, v)
        for k, v in (("legalBasis", element.get("legal_basis")), ("regDate", element.get("reg_date")))
        if v and v.strip()
    ]
    record.sanctions.append(
        Sanction(
            programme=programme_code(AUTHORITY, programme or "unknown"),
            listing_date=xsd_date(first),
            reason=remark or None,
            authority_ref=entity_id,
            source_url=(element.get("pdf_link") or "").strip() or list_url(DATASET),
            extra=tuple(extra),
        )
    )
    return record


def _add_names_v10(record: Record, names: list[tuple[etree._Element, dict[str, str]]]) -> None:
    primary = _primary_index([(True, f.get("LANGUAGE")) for _, f in names])
    for index, (_, fields) in enumerate(names):
        whole = fields.get("WHOLENAME") or " ".join(
            fields[k] for k in ("FIRSTNAME", "MIDDLENAME", "LASTNAME") if fields.get(k)
        )
        parts = {
            "title": fields.get("TITLE", ""),
            "firstName": fields.get("FIRSTNAME", ""),
            "middleName": fields.get("MIDDLENAME", ""),
            "lastName": fields.get("LASTNAME", ""),
        }
        if whole:
            kind = _alias_kind(whole, index == primary, weak=False)
            add_name(
                record,
                Name.make(
                    whole,
                    kind,
                    lang=_lang(fields.get("LANGUAGE")),
                    parts=parts if record.schema == "Person" else None,
                ),
            )
        put(record, "position", fields.get("FUNCTION"))
        put(record, "gender", fields.get("GENDER"))
        put(record, "title", fields.get("TITLE"))


def _add_birth_v10(record: Record, fields: dict[str, str]) -> None:
    raw = fields.get("DATE", "")
    body, circa = _APPROXIMATIVE.subn("", raw)
    value = parse_date(body)
    if value is not None and circa:
        value = dataclasses.replace(value, circa=True, text=raw)
    record.add_date("birthDate", value, raw=raw)
    put(record, "birthPlace", ", ".join(fields[k] for k in ("PLACE", "COUNTRY") if fields.get(k)))
    put(record, "birthCountry", fields.get("COUNTRY"))


def _add_address_v10(record: Record, fields: dict[str, str]) -> None:
    lines = [fields[k] for k in ("NUMBER", "STREET", "ZIPCODE", "CITY") if fields.get(k)]
    if lines:
        put(record, "address", ", ".join([*lines, *([fields["COUNTRY"]] if fields.get("COUNTRY") else [])]))
    put(record, "country", fields.get("COUNTRY"))
    if fields.get("OTHER"):
        record.notes.append(f"address: {fields['OTHER']}")


def _add_passport_v10(record: Record, fields: dict[str, str]) -> None:
    raw = fields.get("NUMBER", "")
    m = _V10_DOCUMENT.match(raw)
    number, code, rest = (m["number"], m["code"], m["rest"].strip()) if m else (raw, "", "")
    put(record, _ID_PROPS.get(code, "idNumber"), number)
    if rest or fields.get("COUNTRY"):
        record.notes.append(
            f"document {raw}" + (f"; country: {fields['COUNTRY']}" if fields.get("COUNTRY") else "")
        )


PARSERS = [Parser(FORMAT, sniff, parse)]
