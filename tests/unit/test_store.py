"""The store on hand-built parsed files: releases, idempotence, history, diff, rollback."""

from __future__ import annotations

from datetime import datetime

import pytest

from nodewatch.model.dates import parse_date
from nodewatch.model.record import Name, Record, Sanction
from nodewatch.sources.base import ParsedFile, SourceError
from nodewatch.store import connect, current_records, diff, state
from nodewatch.store.db import scalar
from nodewatch.store.ingest import write_release
from nodewatch.store.inspect import stats
from nodewatch.store.releases import Provenance, date_in_name, publication, sha256_of


def person(ent: int, name: str, dob: str | None = None, programme: str = "DPRK3") -> Record:
    record = Record(f"ofac-{ent}", "us-ofac", "Person", position=f"line {ent}")
    record.add_name(Name.make(name))
    if dob:
        record.add_date("birthDate", parse_date(dob))
    record.sanctions.append(Sanction(programme, authority_ref=str(ent)))
    return record


def release(con, records, published: str, dataset: str = "us-ofac-sdn", tag: str = ""):
    parsed = ParsedFile(dataset, "ofac-csv", records)
    data = f"{published}{tag}{[r.id for r in records]}".encode()
    prov = Provenance(origin=f"/tmp/sdn-{published}.csv", filename=f"sdn-{published}.csv")
    return write_release(con, parsed, prov, sha256_of(data), datetime.fromisoformat(published), "filename")


@pytest.fixture
def con(tmp_path):
    connection = connect(tmp_path / "store.duckdb")
    yield connection
    connection.close()


def test_statements_are_shared_between_releases(con):
    first = release(con, [person(1, "KIM, Chol", "1962"), person(2, "RI, Song")], "2022-01-01")
    second = release(con, [person(1, "KIM, Chol", "1962"), person(2, "RI, Song")], "2023-01-01", tag="x")
    assert first.new_statements > 0
    assert second.new_statements == 0  # same facts: seen again, not stored again
    assert scalar(con, "SELECT count(*) FROM statement_releases") == 2 * first.new_statements


def test_diff_added_removed_changed(con):
    release(con, [person(1, "KIM, Chol", "1962"), person(2, "RI, Song"), person(3, "PAK, Il")], "2022-01-01")
    release(
        con,
        [person(1, "KIM, Chol", "1963"), person(2, "RI, Song", programme="DPRK4"), person(4, "JON, Ho")],
        "2023-06-30",
    )
    result = diff(con, "us-ofac", datetime(2022, 1, 1).date(), datetime(2023, 12, 31).date())
    assert [i for i, _ in result.added] == ["ofac-4"]
    assert [i for i, _ in result.removed] == ["ofac-3"]
    changed = {c.id: c for c in result.changed}
    assert set(changed) == {"ofac-1", "ofac-2"}
    assert set(changed["ofac-1"].fields) == {"birthDate"}
    assert changed["ofac-1"].fields["birthDate"] == {"added": ["1963"], "removed": ["1962"]}
    assert set(changed["ofac-2"].fields) == {"sanction:DPRK3.designation", "sanction:DPRK4.designation"}
    assert result.to_dict()["summary"] == {"added": 1, "removed": 1, "changed": 2}


def test_state_picks_newest_release_per_dataset_by_date(con):
    release(con, [person(1, "KIM, Chol")], "2023-01-01")
    release(con, [person(1, "KIM, Chol"), person(2, "RI, Song")], "2022-01-01")  # ingested late, older
    assert [r.published.year for r in state(con, "us-ofac")] == [2023]
    assert [r.published.year for r in state(con, "us-ofac", datetime(2022, 6, 1).date())] == [2022]
    with pytest.raises(LookupError, match="no us-ofac release published on or before 2021-01-01"):
        diff(con, "us-ofac", datetime(2021, 1, 1).date(), datetime(2023, 1, 1).date())


def test_companion_lists_add_names_but_not_targets(con):
    release(con, [person(1, "KIM, Chol")], "2024-01-01")
    alias = Record("ofac-1", "us-ofac", "LegalEntity")
    alias.add_name(Name.make("KIM CHOL", kind="alias"))
    orphan = Record("ofac-99", "us-ofac", "LegalEntity")
    orphan.add_name(Name.make("NOBODY", kind="alias"))
    release(con, [alias, orphan], "2024-02-01", dataset="us-ofac-sdn-alt")
    records = {r.id: r for r in current_records(con)}
    assert set(records) == {"ofac-1"}
    assert records["ofac-1"].schema == "Person"
    assert {n.value for n in records["ofac-1"].names} == {"KIM, Chol", "KIM CHOL"}


def test_duplicate_ids_are_refused_and_store_untouched(con):
    with pytest.raises(SourceError, match="duplicate record id 'ofac-1'"):
        release(con, [person(1, "KIM, Chol"), person(1, "KIM, Chol")], "2022-01-01")
    assert scalar(con, "SELECT count(*) FROM releases") == 0
    assert scalar(con, "SELECT count(*) FROM statements") == 0


def test_failure_inside_transaction_rolls_back(con, monkeypatch):
    release(con, [person(1, "KIM, Chol")], "2022-01-01")
    before = [
        scalar(con, f"SELECT count(*) FROM {t}")
        for t in ("releases", "statements", "statement_releases", "record_positions")
    ]

    def boom(name: str) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("nodewatch.store.ingest._fault_point", boom)
    with pytest.raises(RuntimeError, match="disk on fire"):
        release(con, [person(2, "RI, Song")], "2023-01-01")
    after = [
        scalar(con, f"SELECT count(*) FROM {t}")
        for t in ("releases", "statements", "statement_releases", "record_positions")
    ]
    assert after == before


def test_stats_reports_newest_release_counts(con):
    release(con, [person(1, "KIM, Chol"), person(2, "RI, Song", programme="RUSSIA-EO14024")], "2022-01-01")
    data = stats(con)
    (item,) = data["releases"]
    assert item["authority"] == "us-ofac" and item["targets"] == 2
    assert item["by_schema"] == {"Person": 2}
    assert item["by_program"] == {"DPRK3": 1, "RUSSIA-EO14024": 1}


def test_publication_rules():
    prov = Provenance("x", "sdn-2024-05-03.csv")
    assert publication("2026-02-27T00:00:09.554Z", prov, None) == (
        datetime(2026, 2, 27, 0, 0, 9, 554000),
        "file",
    )
    assert publication(None, prov, None) == (datetime(2024, 5, 3), "filename")
    opt = Provenance("x", "sdn-2024-05-03.csv", published_option=datetime(2024, 5, 1).date())
    assert publication(None, opt, None)[1] == "option"
    fetched = Provenance("x", "sdn.csv", fetched_at=datetime(2025, 1, 2, 3, 4))
    assert publication(None, fetched, None) == (datetime(2025, 1, 2, 3, 4), "download")
    assert publication(None, Provenance("x", "sdn.csv"), 0.0)[1] == "mtime"
    assert date_in_name("ConList-2023-06-05.xlsx").isoformat() == "2023-06-05"
    assert date_in_name("20240503-sdn.csv").isoformat() == "2024-05-03"
    assert date_in_name("list-9999-99-99.csv") is None
