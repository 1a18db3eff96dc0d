"""The screening commands: bad input is reported and skipped, never fatal."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nodewatch.cli.screen
import nodewatch.match
import nodewatch.match.index
from nodewatch.cli import app
from nodewatch.match import MatchIndex
from nodewatch.model.record import Name, Record

runner = CliRunner()


@pytest.fixture
def wired(monkeypatch: pytest.MonkeyPatch) -> None:
    rec = Record("un-KPe.010", "un", "Organization")
    rec.add_name(Name.make("KOREAN COMMITTEE FOR SPACE TECHNOLOGY"))
    person = Record("un-KPi.033", "un", "Person")
    person.add_name(Name.make("KIM JONG UN"))
    index = MatchIndex.build([rec, person])
    monkeypatch.setattr(nodewatch.match, "default_index", lambda: index)


def test_score_pairs_skips_bad_lines(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    good = {
        "id": "p1",
        "query": {"schema": "Person", "properties": {"name": ["Kim Jong Un"]}},
        "candidate": {"schema": "Person", "properties": {"name": ["김정은"]}},
    }
    bad_schema = {"id": "p2", "query": {"schema": "Nope", "properties": {}}, "candidate": good["candidate"]}
    pairs.write_text(json.dumps(good) + "\nnot json\n" + json.dumps(bad_schema) + "\n" + '{"id": "p3"}\n')
    out = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["score-pairs", str(pairs), "--out", str(out)])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["p1"]
    assert lines[0]["match"] is True and 0 <= lines[0]["score"] <= 1
    assert "1 pairs scored, 3 skipped" in result.output


def test_score_pairs_scores_candidates_as_listed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A cover name meets its listed target through the store's lists; --as-given turns it off."""
    rec = Record("ofac-12212", "us-ofac", "Organization")
    rec.add_name(Name.make("GREEN PINE ASSOCIATED CORPORATION"))
    rec.add_name(Name.make("SAENGP'IL COMPANY", kind="alias"))
    index = MatchIndex.build([rec])
    monkeypatch.setattr(nodewatch.match, "default_index", lambda: index)
    pair = {
        "id": "cover",
        "query": {"schema": "Company", "properties": {"name": ["SAENGP'IL COMPANY"]}},
        "candidate": {
            "schema": "Organization",
            "properties": {"name": ["GREEN PINE ASSOCIATED CORPORATION"]},
        },
    }
    pairs, out = tmp_path / "pairs.jsonl", tmp_path / "scores.jsonl"
    pairs.write_text(json.dumps(pair) + "\n")
    for flags, expected in (([], True), (["--as-given"], False)):
        result = runner.invoke(app, ["score-pairs", str(pairs), "--out", str(out), *flags])
        assert result.exit_code == 0, result.output
        assert json.loads(out.read_text())["match"] is expected


def test_score_pairs_without_a_store_scores_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NODEWATCH_DB", str(tmp_path / "missing.duckdb"))
    monkeypatch.setattr(nodewatch.match.index, "_DEFAULT", None)
    pairs, out = tmp_path / "pairs.jsonl", tmp_path / "scores.jsonl"
    query = {"schema": "Person", "properties": {"name": ["Kim Jong Un"]}}
    pairs.write_text(json.dumps({"id": "p", "query": query, "candidate": query}) + "\n")
    result = runner.invoke(app, ["score-pairs", str(pairs), "--out", str(out)])
    assert result.exit_code == 0
    assert "scored as given" in result.output and "no nodewatch store" in result.output
    assert json.loads(out.read_text())["match"] is True


def test_screen_without_a_store_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NODEWATCH_DB", str(tmp_path / "missing.duckdb"))
    monkeypatch.setattr(nodewatch.match.index, "_DEFAULT", None)
    result = runner.invoke(app, ["screen", "Kim Jong Un"])
    assert result.exit_code == 2
    assert "no nodewatch store" in result.output


def test_screen_json(wired: None) -> None:
    result = runner.invoke(app, ["screen", "KCST", "--schema", "Organization", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload[0]["id"] == "un-KPe.010" and payload[0]["match"] is True


def test_screen_text(wired: None) -> None:
    result = runner.invoke(app, ["screen", "Kim Jong-un", "--schema", "Person", "--birth-date", "1984"])
    assert result.exit_code == 0
    assert "un-KPi.033" in result.output and "MATCH" in result.output


def test_screen_file_csv_skips_bad_rows(wired: None, tmp_path: Path) -> None:
    source = tmp_path / "customers.csv"
    source.write_text(
        "Name,Schema,Country\n"
        "Korean Committee for Space Technology,Organization,KP\n"
        ",Organization,KP\n"
        "too,many,fields,here\n"
        "Kim Jong Un,Person,KP\n"
    )
    out = tmp_path / "hits.csv"
    result = runner.invoke(app, ["screen-file", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "row 3 skipped" in result.output and "row 4 skipped" in result.output
    with out.open() as handle:
        rows = list(csv.DictReader(handle))
    top = {row["row"]: row for row in rows if row["rank"] == "1"}
    assert top["2"]["candidate_id"] == "un-KPe.010" and top["2"]["match"] == "True"
    assert top["5"]["candidate_id"] == "un-KPi.033"
    assert "4 rows, 2 skipped" in result.output


def test_screen_file_parquet(wired: None, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"name": ["KCST", None], "schema": ["Organization", "Person"]}), source)
    out = tmp_path / "out.parquet"
    result = runner.invoke(app, ["screen-file", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out).to_pylist()
    assert table[0]["candidate_id"] == "un-KPe.010"
    assert "1 skipped" in result.output
