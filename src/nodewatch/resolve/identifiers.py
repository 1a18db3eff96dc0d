"""Links from identifiers: UN references the lists quote, IMO numbers, passports, registrations.

Identifiers come first because they are what the authorities themselves assert. They still
pass two checks: the two records must be of compatible kinds (a UK ship record quotes its
*owner's* UN reference, which must not merge the ship into the company), and document
numbers, which lists sometimes mistype or share between relatives, also need the names to
agree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from nodewatch.model.record import Record
from nodewatch.resolve.evidence import Evidence

ORG_SCHEMATA = {"Organization", "Company", "LegalEntity", "PublicBody"}
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")
MIN_DOCUMENT_LENGTH = 6  # shorter numbers ("123", "A1") are too common to identify anyone


def kind_of(schema: str) -> str:
    return "org" if schema in ORG_SCHEMATA else schema


def compatible(a: Record, b: Record) -> bool:
    return kind_of(a.schema) == kind_of(b.schema)


def _document(value: str) -> str | None:
    cleaned = _NOT_ALNUM.sub("", value.upper())
    return cleaned if len(cleaned) >= MIN_DOCUMENT_LENGTH and not cleaned.isalpha() else None


def un_refs(record: Record) -> set[str]:
    """UN reference numbers a record carries (its own, for UN records; quoted, for others)."""
    refs = {s.un_ref.strip().upper() for s in record.sanctions if s.un_ref}
    if record.authority == "un":
        refs.add(record.id.removeprefix("un-").upper())
    return refs


def keys(record: Record) -> list[tuple[str, str]]:
    """(kind, value) identifier keys: records sharing a key are link candidates."""
    found = [("un_ref", ref) for ref in un_refs(record)]
    props = record.properties
    if record.schema == "Vessel":
        found += [("imo", re.sub(r"\D", "", v)) for v in props.get("imoNumber", []) if re.sub(r"\D", "", v)]
    if record.schema == "Person":
        found += [("passport", d) for v in props.get("passportNumber", []) if (d := _document(v))]
    if kind_of(record.schema) == "org":
        for prop in ("registrationNumber", "swiftBic", "innCode", "ogrnCode", "leiCode", "taxNumber"):
            found += [("registration", f"{prop}:{d}") for v in props.get(prop, []) if (d := _document(v))]
    return found


NameCheck = Callable[[Record, Record], float]


def identifier_links(
    records: Iterable[Record], name_score: NameCheck, min_name_score: float
) -> list[Evidence]:
    """Links between records of different authorities that share an identifier."""
    by_key: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for record in records:
        for key in keys(record):
            by_key[key].append(record)
    links: list[Evidence] = []
    for (kind, value), group in sorted(by_key.items()):
        if len(group) < 2:
            continue
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.authority == b.authority and kind != "un_ref":
                    continue  # one list, two records: two targets, unless the list itself says otherwise
                if not compatible(a, b):
                    continue
                score = None
                if kind in ("passport", "registration"):
                    score = name_score(a, b)
                    if score < min_name_score:
                        continue
                links.append(Evidence(a.id, b.id, kind, f"{kind.replace('_', ' ')} {value}", score))
    return links
