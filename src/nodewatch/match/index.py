"""The in-memory candidate index: every name and alias of a set of Records, by key.

A name gives keys for each of its tokens: the ASCII form, the Slavic skeleton, official
transliterations (Cyrillic, Han), English translations of organisation words, given-name
groups, the coarse class of each Korean syllable (``ks:`` keys, so ``Kim Jongun``,
``KIM Jong Un`` and 김정은 share keys whatever the romanisation), a 4-letter prefix (typos
after it), and the initials of the name (``KCST`` finds the Korean Committee for Space
Technology). Identifiers (IMO, MMSI, passport, registration, SWIFT) are keys too.

Keys are numbered and their postings (name numbers, ascending) are held in one integer
array with offsets, so a query adds up shared key weights with a few array operations.
``screen`` gathers the names that share the rarest keys with the query (keys weighted by
inverse document frequency; keys held by very many names such as ``kim`` only rank names
already found), scores the best few records with ``nodewatch.match.score`` against just
the names that were hit, and returns the best ``limit``. A query never scans the index.

A built index can be saved and loaded (``save``/``load``): what is saved is the postings
and each name's text, not its analysis, which is redone for the few names a query compares
(and cached), so loading is fast. ``default_index`` builds the index of the store's current
records once per process and keeps it on disk, keyed by the releases it was built from.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from nodewatch import settings
from nodewatch.match.entity import Subject, subject_of
from nodewatch.match.score import MatchResult, analysed_names, score
from nodewatch.model.record import Record
from nodewatch.names import korean, russian
from nodewatch.names.analyze import AnalysedName, Token, analyse, kind_of_schema

# Keys held by more names than this only rank names that rarer keys found.
COMMON_KEY = 150
# Names ranked by shared key weight, and of those the names compared in full per query.
POOL = 200
SHORTLIST = 8
# ... and of those, the names sharing less than this fraction of the best name's share are
# look-alikes not worth comparing (no dev positive is lost to it; it halves the comparisons).
RELATIVE_SHARE = 0.4
# Words longer than this are not joined with their neighbour into a key.
_JOIN_LONGEST = 6
# With rare keys finding fewer names than this, the rarest common keys' postings are read
# in full (COMMON_READ of them) to find more.
FEW_FOUND = 32
COMMON_READ = 4
# Bumped whenever what ``save`` writes changes shape.
FORMAT = 7


# Scripts whose names find their candidates apart (see ``MatchIndex.candidates``).
_CHARACTERS = frozenset(("Han", "Hangul"))


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
    # A French or German spelling of a Slavic name (Poutine, Jelzin) finds its name.
    keys.update("s:" + key.removeprefix(russian.CYRILLIC_ONLY) for key in token.transcribed)
    for form, _system in token.forms:
        keys.add("t:" + form)
    for english in token.translations:
        keys.add("t:" + english.replace(" ", ""))
    if token.group is not None:
        keys.add(f"g:{token.group}")
    for reading in token.korean[:3]:
        keys.update("ks:" + korean.syllable_key(s) for s in reading)
    return frozenset(keys)


def _pair_keys(name: AnalysedName) -> set[str]:
    """Keys of adjacent words joined (``Jong Un`` = ``Jongun``, ``SILVER STAR`` =
    ``SILVERSTAR``), and of a Hangul or Han word's romanisations (김여정 is 김 + 여정, whose
    ``yojong`` meets ``Yo Jong``): rarer than the single syllables and surnames."""
    keys: set[str] = set()
    parts = name.parts
    for left, right in pairwise(parts):
        if len(left.token.latin) <= _JOIN_LONGEST and len(right.token.latin) <= _JOIN_LONGEST:
            keys.add("j:" + left.token.latin + right.token.latin)
    for part in parts:
        for form, _system in part.token.forms:
            if part.token.script in ("Hangul", "Han"):
                keys.add("j:" + form)
    return keys


def unweighed_keys(name: AnalysedName, keys: set[str]) -> set[str]:
    """The keys among ``keys`` that only the other romanisations of a word in characters
    give: a word in characters is read in pinyin, Wade–Giles, Hong Kong's, Macau's and
    Hokkien spellings (吳 is Wu, Ng, Goh, Ngoh ...), and only its first reading weighs in the
    name's total, or such a name would hold so many keys that the share any one query has of
    them ranked it last. The others still find it."""
    alternatives = {
        prefix + form
        for part in name.parts
        if part.token.script == "Han"
        for form, _system in part.token.forms
        if form != part.token.latin
        for prefix in ("t:", "j:")
    }
    if not alternatives:
        return alternatives
    alternatives -= {"t:" + part.token.latin for part in name.parts}
    return alternatives & keys


def name_keys(name: AnalysedName) -> set[str]:
    """The blocking keys of one analysed name (see the module docstring)."""
    keys: set[str] = set()
    for part in name.parts:
        keys |= token_keys(part.token)
    if len(name.parts) >= 2:
        keys |= _pair_keys(name)
    if len(name.parts) >= 2:
        keys.add("a:" + "".join(p.token.latin[:1] for p in name.parts))
        if len(name.acronym_words) >= 3:  # SOCAR finds State Oil Company of Azerbaijan Republic
            keys.add("a:" + "".join(word[:1] for word in name.acronym_words))
    if len(name.parts) == 1 and 2 <= len(name.parts[0].token.latin) <= 6:
        keys.add("a:" + name.parts[0].token.latin)
    return keys


def _id_keys(subject: Subject) -> set[str]:
    return {f"id:{family}:{value}" for family, values in subject.ids.items() for value in values}


def _heaviest(ids: np.ndarray, at: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Which ``POOL`` of the names ``ids[at]`` have the most weight (ties to the earlier
    name), in linear time: a query that reads common keys finds thousands of names."""
    cut = len(weights) - POOL
    least = np.partition(weights, cut)[cut]
    above = (weights > least).nonzero()[0]
    tied = (weights == least).nonzero()[0]
    wanted = POOL - len(above)
    if wanted < len(tied):  # the earliest names (distinct numbers: any order of them will do)
        tied = tied[ids[at[tied]].argpartition(wanted - 1)[:wanted]]
    return np.concatenate((above, tied))


