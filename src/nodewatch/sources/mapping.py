"""Small steps every list mapper shares, so each parser states only what is peculiar to its list."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from nodewatch.model.dates import DateValue, parse_date
from nodewatch.model.record import Name, Record
from nodewatch.model.registry import registry
from nodewatch.sources.base import SourceError

_SLUG = re.compile(r"[^0-9a-z]+")


@cache
def programme_code(authority: str, label: str) -> str:
    """The registry's programme code for an authority's own label (unknown labels kept as is)."""
    return registry().programme(authority, label).code


@cache
def slug(text: str | None) -> str:
    """Lower-case ASCII words joined by "-" ("Bélarus" -> "belarus"): for ids built from labels."""
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return _SLUG.sub("-", ascii_text.lower()).strip("-")


@cache
def list_url(dataset: str) -> str:
    """The official URL of a list, quoted as each designation's source."""
    return registry().list_spec(dataset).url


_XSD_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$")


def xsd_date(text: str | None) -> DateValue | None:
    """An XML-Schema date ("2015-03-27", "2015-03-27-04:00"): the day, its time zone dropped."""
    if not text:
        return None
    m = _XSD_DATE.match(text.strip())
    return parse_date(m.group(1) if m else text)


def check_unique_ids(path: Path | str, records: list[Record]) -> None:
    """Two records with one id would merge two targets in the store: refuse the file instead."""
    seen: dict[str, str] = {}
    for record in records:
        if record.id in seen:
            raise SourceError(path, record.position, f"duplicate id {record.id} (first at {seen[record.id]})")
        seen[record.id] = record.position


def add_name(record: Record, name: Name) -> None:
    """Add a name unless the record already has the same text in the same language.

    Lists repeat a name under several legal acts or alias types; one name stated twice is
    still one name (the first statement, usually the richer primary one, is kept).
    """
    if not name.value:
        return
    if any(n.value == name.value and n.lang == name.lang for n in record.names):
        return
    record.names.append(name)
