"""Dates as the lists state them: with their precision, "circa" and ranges kept.

Lists write "15 Apr 1957", "00/00/1962", "circa 1947", "1960 to 1962" or "Between 1958 and
1960". A year-only birth date must never be read as 1 January of that year, or a matcher
would veto true matches; so a date keeps its precision, and FtM gets an ISO prefix
("1957", "1957-04", "1957-04-15"), which is how FtM itself encodes precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}

_CIRCA = re.compile(r"^\s*(?:circa|ca\.?|c\.|approx(?:imately|\.)?|about)\s*", re.I)
_RANGE = re.compile(r"^\s*(?:between\s+)?(?P<a>.+?)\s*(?:\bto\b|\band\b|–|—| - )\s*(?P<b>.+?)\s*$", re.I)
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_MONTH_YEAR_NUM = re.compile(r"^(\d{1,2})[./-](\d{4})$")
_WORDY = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})$")
_WORDY_US = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$")


@dataclass(frozen=True)
class DateValue:
    """A date with its precision. ``value`` is an ISO prefix; ``end`` closes a range."""

    value: str
    precision: str  # "day" | "month" | "year" | "range"
    circa: bool = False
    end: str | None = None
    text: str = ""

    def earliest(self) -> date:
        """The first day the value can mean ("1962" -> 1962-01-01, "1962-03" -> 1962-03-01)."""
        parts = [int(p) for p in self.value.split("-")] + [1, 1]
        return date(parts[0], parts[1], parts[2])

    def iso_values(self) -> list[str]:
        """Values for the FtM property: the date, and a range's end."""
        return [self.value] if self.end is None else [self.value, self.end]

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"value": self.value, "precision": self.precision}
        if self.circa:
            data["circa"] = True
        if self.end:
            data["end"] = self.end
        if self.text and self.text != self.value:
            data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> DateValue:
        return cls(
            value=str(data["value"]),
            precision=str(data["precision"]),
            circa=bool(data.get("circa", False)),
            end=str(data["end"]) if data.get("end") else None,
            text=str(data.get("text", data["value"])),
        )


def _prefix(year: int, month: int | None = None, day: int | None = None) -> tuple[str, str] | None:
    """ISO prefix and precision, or None if the parts are not a real date."""
    if not 1000 <= year <= 2200:
        return None
    if not month:
        return f"{year:04d}", "year"
    if not 1 <= month <= 12:
        return None
    if not day:
        return f"{year:04d}-{month:02d}", "month"
    try:
        date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


def _parse_single(text: str, dayfirst: bool) -> tuple[str, str] | None:
    text = text.strip().rstrip(".;,")
    if m := _ISO.match(text):
        return _prefix(int(m[1]), int(m[2] or 0) or None, int(m[3] or 0) or None)
    if m := _NUMERIC.match(text):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        day, month = (first, second) if dayfirst else (second, first)
        # "00/00/1962" and "00/05/1962" are how lists say "day (and month) unknown".
        return _prefix(year, month or None, (day or None) if month else None)
    if m := _MONTH_YEAR_NUM.match(text):
        return _prefix(int(m[2]), int(m[1]) or None)
    if m := _WORDY.match(text):
        named = MONTHS.get(m[2].lower())
        return _prefix(int(m[3]), named, int(m[1]) if m[1] else None) if named else None
    if m := _WORDY_US.match(text):
        named = MONTHS.get(m[1].lower())
        return _prefix(int(m[3]), named, int(m[2])) if named else None
    return None


def parse_date(text: str | None, dayfirst: bool = True) -> DateValue | None:
    """Parse one date expression as lists write it; None when it is not a date."""
    if text is None:
        return None
    raw = " ".join(str(text).split())
    if not raw:
        return None
    body = raw
    circa = False
    if m := _CIRCA.match(body):
        circa = True
        body = body[m.end() :]
    single = _parse_single(body, dayfirst)
    if single is not None:
        return DateValue(single[0], single[1], circa=circa, text=raw)
    if m := _RANGE.match(body):
        start = _parse_single(_CIRCA.sub("", m["a"]), dayfirst)
        end = _parse_single(_CIRCA.sub("", m["b"]), dayfirst)
        if start and end and start[0] <= end[0]:
            return DateValue(start[0], "range", circa=circa, end=end[0], text=raw)
    return None


def year_range(start: int, end: int, circa: bool = False, text: str = "") -> DateValue:
    """A range given as two years, as the UN's BETWEEN dates are."""
    lo, hi = sorted((start, end))
    return DateValue(f"{lo:04d}", "range", circa=circa, end=f"{hi:04d}", text=text or f"{lo}-{hi}")
