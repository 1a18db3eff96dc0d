"""Score a query against a candidate: names, then identifiers, dates, countries, gender.

The score is in [0, 1] and ``MATCH_THRESHOLD`` (0.70, the threshold yente uses for
logic-v2) is the one line between a match and not. The name score (see
``nodewatch.match.names``) is the base; then, in order:

* schema: entities that cannot be the same kind of thing (a Person and a Vessel) score 0;
* identifiers: a shared IMO number sets the score to at least 0.95 and two different IMO
  numbers cap it at 0.30; a shared passport, registration number or SWIFT/BIC lifts it to
  at least 0.85 (plus a share of the name score); different registration or SWIFT codes
  lower it; different passports do not (people hold several);
* birth date, at the precision both sides have: agreement lifts a name that already
  scores 0.5 or more towards 1 (by 40% of the gap for the same day, 30% month, 20% year);
  one year apart lowers by 10%, the same year but another day or month by 25%, two or more
  years apart, or another day and month of one year (not swapped), by 55% — homonyms are
  told apart here;
* nationality/country: agreement lifts by 10% of the gap, disagreement lowers by 15%
  (persons) or 10% (others);
* gender: disagreement lowers by 40%.

Every step that moved the score is kept as a ``Feature`` for the explanation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from followthemoney import model

from nodewatch.match.entity import Subject, subject_of
from nodewatch.match.names import NameComparison, compare_names
from nodewatch.match.qualifiers import Feature, compare_birth_dates, compare_countries, compare_ids
from nodewatch.model.record import Record
from nodewatch.names.analyze import AnalysedName, analyse, kind_of_schema

MATCH_THRESHOLD = 0.70
WEAK_ALIAS_FACTOR = 0.9
_DATE_LIFT = {"day": 0.4, "month": 0.3, "year": 0.2}
_DATE_LOWER = {"near": 0.9, "day-conflict": 0.75, "month-conflict": 0.75, "conflict": 0.45}
_SYSTEM_ID_LABEL = {
    "imo": "IMO number",
    "mmsi": "MMSI",
    "document": "passport/ID number",
    "registration": "registration number",
    "swift": "SWIFT/BIC",
    "callsign": "call sign",
}


@dataclass(frozen=True)
class MatchResult:
    score: float
    match: bool
    name: NameComparison | None
    features: tuple[Feature, ...]
    threshold: float = MATCH_THRESHOLD

    def explain(self) -> list[str]:
        """Human-readable lines: which names met, through what, and what moved the score."""
        lines = []
        if self.name is not None:
            lines.append(f"name {self.name.score:.2f}: {self.name.query!r} ~ {self.name.candidate!r}")
            for m in self.name.matches:
                lines.append(f"  {' '.join(m.query)} = {' '.join(m.candidate)} ({m.route}, {m.sim:.2f})")
            if self.name.unmatched_query:
                lines.append(f"  query only: {' '.join(self.name.unmatched_query)}")
            if self.name.unmatched_candidate:
                lines.append(f"  candidate only: {' '.join(self.name.unmatched_candidate)}")
            if not self.name.order_ok:
                lines.append("  name parts in another order")
            if self.name.numbers_conflict:
                lines.append("  numbers differ")
        lines.extend(f"{f.name} {f.effect}: {f.detail}" for f in self.features)
        return lines

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"score": self.score, "match": self.match, "threshold": self.threshold}
        if self.name is not None:
            data["name"] = {
                "score": self.name.score,
                "query": self.name.query,
                "candidate": self.name.candidate,
                "matches": [
                    {"query": list(m.query), "candidate": list(m.candidate), "sim": m.sim, "route": m.route}
                    for m in self.name.matches
                ],
                "unmatched_query": list(self.name.unmatched_query),
                "unmatched_candidate": list(self.name.unmatched_candidate),
            }
        data["features"] = [{"name": f.name, "effect": f.effect, "detail": f.detail} for f in self.features]
        return data


def analysed_names(subject: Subject) -> list[tuple[AnalysedName, str]]:
    """Every analysed variant of every name of a subject, with the property it came from."""
    kind = kind_of_schema(subject.schema)
    out = []
    for value, prop in subject.names:
        for name in analyse(value, kind):
            out.append((name, prop))
    return out


def best_name(
    query: Iterable[tuple[AnalysedName, str]], candidate: Iterable[tuple[AnalysedName, str]]
) -> tuple[NameComparison | None, float]:
    """The best-scoring pair of names; a candidate's weak alias counts for less."""
    best: NameComparison | None = None
    best_score = 0.0
    candidate = list(candidate)
    for q_name, _q_prop in query:
        for c_name, c_prop in candidate:
            if (
                (q_name.kanji_reading or c_name.kanji_reading)
                and _in_characters(q_name)
                and _in_characters(c_name)
            ):
                continue
            result = compare_names(q_name, c_name)
            value = result.score * (WEAK_ALIAS_FACTOR if c_prop == "weakAlias" else 1.0)
            if best is None or value > best_score:
                best, best_score = result, value
                if value >= 0.999:
                    return best, best_score
    return best, best_score


