"""Release metadata: where a file came from and when its authority published it.

The publication date comes from the file where it states one; else from the user
(``--published``); else from a date in the file name; else from the download time; else
from the file's modification time. The release records which rule gave the date, so an
analyst knows how far to trust it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

_NAME_DATE = re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")


@dataclass(frozen=True)
class Provenance:
    """What the caller knows about a file beyond its bytes."""

    origin: str  # URL or local path
    filename: str
    fetched_at: datetime | None = None  # set when nodewatch downloaded the file
    published_option: date | None = None  # the user's --published


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def date_in_name(filename: str) -> date | None:
    for match in _NAME_DATE.finditer(filename):
        try:
            found = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
        if 1990 <= found.year <= 2100:
            return found
    return None


def parse_stated(value: str) -> datetime:
    """A date or datetime the file states, as naive UTC."""
    text = value.strip().replace("Z", "+00:00")
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def publication(stated: str | None, prov: Provenance, mtime: float | None) -> tuple[datetime, str]:
    """The publication date and the rule that gave it."""
    if stated:
        return parse_stated(stated), "file"
    if prov.published_option:
        return datetime.combine(prov.published_option, datetime.min.time()), "option"
    if found := date_in_name(prov.filename):
        return datetime.combine(found, datetime.min.time()), "filename"
    if prov.fetched_at:
        return prov.fetched_at, "download"
    if mtime is not None:
        return datetime.fromtimestamp(mtime, UTC).replace(tzinfo=None), "mtime"
    return datetime.now(UTC).replace(tzinfo=None), "ingest"


def local_provenance(path: Path, published: date | None = None) -> Provenance:
    return Provenance(origin=str(path.resolve()), filename=path.name, published_option=published)
