"""Screening against a store built from the staged lists: the default index, its disk
cache, and the screen / screen-file commands.

Which records are Kim Yo Jong's is decided here independently of the matcher: records of
the store whose name, in any spelling the lists use, is "Kim Yo Jong" or 김여정.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nodewatch.match.index
from nodewatch.cli import app
from nodewatch.match import MATCH_THRESHOLD, MatchIndex, screen
from nodewatch.match.index import cache_path, default_index
from nodewatch.names.chinese import has_han as chinese_name
from nodewatch.store import connect, current_records, state
from nodewatch.store.pipeline import ingest_many, list_files

pytestmark = pytest.mark.realdata


@pytest.fixture(scope="module")
def store(lists_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A store of every staged list, and an empty cache folder, as the environment sees them."""
    root = tmp_path_factory.mktemp("screen")
    env = {"NODEWATCH_DB": str(root / "lists.duckdb"), "NODEWATCH_CACHE": str(root / "cache")}
    con = connect(env["NODEWATCH_DB"])
    outcomes = ingest_many(con, list_files(lists_dir), skip_unrecognised=True)
    con.close()
    assert not [o.error for o in outcomes if o.error]
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    nodewatch.match.index._DEFAULT = None
    yield env
    nodewatch.match.index._DEFAULT = None
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def _plain(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text.casefold()).split())


@pytest.fixture(scope="module")
def kim_yo_jong(store: dict[str, str]) -> set[str]:
    con = connect(store["NODEWATCH_DB"], read_only=True)
    try:
        spellings = {"kim yo jong", "kim yo-jong", "yo jong kim", "김여정"}
        ids = {
            r.id
            for r in current_records(con)
            if any(_plain(n.value) in {_plain(s) for s in spellings} for n in r.names)
        }
    finally:
        con.close()
    assert ids, "the staged lists name Kim Yo Jong"
    return ids


def test_hangul_query_finds_kim_yo_jong(kim_yo_jong: set[str]) -> None:
    results = screen({"schema": "Person", "properties": {"name": ["김여정"]}}, limit=10)
    matches = {rid for rid, result in results if result.score >= MATCH_THRESHOLD}
    assert matches and matches <= kim_yo_jong, (matches, kim_yo_jong)
    assert results[0][0] in kim_yo_jong


def test_index_is_built_once_and_cached_on_disk(store: dict[str, str]) -> None:
    index = default_index()
    assert default_index() is index
    con = connect(store["NODEWATCH_DB"], read_only=True)
    try:
        releases = state(con, None)
    finally:
        con.close()
    path = cache_path(r.sha256 for r in releases)
    assert path.is_file() and path.parent == Path(store["NODEWATCH_CACHE"])
    assert len(index) > 20_000  # PROVENANCE: tens of thousands of targets across the lists


def _cli(store: dict[str, str], *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.perf_counter()
    done = subprocess.run(
        [str(Path(sys.executable).with_name("nodewatch")), *args],
        env={**os.environ, **store},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return done, time.perf_counter() - start


def test_screen_command_in_a_fresh_process_uses_the_cache(
    store: dict[str, str], kim_yo_jong: set[str]
) -> None:
    default_index()  # written to the cache by this process
    done, seconds = _cli(store, "screen", "Kim Yo Jong", "--schema", "Person", "--json")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload[0]["id"] in kim_yo_jong and payload[0]["match"] is True
    assert payload[0]["name"]["matches"]
    assert seconds < 20, seconds  # loading the cached index, not building it (~15 s)


def test_screen_file_reports_a_bad_row(store: dict[str, str], tmp_path: Path, kim_yo_jong: set[str]) -> None:
    source = tmp_path / "customers.csv"
    source.write_text(
        "name,schema,birth_date\n"
        "Kim Yo Jong,Person,\n"
        "broken,row,with,too,many,fields\n"
        "KOREA MINING DEVELOPMENT TRADING CORPORATION,Organization,\n"
        ",Person,1960\n",
        encoding="utf-8",
    )
    out = tmp_path / "hits.csv"
    result = CliRunner().invoke(app, ["screen-file", str(source), "--out", str(out)], env=store)
    assert result.exit_code == 0, result.output
    assert "row 3 skipped" in result.output and "row 5 skipped" in result.output
    assert "4 rows, 2 skipped" in result.output
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    top = {row["row"]: row for row in rows if row["rank"] == "1"}
    assert top["2"]["candidate_id"] in kim_yo_jong and top["2"]["match"] == "True"
    assert top["4"]["match"] == "True"
    assert "korea mining development trading" in top["4"]["explanation"].casefold()


def test_each_name_of_a_record_finds_its_namesake(store: dict[str, str]) -> None:
    """A UN record with a Latin name and one in characters finds OFAC's record of the same
    Latin name first: the many romanisation keys of 長安海連技術有限公司 (and the rarer keys
    it shares with names in characters of other firms) do not crowd the Latin name out."""
    con = connect(store["NODEWATCH_DB"], read_only=True)
    try:
        records = {r.id: r for r in current_records(con)}
    finally:
        con.close()
    query = records["un-KPe.055"]
    assert any(chinese_name(n.value) for n in query.names), "the UN record has lost its name in characters"
    ofac = MatchIndex.build(r for r in records.values() if r.authority == "us-ofac")
    expected = {
        r.id
        for r in records.values()
        if r.authority == "us-ofac" and any(_plain(n.value) == _plain(query.names[0].value) for n in r.names)
    }
    assert expected, "OFAC no longer lists the firm under the UN's Latin name"
    assert ofac.screen(query, limit=3)[0][0] in expected
