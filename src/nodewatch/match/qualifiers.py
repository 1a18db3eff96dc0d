"""Qualifiers and identifiers: the facts besides the name that confirm or lower a match.

Birth dates compare at the precision both sides have: a year-only date meets any day of
that year (a list's ``1957`` is not 1 January), a range meets what falls inside it, and a
``circa`` date tolerates a year either way. Countries compare as sets of ISO codes; a
person's residence never counts against them.
Identifiers compare within a family (passport and ID numbers are one family): a shared
IMO number is a ship's identity, so it confirms whatever the name; two different IMO
numbers veto.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nodewatch.match.entity import Subject
from nodewatch.model.dates import DateValue


@dataclass(frozen=True, slots=True)
class Feature:
    """One fact that moved the score, for the explanation."""

    name: str  # birth_date, nationality, country, gender, identifier, schema, name
    effect: str  # confirms | lowers | vetoes | neutral
    detail: str


def _years(value: DateValue) -> tuple[int, int]:
    start = int(value.value[:4])
    end = int(value.end[:4]) if value.end else start
    if value.circa:
        return start - 1, end + 1
    return start, end


def date_relation(a: DateValue, b: DateValue) -> str:
    """``day``/``month``/``year`` (the finest precision at which they agree), ``adjacent-day``
    (full dates a day apart), ``near`` (a year apart, within a range's slack), or a conflict."""
    a_lo, a_hi = _years(a)
    b_lo, b_hi = _years(b)
    if a_hi < b_lo - 1 or b_hi < a_lo - 1:
        return "conflict"
    if a_hi < b_lo or b_hi < a_lo:
        return "near"
    if a.precision == "range" or b.precision == "range" or a.circa or b.circa:
        return "year"
    if a.value[:4] != b.value[:4]:
        return "near"
    if a.precision == "year" or b.precision == "year":
        return "year"
    if a.value[:7] != b.value[:7]:
        return "conflict" if _two_birthdays(a, b) else "month-conflict"
    if a.precision == "month" or b.precision == "month":
        return "month"
    if a.value == b.value:
        return "day"
    return "adjacent-day" if _one_day_apart(a.value, b.value) else "day-conflict"


def _two_birthdays(a: DateValue, b: DateValue) -> bool:
    """Full dates of one year that differ in both month and day, not by a swap of the two:
    a clerical slip changes one field (1959-09-08 and 1959-08-08) or swaps day and month
    (04-02 and 02-04); a date that differs in both is another birthday."""
    if a.precision != "day" or b.precision != "day":
        return False
    (_ya, ma, da), (_yb, mb, db) = a.value.split("-"), b.value.split("-")
    return ma != mb and da != db and (ma, da) != (db, mb)


def _one_day_apart(a: str, b: str) -> bool:
    """How one birth date most often differs between lists: by a day, the UN's XML giving the
    day before (UN KPi.055 Han Jang Su, 1969-11-07; UK and Australia, 8 November 1969)."""
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) == 1
    except ValueError:
        return False


_DATE_RANK = {
    "day": 6,
    "month": 5,
    "year": 4,
    "adjacent-day": 3,
    "near": 2,
    "day-conflict": 1,
    "month-conflict": 1,
    "conflict": 0,
}


def compare_birth_dates(query: Subject, candidate: Subject) -> tuple[str, str] | None:
    """The best relation between any two birth dates, and the pair that gave it."""
    best: tuple[int, str, str] | None = None
    for a in query.birth_dates:
        for b in candidate.birth_dates:
            relation = date_relation(a, b)
            rank = _DATE_RANK[relation]
            if best is None or rank > best[0]:
                best = (
                    rank,
                    relation,
                    f"{a.text or a.value} vs {b.text or b.value} ({a.precision}/{b.precision})",
                )
    return (best[1], best[2]) if best else None


def compare_countries(query: Subject, candidate: Subject) -> bool | None:
    """True if the country sets meet; False if they cannot belong to one subject; else None.

    A person's countries of residence only ever confirm: they rule a match out only when
    both sides state a nationality and no country of either side meets the other's.
    """
    if not query.countries or not candidate.countries:
        return None
    if not query.countries.isdisjoint(candidate.countries):
        return True
    if query.schema == "Person" or candidate.schema == "Person":
        return False if query.nationalities and candidate.nationalities else None
    return False


def compare_ids(query: Subject, candidate: Subject) -> list[tuple[str, bool, str]]:
    """Per identifier family both sides have: (family, shared?, detail)."""
    out = []
    for family, values in query.ids.items():
        other = candidate.ids.get(family)
        if not other:
            continue
        shared = values & other
        detail = (
            ", ".join(sorted(shared))
            if shared
            else f"{', '.join(sorted(values))} vs {', '.join(sorted(other))}"
        )
        out.append((family, bool(shared), detail))
    return out