class IndexUnavailable(RuntimeError):
    """The default index cannot be had: no store, or a store without lists."""


class MatchIndex:
    """Names, keys and postings of a set of Records, for ``screen``."""

    def __init__(self) -> None:
        self.ids: list[str] = []  # record ids
        self.subjects: list[Subject] = []
        # Per name: record number, (text, variant, property), analysis (None until needed).
        self.name_record: np.ndarray = np.zeros(0, dtype=np.int32)
        self.name_source: list[tuple[str, int, str]] = []
        self._analysed: list[AnalysedName | None] = []
        self.keys: dict[str, int] = {}
        self.offsets: np.ndarray = np.zeros(1, dtype=np.int64)
        self.postings: np.ndarray = np.zeros(0, dtype=np.int32)
        self.idf: np.ndarray = np.zeros(0)
        self.name_weight: np.ndarray = np.zeros(0)
        self.name_key_ids: np.ndarray = np.zeros(0, dtype=np.int32)  # key numbers, by name
        self.name_offsets: np.ndarray = np.zeros(1, dtype=np.int64)
        self.id_postings: dict[str, list[int]] = {}  # id key -> record numbers
        self._derive()

    def _derive(self) -> None:
        """What queries read, derived from the postings (after a build or a load): the
        offsets as Python ints, the keys held by more than COMMON_KEY names numbered, and
        each name's common keys by those numbers, in the order of its keys."""
        self._offsets: list[int] = self.offsets.tolist()
        self._names: np.ndarray = self.postings.astype(np.intp)
        sizes = np.diff(self.offsets)
        common = np.flatnonzero(sizes > COMMON_KEY)
        self._common_number: dict[int, int] = dict(zip(common.tolist(), range(len(common)), strict=True))
        number_of = np.zeros(len(sizes), dtype=np.intp)
        number_of[common] = np.arange(len(common))
        is_common = sizes[self.name_key_ids] > COMMON_KEY
        self._common_keys: np.ndarray = number_of[self.name_key_ids[is_common]]
        held = np.zeros(len(is_common) + 1, dtype=np.intp)
        np.cumsum(is_common, out=held[1:])
        bounds = held[self.name_offsets]
        self._common_end: np.ndarray = bounds[1:]
        self._common_length: np.ndarray = np.diff(bounds)

    @classmethod
    def build(cls, records: Iterable[Record]) -> MatchIndex:
        """Index every name of ``records``.

        The cyclic garbage collector is paused while the index is built and its objects are
        then frozen out of its reach (``gc.freeze``): the index is hundreds of thousands of
        long-lived objects that hold no cycles, and a full collection scanning them costs
        seconds during the build and a pause of that size in the middle of screening.
        """
        paused = gc.isenabled()
        gc.disable()
        try:
            index = cls._build(records)
        finally:
            if paused:
                gc.enable()
        _freeze()
        return index

    @classmethod
    def _build(cls, records: Iterable[Record]) -> MatchIndex:
        index = cls()
        key_ids: list[int] = []
        name_ids: list[int] = []
        weighed: list[bool] = []
        name_record: list[int] = []
        for record in records:
            position = len(index.ids)
            subject = subject_of(record)
            index.ids.append(record.id)
            index.subjects.append(subject)
            kind = kind_of_schema(subject.schema)
            for value, prop in subject.names:
                for variant, name in enumerate(analyse(value, kind)):
                    name_id = len(index.name_source)
                    index.name_source.append((value, variant, prop))
                    index._analysed.append(name)
                    name_record.append(position)
                    keys = name_keys(name)
                    unweighed = unweighed_keys(name, keys)
                    for key in keys:
                        key_ids.append(index.keys.setdefault(key, len(index.keys)))
                        name_ids.append(name_id)
                        weighed.append(key not in unweighed)
            for key in _id_keys(subject):
                index.id_postings.setdefault(key, []).append(position)
        index.name_record = np.asarray(name_record, dtype=np.int32)
        index._set_postings(
            np.asarray(key_ids, dtype=np.int64), np.asarray(name_ids, dtype=np.int32), np.asarray(weighed)
        )
        return index

    def _set_postings(self, key_ids: np.ndarray, name_ids: np.ndarray, weighed: np.ndarray) -> None:
        """Postings grouped by key (name numbers ascending within a key), weights and totals
        (of the ``weighed`` keys: see ``unweighed_keys``)."""
        order = np.argsort(key_ids, kind="stable")
        self.postings = name_ids[order]
        counts = np.bincount(key_ids, minlength=len(self.keys))
        self.offsets = np.zeros(len(self.keys) + 1, dtype=np.int64)
        np.cumsum(counts, out=self.offsets[1:])
        total = len(self.name_source)
        self.idf = np.log1p(total / (1.0 + counts))
        self.name_weight = np.bincount(name_ids, weights=self.idf[key_ids] * weighed, minlength=total)
        # The same pairs by name (they were gathered name by name): each name's keys.
        self.name_key_ids = key_ids.astype(np.int32)
        self.name_offsets = np.zeros(total + 1, dtype=np.int64)
        np.cumsum(np.bincount(name_ids, minlength=total), out=self.name_offsets[1:])
        self._derive()

    def __len__(self) -> int:
        return len(self.ids)

    def analysed(self, name_id: int) -> AnalysedName:
        """A name's analysis, redone (and kept) if the index was loaded from disk."""
        name = self._analysed[name_id]
        if name is None:
            value, variant, _prop = self.name_source[name_id]
            kind = kind_of_schema(self.subjects[int(self.name_record[name_id])].schema)
            name = analyse(value, kind)[variant]
            self._analysed[name_id] = name
        return name

    def candidates(
        self, query: Subject, query_names: list[tuple[AnalysedName, str]] | None = None
    ) -> list[tuple[int, list[int]]]:
        """Records worth scoring, best first, with the numbers of their names worth comparing.

        Names sharing a key with the query are ranked by the weighted share of keys they
        have in common with it (rare keys weigh more; keys held by very many names only
        rank names that rarer keys found); the best few are compared in full.

        A query holds a dozen keys and finds a few hundred names, so what a query costs is
        the number of numpy calls, not their work: the keys are split in Python and the
        names handled in few calls. Weights are added up in the order of the postings and
        of each name's keys, as a plain count over them would.
        """
        names = query_names if query_names is not None else analysed_names(query)
        by_record: dict[int, list[int]] = {}
        # Names in characters find their candidates apart from the others: pooled, their
        # many keys (dozens of romanisations a word) would crowd out what a Latin name
        # finds (CHANG AN SHIPPING & TECHNOLOGY, a.k.a. 長安海連技術有限公司).
        wanted: dict[bool, set[int]] = {}
        for name, _prop in names:
            in_characters = any(part.token.script in _CHARACTERS for part in name.parts)
            keys = wanted.setdefault(in_characters, set())
            keys.update(k for k in map(self.keys.get, name_keys(name)) if k is not None)
        for keys in wanted.values():
            if keys:
                self._rank(keys, by_record)
        for key in _id_keys(query):
            for record in self.id_postings.get(key, ()):
                by_record.setdefault(record, [])
        return list(by_record.items())

    def _rank(self, wanted: set[int], by_record: dict[int, list[int]]) -> None:
        """Add to ``by_record`` the names best sharing the keys ``wanted`` (one query name's)."""
        common: list[int] = []
        rare: list[int] = []
        for number in wanted:  # in the set's order, which the sums below follow
            (common if number in self._common_number else rare).append(number)
        pool, shared = self._shared(rare, common)
        if not len(pool):
            return
        both = shared + self._held_weight(pool, common) if common else shared
        # The union is at least the query's weight (a name's shared keys are among its
        # own keys), so it is never 0.
        keys = np.fromiter(wanted, dtype=np.intp, count=len(wanted))
        union = float(self.idf[keys].sum()) + self.name_weight[pool] - both
        share = both / union
        # Best share first; among equals the later name.
        order = np.lexsort((pool, share))[::-1][:SHORTLIST]
        best = share[order].tolist()
        chosen = pool[order]
        floor = RELATIVE_SHARE * best[0]
        for value, name_id, record in zip(
            best, chosen.tolist(), self.name_record[chosen].tolist(), strict=True
        ):
            if value >= floor:
                names = by_record.setdefault(record, [])
                if name_id not in names:
                    names.append(name_id)

    def _postings(self, keys: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """The postings of ``keys``, one after the other, and the weight of each."""
        starts = self._offsets
        lists = [self._names[starts[k] : starts[k + 1]] for k in keys]
        if not lists:
            return np.zeros(0, dtype=np.intp), np.zeros(0)
        return np.concatenate(lists), self.idf[keys].repeat([len(p) for p in lists])

    def _shared(self, rare: list[int], common: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """The names worth ranking and the weight of the rare keys they share, cut to the
        ``POOL`` heaviest.

        Rare keys find names directly. When they find few (or there are none: a bare "Kim
        Chol", or 조선광업개발무역회사 whose words all translate to common English ones),
        the names holding most of the rarest common keys join them.
        """
        ids, weights = self._postings(rare)
        labels, firsts = self._distinct(ids)
        every = weights
        if common and len(firsts) < FEW_FOUND:
            rarest = sorted(common, key=lambda k: -self.idf[k])[:COMMON_READ]
            extra_ids, extra_weights = self._postings(rarest)
            ids = np.concatenate((ids, extra_ids))
            every = np.concatenate((weights, extra_weights))
            labels, firsts = self._distinct(ids)
        rare_shared = np.bincount(labels[: len(weights)], weights=weights, minlength=len(ids))
        if len(firsts) > POOL:
            shared = rare_shared if every is weights else np.bincount(labels, weights=every)
            firsts = firsts[_heaviest(ids, firsts, shared[firsts])]
        return ids[firsts], rare_shared[firsts]

    def _distinct(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each of ``ids`` (name numbers) a label shared by the same names (one of
        their positions), and the positions of one of each name: summing weights by label
        (``bincount``) adds each name's in the order they come, as a count would.

        A slot per name is written with positions and read back: no sort.
        """
        slot = np.empty(len(self.name_source), dtype=np.intp)
        positions = np.arange(len(ids))
        slot[ids] = positions
        labels = slot[ids]
        return labels, (labels == positions).nonzero()[0]

    def _held_weight(self, pool: np.ndarray, common: list[int]) -> np.ndarray:
        """For each pooled name, the weight of the common query keys it holds (read from
        the names' own common keys, in their order: a common key's postings are long)."""
        weights = np.zeros(len(self._common_number))
        weights[[self._common_number[k] for k in common]] = self.idf[common]
        lengths = self._common_length[pool]
        ends = lengths.cumsum()
        # Each pooled name's run of self._common_keys, one after the other.
        at = (self._common_end[pool] - ends).repeat(lengths) + np.arange(ends[-1])
        return np.bincount(
            np.arange(len(pool)).repeat(lengths), weights=weights[self._common_keys[at]], minlength=len(pool)
        )

    def screen(
        self, query: Record | Subject | Mapping[str, Any], limit: int = 10
    ) -> list[tuple[str, MatchResult]]:
        """The ``limit`` best-scoring records for a query: (record id, result), best first."""
        subject = subject_of(query)
        query_names = analysed_names(subject)
        results: list[tuple[str, MatchResult]] = []
        for position, name_ids in self.candidates(subject, query_names):
            candidate = self.subjects[position]
            if name_ids:
                names = [(self.analysed(i), self.name_source[i][2]) for i in name_ids]
            else:  # found by identifier alone: compare every name
                names = analysed_names(candidate)
            result = score(subject, candidate, candidate_names=names, query_names=query_names)
            if result.score > 0:
                results.append((self.ids[position], result))
        results.sort(key=lambda item: -item[1].score)
        return results[:limit]

    def save(self, path: Path) -> None:
        """Write the index (not the names' analyses) to ``path`` atomically."""
        payload = {
            "format": FORMAT,
            "ids": self.ids,
            "subjects": self.subjects,
            "name_record": self.name_record,
            "name_source": self.name_source,
            "keys": list(self.keys),
            "offsets": self.offsets,
            "postings": self.postings,
            "idf": self.idf,
            "name_weight": self.name_weight,
            "name_key_ids": self.name_key_ids,
            "name_offsets": self.name_offsets,
            "id_postings": self.id_postings,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".match-index-")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
        Path(tmp).replace(path)

    @classmethod
    def load(cls, path: Path) -> MatchIndex:
        """Read an index written by ``save`` (ValueError if it is of another format)."""
        paused = gc.isenabled()
        gc.disable()  # as in build: many long-lived objects, no cycles
        try:
            with path.open("rb") as handle:
                payload = pickle.load(handle)  # noqa: S301 - our own cache file, written by save()
        finally:
            if paused:
                gc.enable()
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            raise ValueError(f"{path}: not a match index of format {FORMAT}")
        index = cls()
        index.ids = payload["ids"]
        index.subjects = payload["subjects"]
        index.name_record = payload["name_record"]
        index.name_source = payload["name_source"]
        index._analysed = [None] * len(index.name_source)
        index.keys = {key: number for number, key in enumerate(payload["keys"])}
        index.offsets = payload["offsets"]
        index.postings = payload["postings"]
        index.idf = payload["idf"]
        index.name_weight = payload["name_weight"]
        index.name_key_ids = payload["name_key_ids"]
        index.name_offsets = payload["name_offsets"]
        index.id_postings = payload["id_postings"]
        index._derive()
        _freeze()  # see build
        return index


@lru_cache(maxsize=1)
def _unfreeze_at_exit() -> None:
    # Frozen objects are not collected at shutdown, and extension modules (duckdb) then
    # report their objects as leaked: hand everything back to the collector first.
    atexit.register(gc.unfreeze)


def _freeze() -> None:
    """Move every object alive now out of the cyclic collector's scans (see ``build``)."""
    gc.freeze()
    _unfreeze_at_exit()


@lru_cache(maxsize=1)
def rules_version() -> str:
    """What the analysis of names depends on besides the lists: the nodewatch version and
    the content of every names table, so an edited table invalidates cached indexes."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    try:
        digest.update(version("nodewatch").encode())
    except PackageNotFoundError:
        digest.update(b"unversioned")
    tables = resources.files("nodewatch.names").joinpath("data")
    for entry in sorted(tables.iterdir(), key=lambda e: e.name):
        if entry.is_file():
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()


def cache_path(release_sha256s: Iterable[str]) -> Path:
    """Where the index of these releases is kept (see ``default_index``)."""
    digest = hashlib.sha256(rules_version().encode())
    for sha in sorted(release_sha256s):
        digest.update(sha.encode())
    return settings.cache_dir() / f"match-index-{digest.hexdigest()[:32]}.pickle"


_DEFAULT: MatchIndex | None = None


def default_index(refresh: bool = False) -> MatchIndex:
    """The index of the newest release of every list in the store (used by ``screen``).

    Built once per process. Across processes it is kept in the cache folder, keyed by the
    sha256 of every release it was built from and by ``rules_version``: a new list release
    or an edited names table gives a new key, so a stale index is never used. ``refresh``
    re-reads the store (after an ingest in the same process).
    """
    global _DEFAULT
    if _DEFAULT is not None and not refresh:
        return _DEFAULT
    from nodewatch.store import connect, current_records, state

    try:
        con = connect(settings.db_path(), read_only=True)
    except FileNotFoundError as exc:
        raise IndexUnavailable(str(exc)) from None
    try:
        releases = state(con, None)
        if not releases:
            raise IndexUnavailable(
                f"the store at {settings.db_path()} holds no lists: run `nodewatch ingest`"
            )
        path = cache_path(r.sha256 for r in releases)
        index = _load_cached(path)
        if index is None:
            index = MatchIndex.build(current_records(con))
            _save_cached(index, path)
    finally:
        con.close()
    _DEFAULT = index
    return index


def _load_cached(path: Path) -> MatchIndex | None:
    try:
        return MatchIndex.load(path)
    except (OSError, ValueError, EOFError, pickle.UnpicklingError, KeyError, AttributeError):
        return None  # missing, unreadable or stale: rebuilt and written again


def _save_cached(index: MatchIndex, path: Path) -> None:
    # A read-only cache folder is no reason to fail; the next process rebuilds.
    with contextlib.suppress(OSError):
        index.save(path)
