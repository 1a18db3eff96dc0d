"""Links from names, through the matcher, kept only where the qualifiers back them up.

A name is the weakest evidence: two DPRK officials called Kim Chol are different people.
So a name link needs a high score, nothing in the explanation that lowered it (a birth date
or nationality that disagrees), positive support beyond the name (an agreeing birth date,
nationality or country, or a designation on the same day), and it must be each side's best
choice in the other's list (mutual best), so one record cannot absorb several.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from itertools import combinations

from nodewatch.match import MatchIndex, MatchResult, score
from nodewatch.model.record import Record
from nodewatch.model.registry import registry
from nodewatch.resolve.evidence import Evidence
from nodewatch.resolve.identifiers import compatible

SUPPORTING = {"birth_date", "nationality", "country", "identifier"}


@dataclass(frozen=True)
class NameRule:
    threshold: float = 0.85  # the matcher's score a name link needs (the match threshold is 0.70)
    candidates: int = 15  # how many screening results to consider per record
    listing_tolerance_days: int = 1  # designations on the same day (±) support a name link
    ambiguity: float = 0.01  # two candidates of one list closer than this (score and primary score): no link


def regimes(record: Record) -> set[str]:
    reg = registry()
    return {reg.programme(record.authority, s.programme).regime for s in record.sanctions} or {
        reg.regime_of(s.programme) for s in record.sanctions
    }


def _listing_days(record: Record) -> set[date]:
    days = set()
    for sanction in record.sanctions:
        value = sanction.listing_date
        if value is not None and value.precision == "day":
            days.add(date.fromisoformat(value.value))
    return days


def same_listing_day(a: Record, b: Record, tolerance: int) -> bool:
    return any(abs((x - y).days) <= tolerance for x in _listing_days(a) for y in _listing_days(b))


def support(a: Record, b: Record, result: MatchResult, rule: NameRule) -> str | None:
    """What, beyond the name, says these are one target (None: nothing does)."""
    if any(f.effect in ("lowers", "vetoes") for f in result.features):
        return None
    confirmed = sorted({f.name for f in result.features if f.effect == "confirms" and f.name in SUPPORTING})
    if same_listing_day(a, b, rule.listing_tolerance_days):
        confirmed.append("same listing date")
    if a.schema != "Person" and (regimes(a) & regimes(b)) - {"other"}:
        confirmed.append("same regime")
    return ", ".join(confirmed) or None


def _primary_only(record: Record) -> Record:
    names = [n for n in record.names if n.kind == "primary"] or record.names[:1]
    return replace(record, names=names)


def primary_score(a: Record, b: Record) -> float:
    """The score on primary names alone: breaks ties between a record's own name and an alias.

    OFAC lists KOMID with the alias "KOREA KUMRYONG TRADING CORPORATION", which the UN lists
    as a separate target: both UN records match the OFAC record perfectly, but only one
    through its primary name.
    """
    return score(_primary_only(a), _primary_only(b)).score


Choice = tuple[float, float, str, str]  # (score, primary-name score, other record id, why)


def _choose(options: list[Choice], rule: NameRule) -> Choice | None:
    """The best option, or None when two candidates of one list are too close to call."""
    options.sort(reverse=True)
    if len(options) > 1:
        (s0, p0, _, _), (s1, p1, _, _) = options[:2]
        if s0 - s1 < rule.ambiguity and p0 - p1 < rule.ambiguity:
            return None
    return options[0] if options else None


Screener = Callable[[Record, str], list[tuple[str, MatchResult]]]  # (record, other authority) -> results


def per_authority(records: Iterable[Record], limit: int) -> Screener:
    """Screen against one index per authority: each record sees the best candidates of every
    other list, and no list's many look-alikes crowd another's out of the shortlist."""
    by_authority: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        by_authority[record.authority].append(record)
    indexes = {authority: MatchIndex.build(group) for authority, group in by_authority.items()}

    def screen(record: Record, authority: str) -> list[tuple[str, MatchResult]]:
        return indexes[authority].screen(record, limit=limit)

    return screen


def name_links(
    records: Iterable[Record], rule: NameRule | None = None, screen: Screener | None = None
) -> list[Evidence]:
    """Mutual-best, unambiguous, supported name links between records of different authorities.

    Each pair of lists is screened once, the shorter list against the longer one's index,
    and every hit counts as an option for both records: a match is a match both ways, and
    screening both directions would cost twice as much for the same pairs.
    """
    rule = rule or NameRule()
    by_id = {r.id: r for r in records}
    screen = screen or per_authority(by_id.values(), rule.candidates)
    by_authority: dict[str, list[Record]] = defaultdict(list)
    for record in by_id.values():
        by_authority[record.authority].append(record)
    options: dict[tuple[str, str], list[Choice]] = defaultdict(list)  # (record, other authority) -> choices
    for first, second in combinations(sorted(by_authority), 2):
        queries, target = sorted(((first, second), (second, first)), key=lambda p: len(by_authority[p[0]]))[0]
        for record in by_authority[queries]:
            for other_id, result in screen(record, target):
                other = by_id.get(other_id)
                if other is None or not compatible(record, other) or result.score < rule.threshold:
                    continue
                why = support(record, other, result, rule)
                if why is None:
                    continue
                primary = primary_score(record, other)
                options[(record.id, target)].append((result.score, primary, other.id, why))
                options[(other.id, queries)].append((result.score, primary, record.id, why))
    best = {key: choice for key, found in options.items() if (choice := _choose(found, rule)) is not None}
    links = []
    for (record_id, _authority), (value, _primary, other_id, why) in sorted(best.items()):
        mutual = best.get((other_id, by_id[record_id].authority))
        if mutual is None or mutual[2] != record_id or record_id > other_id:
            continue
        links.append(Evidence(record_id, other_id, "name", f"name match supported by {why}", value))
    return links
