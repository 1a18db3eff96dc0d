"""The in-memory candidate index: every name and alias of a set of Records, by key.

A name gives keys for each of its tokens: the ASCII form, the Slavic skeleton, official
transliterations (Cyrillic, Han), English translations of organisation words, given-name
groups, the coarse class of each Korean syllable (``ks:`` keys, so ``Kim Jongun``,
``KIM Jong Un`` and 김정은 share keys whatever the romanisation), a 4-letter prefix (typos
after it), and the initials of the name (``KCST`` finds the Korean Committee for Space
Technology). Identifiers (IMO, MMSI, passport, registration, SWIFT) are keys too.

``screen`` gathers the names that share the rarest keys with the query (keys weighted by
inverse document frequency; very common keys such as ``kim`` only rank names already
found), scores the best few dozen records with ``nodewatch.match.score`` against just the
names that were hit, and returns the best ``limit``. A query never scans the index.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from nodewatch.match.entity import Subject, subject_of
from nodewatch.match.score import MatchResult, analysed_names, score
from nodewatch.model.record import Record
from nodewatch.names import korean
from nodewatch.names.analyze import AnalysedName, Token

# Keys held by more names than this only rank names that rarer keys found.
COMMON_KEY = 150
# Names ranked by shared key weight, and of those the names compared in full per query.
POOL = 200
SHORTLIST = 8


@lru_cache(maxsize=262144)
def token_keys(token: Token) -> frozenset[str]:
    """The blocking keys of one token (cached: tokens are shared between names)."""
    keys: set[str] = set()
    if len(token.latin) >= 2 or token.number is not None:
        keys.add("t:" + token.latin)
        if len(token.latin) >= 5:
            keys.add("p:" + token.latin[:4])
    if token.skeleton and token.skeleton != token.latin and len(token.skeleton) >= 2:
        keys.add("s:" + token.skeleton)
    for form, _system in token.forms:
        keys.add("t:" + form)
    for english in token.translations:
        keys.add("t:" + english.replace(" ", ""))
    if token.group is not None:
        keys.add(f"g:{token.group}")
    for reading in token.korean[:3]:
        keys.update("ks:" + korean.syllable_key(s) for s in reading)
    return frozenset(keys)


def name_keys(name: AnalysedName) -> set[str]:
    """The blocking keys of one analysed name (see the module docstring)."""
    keys: set[str] = set()
    for part in name.parts:
        keys |= token_keys(part.token)
    if len(name.parts) >= 2:
        keys.add("a:" + "".join(p.token.latin[:1] for p in name.parts))
    if len(name.parts) == 1 and 2 <= len(name.parts[0].token.latin) <= 6:
        keys.add("a:" + name.parts[0].token.latin)
    return keys


def _id_keys(subject: Subject) -> set[str]:
    return {f"id:{family}:{value}" for family, values in subject.ids.items() for value in values}


class MatchIndex:
    """Names, keys and postings of a set of Records, for ``screen``."""

    def __init__(self) -> None:
        self.records: list[Record] = []
        self.subjects: list[Subject] = []
        self.names: list[tuple[int, AnalysedName, str]] = []  # (record index, name, property)
        self.postings: dict[str, list[int]] = defaultdict(list)  # key -> name ids
        self.name_keys: list[frozenset[str]] = []
        self.id_postings: dict[str, list[int]] = defaultdict(list)  # id key -> record indexes
        self.idf: dict[str, float] = {}
        self.name_weight: list[float] = []

    @classmethod
    def build(cls, records: Iterable[Record]) -> MatchIndex:
        index = cls()
        for record in records:
            index.add(record)
        index.postings = dict(index.postings)
        index.id_postings = dict(index.id_postings)
        index._finish()
        return index

    def __len__(self) -> int:
        return len(self.records)

    def add(self, record: Record) -> None:
        position = len(self.records)
        subject = subject_of(record)
        self.records.append(record)
        self.subjects.append(subject)
        for name, prop in analysed_names(subject):
            name_id = len(self.names)
            keys = frozenset(name_keys(name))
            self.names.append((position, name, prop))
            self.name_keys.append(keys)
            for key in keys:
                self.postings.setdefault(key, []).append(name_id)
        for key in _id_keys(subject):
            self.id_postings.setdefault(key, []).append(position)

    def _finish(self) -> None:
        """Key weights (inverse document frequency) and each name's total, once built."""
        total = len(self.names)
        self.idf = {key: math.log(1 + total / (1 + len(ids))) for key, ids in self.postings.items()}
        self.name_weight = [sum(self.idf[k] for k in keys) for keys in self.name_keys]

    def candidates(self, query: Subject) -> list[tuple[int, list[int]]]:
        """Records worth scoring, best first, with the ids of their names worth comparing.

        Names sharing a key with the query are ranked by the weighted share of keys they
        have in common with it (rare keys weigh more; keys held by very many names only
        rank names that rarer keys found); the best few are compared in full.
        """
        shared: dict[int, float] = defaultdict(float)
        common: list[tuple[str, float]] = []
        query_weight = 0.0
        for name, _prop in analysed_names(query):
            keys = name_keys(name)
            query_weight = max(query_weight, sum(self.idf.get(k, 0.0) for k in keys))
            for key in keys:
                postings = self.postings.get(key)
                if not postings:
                    continue
                weight = self.idf[key]
                if len(postings) > COMMON_KEY:
                    common.append((key, weight))
                    continue
                for name_id in postings:
                    shared[name_id] += weight
        if not shared and common:
            # Only common keys (a bare "Kim Chol"): the names holding the rarest of them.
            rarest = sorted(common, key=lambda kw: -kw[1])[:2]
            for key, weight in rarest:
                for name_id in self.postings[key][:POOL]:
                    shared[name_id] += weight
        pool = sorted(shared, key=shared.__getitem__, reverse=True)[:POOL]
        ranked: list[tuple[float, int]] = []
        for name_id in pool:
            held = self.name_keys[name_id]
            common_share = sum(w for k, w in common if k in held)
            both = shared[name_id] + common_share
            union = query_weight + self.name_weight[name_id] - both
            ranked.append((both / union if union > 0 else 0.0, name_id))
        ranked.sort(reverse=True)
        by_record: dict[int, list[int]] = {}
        for _share, name_id in ranked[:SHORTLIST]:
            by_record.setdefault(self.names[name_id][0], []).append(name_id)
        for key in _id_keys(query):
            for record in self.id_postings.get(key, ()):
                by_record.setdefault(record, [])
        return list(by_record.items())

    def screen(
        self, query: Record | Subject | Mapping[str, Any], limit: int = 10
    ) -> list[tuple[str, MatchResult]]:
        """The ``limit`` best-scoring records for a query: (record id, result), best first."""
        subject = subject_of(query)
        results: list[tuple[str, MatchResult]] = []
        for position, name_ids in self.candidates(subject):
            names = [(self.names[i][1], self.names[i][2]) for i in name_ids]
            if not names:  # found by identifier alone: compare every name
                names = [(n, p) for n, p in analysed_names(self.subjects[position])]
            result = score(subject, self.subjects[position], candidate_names=names)
            if result.score > 0:
                results.append((self.records[position].id, result))
        results.sort(key=lambda item: -item[1].score)
        return results[:limit]


class IndexNotWired(RuntimeError):
    """The default index needs the store, which this build does not provide yet."""


def default_index() -> MatchIndex:
    """The index of the newest release of every list in the store (used by ``screen``).

    Not wired yet: the store's API for current records is being built. Build an index
    yourself with ``MatchIndex.build(records)`` meanwhile.
    """
    raise IndexNotWired(
        "nodewatch.match.default_index() is not wired to the store yet: "
        "build one with nodewatch.match.index.MatchIndex.build(records)"
    )