def _in_characters(name: AnalysedName) -> bool:
    """Written in Han characters, or read from them (see ``AnalysedName.kanji_reading``)."""
    return name.kanji_reading or any(part.token.script == "Han" for part in name.parts)


@lru_cache(maxsize=1024)
def schemas_compatible(query: str, candidate: str) -> bool:
    a, b = model.get(query), model.get(candidate)
    if a is None or b is None:
        return False
    return bool(a.can_match(b) or b.can_match(a))


def score(
    query: Record | Subject | Mapping[str, Any],
    candidate: Record | Subject | Mapping[str, Any],
    candidate_names: list[tuple[AnalysedName, str]] | None = None,
    query_names: list[tuple[AnalysedName, str]] | None = None,
) -> MatchResult:
    """Score a candidate for a query: FtM-style dicts, Records or Subjects, in any mix.

    A caller that scores one query against many candidates (``MatchIndex.screen``) passes
    the analysed names of both sides, so they are not looked up again per pair.
    """
    q = subject_of(query)
    c = subject_of(candidate)
    if not schemas_compatible(q.schema, c.schema):
        feature = Feature("schema", "vetoes", f"{q.schema} cannot be {c.schema}")
        return MatchResult(0.0, False, None, (feature,))
    names = candidate_names if candidate_names is not None else analysed_names(c)
    name, value = best_name(query_names if query_names is not None else analysed_names(q), names)
    features: list[Feature] = []
    value = _identifiers(q, c, value, features)
    value = _qualifiers(q, c, value, features)
    value = round(min(max(value, 0.0), 1.0), 4)
    return MatchResult(value, value >= MATCH_THRESHOLD, name, tuple(features))


def _identifiers(q: Subject, c: Subject, value: float, features: list[Feature]) -> float:
    for family, shared, detail in compare_ids(q, c):
        label = _SYSTEM_ID_LABEL.get(family, family)
        if shared:
            floor = 0.95 if family == "imo" else 0.9 if family in ("mmsi", "swift") else 0.85 + 0.15 * value
            value = max(value, floor)
            features.append(Feature("identifier", "confirms", f"same {label} {detail}"))
        elif family == "imo":
            value = min(value, 0.3)
            features.append(Feature("identifier", "vetoes", f"different {label}: {detail}"))
        elif family in ("mmsi", "swift", "registration"):
            value *= 0.8 if family != "registration" else 0.9
            features.append(Feature("identifier", "lowers", f"different {label}: {detail}"))
        else:
            features.append(Feature("identifier", "neutral", f"different {label}: {detail}"))
    return value


def _qualifiers(q: Subject, c: Subject, value: float, features: list[Feature]) -> float:
    dates = compare_birth_dates(q, c)
    if dates is not None:
        relation, detail = dates
        if relation in _DATE_LIFT:
            if value >= 0.5:
                value += (1.0 - value) * _DATE_LIFT[relation]
            features.append(Feature("birth_date", "confirms", f"same {relation}: {detail}"))
        elif relation == "adjacent-day":  # a slip between lists: neither confirms nor lowers
            features.append(Feature("birth_date", "neutral", f"a day apart: {detail}"))
        else:
            value *= _DATE_LOWER[relation]
            features.append(Feature("birth_date", "lowers", f"{relation}: {detail}"))
    countries = compare_countries(q, c)
    label = "nationality" if q.schema == "Person" else "country"
    if countries is True:
        if value >= 0.5:
            value += (1.0 - value) * 0.1
        shared = ", ".join(sorted(q.countries & c.countries))
        features.append(Feature(label, "confirms", f"both {shared}"))
    elif countries is False:
        value *= 0.85 if q.schema == "Person" else 0.9
        features.append(
            Feature(label, "lowers", f"{', '.join(sorted(q.countries))} vs {', '.join(sorted(c.countries))}")
        )
    if q.gender and c.gender and q.gender != c.gender and "other" not in (q.gender, c.gender):
        value *= 0.6
        features.append(Feature("gender", "lowers", f"{q.gender} vs {c.gender}"))
    return value
