"""``MatchIndex.candidates`` against a plain count written out here in Python.

The index gathers and ranks names with a few numpy calls per query (see its docstring);
the reference below reads the same postings one by one, adds every weight in reading
order and sorts with ``sorted``. Both must give the same names, ranked the same, so the
fast path changes no score. Small limits (common keys, pool, few found) make a small
index go through every path: rare keys only, a pool cut with tied weights, and common
keys read in full when rare keys find few names.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pytest

import nodewatch.match.index as match_index
from nodewatch.match.entity import subject_of
from nodewatch.match.index import MatchIndex, name_keys
from nodewatch.match.score import analysed_names
from nodewatch.model.record import Name, Record

SURNAMES = ("KIM", "PAK", "RI", "CHOE", "JONG")
GIVEN = ("YONG CHOL", "SONG HO", "MYONG SIK", "TONG IL", "CHOL SU", "HYON U")
FIRMS = ("PAEKTU", "SONGBONG", "HAEGUMGANG", "RUNGRA", "CHOLSAN")
KINDS = ("TRADING CORPORATION", "TRADING COMPANY", "SHIPPING COMPANY", "GENERAL CORPORATION")
QUERIES = [
    ("Person", "Kim Yong Chol"),
    ("Person", "Kim"),
    ("Person", "Kim Chol"),
    ("Person", "Pak Song Ho"),
    ("Person", "Chol Su Ri"),
    ("Person", "Jong Hyon"),
    ("Organization", "Korea Trading Corporation"),
    ("Organization", "Paektu Trading"),
    ("Organization", "General Corporation"),
    ("Company", "Rungra Shipping Company"),
]


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(match_index, "COMMON_KEY", 6)
    monkeypatch.setattr(match_index, "POOL", 12)
    monkeypatch.setattr(match_index, "FEW_FOUND", 5)
    monkeypatch.setattr(match_index, "SHORTLIST", 6)


def _records() -> list[Record]:
    records = []
    for number, (surname, given) in enumerate(itertools.product(SURNAMES, GIVEN)):
        record = Record(f"p-{number}", "test", "Person")
        record.add_name(Name.make(f"{surname} {given}", kind="primary"))
        records.append(record)
    for number, (firm, kind) in enumerate(itertools.product(FIRMS, KINDS)):
        record = Record(f"o-{number}", "test", "Organization")
        record.add_name(Name.make(f"KOREA {firm} {kind}", kind="primary"))
        record.add_name(Name.make(f"{firm} {kind}", kind="alias"))
        records.append(record)
    return records


def _reference(index: MatchIndex, query: dict[str, Any]) -> tuple[list[tuple[int, list[int]]], set[str]]:
    """Candidates by a plain count, and which paths the query took."""
    subject = subject_of(query)
    wanted: set[int] = set()
    for name, _prop in analysed_names(subject):
        wanted.update(index.keys[k] for k in name_keys(name) if k in index.keys)
    keys = list(wanted)
    idf = index.idf.tolist()

    def postings(key: int) -> list[int]:
        return index.postings[index.offsets[key] : index.offsets[key + 1]].tolist()

    common = [k for k in keys if len(postings(k)) > match_index.COMMON_KEY]
    rare = [k for k in keys if len(postings(k)) <= match_index.COMMON_KEY]
    paths = set()
    shared: dict[int, float] = {}
    for key in rare:
        for name_id in postings(key):
            shared[name_id] = shared.get(name_id, 0.0) + idf[key]
    every = dict(shared)
    if common and len(shared) < match_index.FEW_FOUND:
        paths.add("common keys read")
        for key in sorted(common, key=lambda k: -idf[k])[: match_index.COMMON_READ]:
            for name_id in postings(key):
                every[name_id] = every.get(name_id, 0.0) + idf[key]
    pool = sorted(every, key=lambda n: (-every[n], n))
    if len(pool) > match_index.POOL:
        paths.add("pool cut")
        if every[pool[match_index.POOL - 1]] == every[pool[match_index.POOL]]:
            paths.add("tie at the cut")
        pool = pool[: match_index.POOL]
    if not pool:
        return [], paths
    query_weight = float(index.idf[np.asarray(keys, dtype=np.int64)].sum())
    share = {}
    for name_id in pool:
        held = 0.0
        start, end = index.name_offsets[name_id], index.name_offsets[name_id + 1]
        for key in index.name_key_ids[start:end].tolist():
            held += idf[key] if key in common else 0.0
        both = shared.get(name_id, 0.0) + held
        share[name_id] = both / (query_weight + float(index.name_weight[name_id]) - both)
    best = sorted(pool, key=lambda n: (share[n], n), reverse=True)[: match_index.SHORTLIST]
    by_record: dict[int, list[int]] = {}
    for name_id in best:
        if share[name_id] >= match_index.RELATIVE_SHARE * share[best[0]]:
            by_record.setdefault(int(index.name_record[name_id]), []).append(name_id)
    return list(by_record.items()), paths


def test_candidates_are_those_of_a_plain_count(small_limits: None) -> None:
    index = MatchIndex.build(_records())
    taken: set[str] = set()
    for schema, text in QUERIES:
        query = {"schema": schema, "properties": {"name": [text]}}
        expected, paths = _reference(index, query)
        taken |= paths
        subject = subject_of(query)
        assert index.candidates(subject, analysed_names(subject)) == expected, text
    assert taken == {"common keys read", "pool cut", "tie at the cut"}


def test_loaded_index_finds_the_same_candidates(small_limits: None, tmp_path: Any) -> None:
    index = MatchIndex.build(_records())
    index.save(tmp_path / "index.pickle")
    loaded = MatchIndex.load(tmp_path / "index.pickle")
    for schema, text in QUERIES:
        subject = subject_of({"schema": schema, "properties": {"name": [text]}})
        names = analysed_names(subject)
        assert loaded.candidates(subject, names) == index.candidates(subject, names), text


def test_heaviest_breaks_ties_by_the_earlier_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(match_index, "POOL", 4)
    ids = np.array([50, 7, 30, 9, 41, 3, 12], dtype=np.intp)
    at = np.array([6, 0, 2, 4, 1, 3, 5], dtype=np.intp)  # positions of ids, shuffled
    weights = np.array([1.0, 2.0, 1.0, 3.0, 1.0, 1.0, 0.5])
    top = match_index._heaviest(ids, at, weights)
    # Names by weight: 41 3.0, 50 2.0, then 12, 30, 7 and 9 at 1.0, of which the two earliest.
    assert sorted(ids[at[top]].tolist()) == [7, 9, 41, 50]
