"""A candidate as the lists know it: every name the lists give the target it names.

A candidate handed to ``score`` often carries one name, the list's primary one, while the
lists know the target by several: aliases, former names, names in other scripts, the
spellings other authorities use (OFAC's ``GREEN PINE ASSOCIATED CORPORATION`` is also
``SAENGP'IL COMPANY`` and ``CH'O'NGSONG YO'NHAP``). No name rule can reach a cover name or
a rename; the list that states it can. ``ListedNames.widen`` finds the listed records the
candidate *is* and adds their names to it, so the query is scored against the target as
listed, as ``screen`` does against the index.

A record is the candidate when one of its names (not a weak alias) is the candidate's name
once case, accents and punctuation are set aside, it is the same kind of thing (person,
organisation, vessel), and no fact of the candidate rules it out: a birth date two or
more years apart, a nationality it does not share, another IMO number. Records of several
lists may be one target. Where one list has several such records, the one whose primary
name it is, or failing that the one in a country the candidate names, is taken (the UN's
KPe.021 quotes KPe.018's name as an alias). When the records found still could not all be
one target (two records of one list, or two whose own facts disagree), the candidate is
ambiguous and is left as given: adding a namesake's aliases would make matches of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from typing import Any

from nodewatch.match.entity import Subject, subject_of
from nodewatch.match.qualifiers import Feature, compare_birth_dates, compare_countries, compare_ids
from nodewatch.match.score import MatchResult, score
from nodewatch.model.record import Record
from nodewatch.names.analyze import kind_of_schema
from nodewatch.names.normalize import normalize, tokens

# A weak alias (OFAC's nicknames, the UN's low-quality a.k.a.) is too loose to say which
# record a candidate is; it is still one of the names a found record adds.
_FINDING_PROPS = frozenset(("name", "alias", "previousName", "abbreviation"))


def name_key(text: str) -> str:
    """A name with case, accents, apostrophe forms and punctuation set aside."""
    return " ".join(tokens(normalize(text)))


@dataclass(frozen=True)
class Widened:
    """The candidate with its listed names, the records they came from and the names added."""

    subject: Subject
    records: tuple[str, ...]
    added: frozenset[str]


class ListedNames:
    """Every listed record's names, found by any one of them."""

    def __init__(self, ids: Sequence[str], subjects: Sequence[Subject]) -> None:
        self.ids = ids
        self.subjects = subjects
        # name key -> (record number, whether it is the record's primary name)
        self._by_key: dict[str, dict[int, bool]] = {}
        for number, subject in enumerate(subjects):
            for value, prop in subject.names:
                if prop in _FINDING_PROPS:
                    found = self._by_key.setdefault(name_key(value), {})
                    found[number] = found.get(number, False) or prop == "name"

    @classmethod
    def of_records(cls, records: Iterable[Record]) -> ListedNames:
        items = [(record.id, subject_of(record)) for record in records]
        return cls([i for i, _s in items], [s for _i, s in items])

    def records_of(self, candidate: Subject) -> list[int]:
        """The records the candidate is: see the module docstring. Empty when ambiguous."""
        kind = kind_of_schema(candidate.schema)
        found: dict[int, bool] = {}
        for value, _prop in candidate.names:
            for number, primary in self._by_key.get(name_key(value), {}).items():
                record = self.subjects[number]
                if kind_of_schema(record.schema) == kind and not _ruled_out(candidate, record):
                    found[number] = found.get(number, False) or primary
        by_authority: dict[str, list[int]] = {}
        for number in sorted(found):
            by_authority.setdefault(_authority(self.ids[number]), []).append(number)
        numbers = []
        for records in by_authority.values():
            chosen = self._one_of(records, found, candidate)
            if chosen is None:
                return []
            numbers.append(chosen)
        for a, b in combinations(numbers, 2):
            if _ruled_out(self.subjects[a], self.subjects[b]):
                return []
        return sorted(numbers)

    def _one_of(self, records: list[int], primary: dict[int, bool], candidate: Subject) -> int | None:
        """One list's record the candidate is, or None if it could be several."""
        for keep in (
            lambda n: primary[n],
            lambda n: not candidate.countries.isdisjoint(self.subjects[n].countries),
        ):
            if len(records) == 1:
                break
            records = [n for n in records if keep(n)] or records
        return records[0] if len(records) == 1 else None

    def widen(self, candidate: Record | Subject | Mapping[str, Any]) -> Widened:
        """The candidate with every name of the records it is (as given if none)."""
        subject = subject_of(candidate)
        numbers = self.records_of(subject)
        if not numbers:
            return Widened(subject, (), frozenset())
        have = {name_key(value) for value, _prop in subject.names}
        names = list(subject.names)
        added: set[str] = set()
        for number in numbers:
            for value, prop in self.subjects[number].names:
                key = name_key(value)
                if key and key not in have:
                    have.add(key)
                    names.append((value, prop))
                    added.add(value)
        widened = replace(subject, names=names)
        return Widened(widened, tuple(self.ids[n] for n in numbers), frozenset(added))


def _authority(record_id: str) -> str:
    """Record ids are ``<authority>-<the authority's own key>``."""
    return record_id.split("-", 1)[0]


def _ruled_out(a: Subject, b: Subject) -> bool:
    """Facts of the two that cannot belong to one target."""
    dates = compare_birth_dates(a, b)
    if dates is not None and dates[0] == "conflict":
        return True
    if a.schema == "Person" and compare_countries(a, b) is False:
        return True
    return any(family == "imo" and not shared for family, shared, _detail in compare_ids(a, b))


def score_as_listed(
    query: Record | Subject | Mapping[str, Any],
    candidate: Record | Subject | Mapping[str, Any],
    listed: ListedNames,
) -> MatchResult:
    """``score`` against the candidate as listed. When a name the lists added scores higher
    than the candidate as given, the explanation says so, and what it scored as given."""
    given = subject_of(candidate)
    widened = listed.widen(given)
    as_given = score(query, given)
    if not widened.added:
        return as_given
    result = score(query, widened.subject)
    if result.score <= as_given.score or result.name is None:
        return as_given
    feature = Feature(
        "listed",
        "widens",
        f"{result.name.candidate!r} is a name the lists give the candidate "
        f"({', '.join(widened.records)}); as given it scored {as_given.score:.2f}",
    )
    return replace(result, features=(feature, *result.features))
