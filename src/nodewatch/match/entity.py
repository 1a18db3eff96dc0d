"""What the matcher reads from an entity, whether an FtM-style dict or a list Record.

A query or candidate becomes a ``Subject``: its schema, its names (with the property they
came from: a weak alias counts less), birth dates with their precision, countries,
gender and identifiers grouped by family. A person's name is also built from its parts
(firstName, fatherName, lastName ...), so a query that gives only parts still has a name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from followthemoney import model, registry

from nodewatch.model.countries import clean_country
from nodewatch.model.dates import DateValue, parse_date
from nodewatch.model.record import Record

NAME_PROPS = ("name", "alias", "previousName", "weakAlias", "abbreviation")
PART_ORDER = ("title", "firstName", "secondName", "middleName", "fatherName", "lastName")
COUNTRY_PROPS = ("nationality", "citizenship", "country", "jurisdiction", "mainCountry", "flag")
# A person's nationality can rule a match out; the country they live in cannot (a DPRK
# national listed with an address in China or Russia is the common case, not a conflict).
NATIONALITY_PROPS = frozenset(("nationality", "citizenship"))
DATE_PROPS = ("birthDate",)
# Identifier families: a value met in one property of a family meets the same value in any
# other (a list may put a passport number under idNumber).
ID_FAMILIES = {
    "imoNumber": "imo",
    "mmsi": "mmsi",
    "passportNumber": "document",
    "idNumber": "document",
    "socialSecurityNumber": "document",
    "swiftBic": "swift",
    "registrationNumber": "registration",
    "innCode": "registration",
    "ogrnCode": "registration",
    "taxNumber": "registration",
    "vatCode": "registration",
    "okpoCode": "registration",
    "leiCode": "registration",
    "kppCode": "registration",
    "uscCode": "registration",
    "callSign": "callsign",
}
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


class SubjectError(ValueError):
    """An entity the matcher cannot read (unknown schema, not a mapping, no name)."""


@dataclass
class Subject:
    schema: str
    names: list[tuple[str, str]] = field(default_factory=list)  # (value, property)
    birth_dates: list[DateValue] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)  # every country, nationalities included
    nationalities: set[str] = field(default_factory=set)
    gender: str | None = None
    ids: dict[str, set[str]] = field(default_factory=dict)


def normalise_id(family: str, value: str) -> str:
    """Identifiers compare as upper-case letters and digits (``IMO 9220641`` → ``9220641``)."""
    text = _NOT_ALNUM.sub("", value.upper())
    if family == "imo" and text.startswith("IMO"):
        text = text[3:]
    if family == "swift":
        text = text[:8]  # a branch code does not make another bank
    return text


def from_ftm(data: Mapping[str, Any]) -> Subject:
    """Read an FtM-style dict ``{"schema": ..., "properties": {prop: [values]}}``."""
    if not _is_mapping(data):
        raise SubjectError("entity must be a mapping with 'schema' and 'properties'")
    schema_name = data.get("schema")
    schema = model.get(schema_name) if isinstance(schema_name, str) else None
    if schema is None:
        raise SubjectError(f"unknown schema {schema_name!r}")
    properties = data.get("properties") or {}
    if not _is_mapping(properties):
        raise SubjectError("'properties' must be a mapping of property to list of values")
    subject = Subject(schema.name)
    values = {prop: _texts(raw) for prop, raw in properties.items()}
    for prop in NAME_PROPS:
        found = values.get(prop)
        if found:
            subject.names.extend([(v, prop) for v in found])
    if not _PART_PROPS.isdisjoint(values):
        parts = [" ".join(values.get(p, ())) for p in PART_ORDER if p != "title"]
        built = " ".join(p for p in parts if p)
        if built and all(built.casefold() != n.casefold() for n, _p in subject.names):
            subject.names.append((built, "name"))
    for prop in DATE_PROPS:
        for value in values.get(prop, ()):
            parsed = _date(value)
            if parsed is not None:
                subject.birth_dates.append(parsed)
    _add_common(subject, values)
    return subject


def _is_mapping(value: Any) -> bool:
    """A dict, as nearly every caller passes, or another Mapping (the ABC check is slow)."""
    return type(value) is dict or isinstance(value, Mapping)


def _texts(raw: Any) -> list[str]:
    """A property's values as stripped non-empty strings (a bare value is a list of one)."""
    texts = []
    for value in raw if isinstance(raw, (list, tuple)) else (raw,):
        if value is not None:
            text = (value if isinstance(value, str) else str(value)).strip()
            if text:
                texts.append(text)
    return texts


def from_record(record: Record) -> Subject:
    """Read a list Record: names keep their kind; dates keep their precision."""
    subject = Subject(record.schema)
    for name in record.names:
        subject.names.append((name.value, name.ftm_prop))
        parts = dict(name.parts)
        built = " ".join(parts[p] for p in PART_ORDER if p in parts and p != "title")
        if built and built.casefold() != name.value.casefold():
            subject.names.append((built, name.ftm_prop))
    for prop in ("name", "alias", "previousName", "weakAlias"):
        for value in record.properties.get(prop, ()):
            if all(value != n for n, _p in subject.names):
                subject.names.append((value, prop))
    subject.birth_dates.extend(value for prop, value in record.dates if prop in DATE_PROPS)
    _add_common(subject, record.properties)
    return subject


def subject_of(entity: Record | Subject | Mapping[str, Any]) -> Subject:
    if isinstance(entity, Subject):
        return entity
    if isinstance(entity, Record):
        return from_record(entity)
    return from_ftm(entity)


def _add_common(subject: Subject, values: Mapping[str, list[str]]) -> None:
    for prop, items in values.items():
        if prop in _COUNTRY_SET:
            for value in items:
                code = clean_country(value)
                if code:
                    subject.countries.add(code)
                    if prop in NATIONALITY_PROPS:
                        subject.nationalities.add(code)
        elif prop == "gender":
            for value in items:
                subject.gender = _gender(value) or subject.gender
        elif prop in ID_FAMILIES:
            family = ID_FAMILIES[prop]
            for value in items:
                text = normalise_id(family, value)
                if len(text) >= 4:
                    subject.ids.setdefault(family, set()).add(text)


_COUNTRY_SET = frozenset(COUNTRY_PROPS)
_PART_PROPS = frozenset(PART_ORDER) - {"title"}


@lru_cache(maxsize=256)
def _gender(value: str) -> str | None:
    return registry.gender.clean(value)


@lru_cache(maxsize=65536)
def _date(value: str) -> DateValue | None:
    return parse_date(value)
