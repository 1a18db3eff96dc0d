"""The candidate index and screen(), on a handful of real DPRK/Russia records."""

from __future__ import annotations

from pathlib import Path

import pytest

import nodewatch.match.index
from nodewatch.match import MatchIndex, default_index, screen
from nodewatch.match.index import IndexUnavailable
from tests.records import record


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    records = [
        record("un-KPi.033", "Person", "KIM JONG UN", "김정은"),
        record("un-KPi.066", "Person", "KIM YONG CHOL", "Kim Young-Cheol", birthDate="1962-02-18"),
        record("ofac-1", "Person", "KIM, Tong Chol", birthDate="1966-01-28"),
        record("un-KPe.001", "Organization", "KOREA MINING DEVELOPMENT TRADING CORPORATION", "KOMID"),
        record("un-KPe.010", "Organization", "KOREAN COMMITTEE FOR SPACE TECHNOLOGY"),
        record("un-KPe.016", "Organization", "RECONNAISSANCE GENERAL BUREAU", "Chongch'al Ch'ongguk"),
        record("un-KPe.002", "Organization", "DAEDONG CREDIT BANK (DCB)"),
        record("ofac-4", "Organization", "NATIONAL IRANIAN TANKER COMPANY"),
        record("ofac-2", "Organization", "DAESONG CREDIT DEVELOPMENT BANK"),
        record("ofac-3", "Vessel", "CHON MYONG 1", imoNumber="8712362"),
        record("uk-1", "Person", "Aleksandr SAULENKO", "Александр Сауленко"),
        record("au-1", "Person", "吳作棟"),
        record("au-2", "Person", "尹國駒"),
    ]
    return MatchIndex.build(records)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"schema": "Person", "properties": {"name": ["Kim Jongun"]}}, "un-KPi.033"),
        (
            {"schema": "Person", "properties": {"name": ["Kim Young Chul"], "birthDate": ["1962"]}},
            "un-KPi.066",
        ),
        ({"schema": "Organization", "properties": {"name": ["KCST"]}}, "un-KPe.010"),
        ({"schema": "Organization", "properties": {"name": ["NITC"]}}, "ofac-4"),  # C of Company
        ({"schema": "Organization", "properties": {"name": ["CHONGCH'AL CH'ONGGUK"]}}, "un-KPe.016"),
        ({"schema": "Company", "properties": {"name": ["Taedong Credit Bank"]}}, "un-KPe.002"),
        ({"schema": "Person", "properties": {"name": ["Сауленко Александр"]}}, "uk-1"),
        ({"schema": "Vessel", "properties": {"name": ["NEW NAME"], "imoNumber": ["IMO 8712362"]}}, "ofac-3"),
        # Names in characters, found through their Hokkien and Macau spellings.
        ({"schema": "Person", "properties": {"name": ["Goh Chok Tong"]}}, "au-1"),
        ({"schema": "Person", "properties": {"name": ["Wan Kuok-koi"]}}, "au-2"),
    ],
)
def test_screen_finds_the_target_first(index: MatchIndex, query: dict, expected: str) -> None:
    results = index.screen(query, limit=3)
    assert results and results[0][0] == expected and results[0][1].match, results


def test_screen_ranks_and_limits(index: MatchIndex) -> None:
    results = index.screen({"schema": "Person", "properties": {"name": ["KIM Yong Chol"]}}, limit=2)
    assert len(results) <= 2
    assert [r.score for _id, r in results] == sorted((r.score for _id, r in results), reverse=True)


def test_unrelated_query_finds_no_match(index: MatchIndex) -> None:
    results = index.screen({"schema": "Person", "properties": {"name": ["John Smith"]}})
    assert not any(r.match for _id, r in results)


def test_default_index_without_a_store_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NODEWATCH_DB", str(tmp_path / "missing.duckdb"))
    monkeypatch.setattr(nodewatch.match.index, "_DEFAULT", None)
    with pytest.raises(IndexUnavailable, match="no nodewatch store"):
        default_index()
    with pytest.raises(IndexUnavailable):
        screen({"schema": "Person", "properties": {"name": ["Kim"]}})


def test_saved_index_screens_like_the_built_one(index: MatchIndex, tmp_path: Path) -> None:
    path = tmp_path / "index.pickle"
    index.save(path)
    loaded = MatchIndex.load(path)
    assert len(loaded) == len(index)
    for query in (
        {"schema": "Person", "properties": {"name": ["Kim Jongun"]}},
        {"schema": "Organization", "properties": {"name": ["KCST"]}},
        {"schema": "Vessel", "properties": {"name": ["NEW NAME"], "imoNumber": ["IMO 8712362"]}},
    ):
        built = [(rid, r.score) for rid, r in index.screen(query)]
        assert built and [(rid, r.score) for rid, r in loaded.screen(query)] == built


def test_load_refuses_other_files(tmp_path: Path) -> None:
    path = tmp_path / "other.pickle"
    path.write_bytes(b"not a pickle")
    with pytest.raises(Exception):  # any unpickling error: default_index then rebuilds
        MatchIndex.load(path)
