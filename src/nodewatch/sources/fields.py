"""Cell-level helpers shared by the spreadsheet-shaped lists (UK OFSI, Australia DFAT).

Spreadsheet lists pack several values into one cell ("(1) A-333602 (2) M110522",
"a) 1955 b) 1958"), give cells as text, numbers or dates depending on who saved the file,
and use columns that do not exist in every FtM schema. These helpers turn a cell into
clean text, split packed values, and add a value to a record without ever dropping it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from followthemoney import model
from rigour.langs import iso_639_alpha3

from nodewatch.model.dates import DateValue, parse_date
from nodewatch.model.record import Record

# Values that lists write to mean "nothing here".
EMPTY_MARKERS = frozenset({"", "-", "na", "n/a", "none", "not applicable", "unknown"})

_NUMBERED = re.compile(r"\(\d{1,2}\)\s*")
# "a) x b) y": a single letter and ")" that does not close a word or a parenthesis.
_LETTERED = re.compile(r"(?<![\w(])[a-z]{1,2}\)\s*")


def cell_text(value: object) -> str:
    """A cell as the text the list meant: integral floats lose ".0", dates become ISO."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def is_empty(text: str) -> bool:
    return len(text) < 20 and " ".join(text.split()).lower() in EMPTY_MARKERS


def _split(pattern: re.Pattern[str], text: str) -> list[str]:
    if ")" not in text:  # the common case: one plain value
        value = " ".join(text.split()).strip(" ;,")
        return [] if is_empty(value) else [value]
    parts = pattern.split(text)
    values = [" ".join(p.split()).strip(" ;,") for p in parts]
    return [v for v in values if not is_empty(v)]


def split_numbered(text: str) -> list[str]:
    """ "(1) A (2) B" -> ["A", "B"]; text without markers is one value."""
    return _split(_NUMBERED, text)


def split_lettered(text: str) -> list[str]:
    """ "a) A b) B" -> ["A", "B"]; text without markers is one value."""
    return _split(_LETTERED, text)


def put(record: Record, prop: str, value: str | None) -> None:
    """Add a property value if the record's schema has the property, else keep it as a note.

    Lists state facts (a website of a person, a length of a ship) that FtM has no slot for
    in that schema; those must survive as notes rather than vanish or crash the parse.
    """
    if value is None or is_empty(value):
        return
    schema = model.get(record.schema)
    if schema is None or schema.get(prop) is None:
        note = f"{prop}: {' '.join(value.split())}"
        if note not in record.notes:
            record.notes.append(note)
        return
    record.add(prop, value)


def add_note(record: Record, note: str) -> None:
    note = " ".join(note.split())
    if note and note not in record.notes:
        record.notes.append(note)


@cache
def lang_code(label: str) -> str | None:
    """ISO 639-3 code of a language as a list names it ("Russian", "Persian/Farsi")."""
    for candidate in (label, *label.split("/")):
        code = iso_639_alpha3(candidate.strip())
        if code:
            return code
    return None


@lru_cache(maxsize=65_536)
def date_of(text: str, dayfirst: bool = True) -> DateValue | None:
    """``parse_date``, cached: listing and birth dates repeat on thousands of rows."""
    return parse_date(text, dayfirst=dayfirst)
