"""One target across all lists, and the coverage answers, on every staged list resolved.

The UN DPRK references and listing dates are read here from the UN XML with ElementTree;
the UK records that quote a UN reference come from the UK parser (tested on its own file in
test_real_uk). What is checked is what resolve made of them: each UN DPRK target in one
cluster with its UK and Australian records, OFAC records joined for at least 95%, and no
cluster holding two UN records or a person with an organisation.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nodewatch.cli.coverage  # noqa: F401  (registers the commands)
from nodewatch.cli import app
from nodewatch.model.record import Record
from nodewatch.resolve.run import current_membership
from nodewatch.store import connect
from nodewatch.store.records import current_records
from tests.realstore import real_store

pytestmark = pytest.mark.realdata

UN_FILE = "un-consolidated-2026-02-27.xml"  # the newest UN release staged


@pytest.fixture(scope="module")
def un_dprk(lists_dir: Path) -> dict[str, str]:
    """UN DPRK reference -> LISTED_ON date, straight from the XML."""
    root = ET.parse(lists_dir / "un" / UN_FILE).getroot()
    found = {}
    for element in root.iter():
        ref = (element.findtext("REFERENCE_NUMBER") or "").strip()  # some carry a trailing space
        if ref.startswith("KP"):
            found[ref] = (element.findtext("LISTED_ON") or "")[:10]
    return found


@pytest.fixture(scope="module")
def store(lists_dir: Path) -> Path:
    return real_store(lists_dir)


@pytest.fixture(scope="module")
def resolved(store: Path) -> tuple[dict[str, Record], dict[str, str]]:
    con = connect(store, read_only=True)
    try:
        records = {r.id: r for r in current_records(con)}
        return records, current_membership(con)
    finally:
        con.close()


@pytest.fixture(scope="module")
def clusters(resolved: tuple[dict[str, Record], dict[str, str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for record_id, cluster in resolved[1].items():
        out[cluster].add(record_id)
    return out


@pytest.fixture
def cli(store: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("NODEWATCH_DB", str(store))
    return CliRunner()


def test_the_155_un_dprk_targets_are_staged(un_dprk: dict[str, str]) -> None:
    assert len(un_dprk) == 155


def test_each_un_dprk_target_holds_its_uk_and_australian_records(
    un_dprk: dict[str, str],
    resolved: tuple[dict[str, Record], dict[str, str]],
    clusters: dict[str, set[str]],
) -> None:
    records, membership = resolved
    quoted: dict[str, set[str]] = defaultdict(set)  # UN ref -> UK records quoting it
    for record in records.values():
        if record.authority == "uk":
            for sanction in record.sanctions:
                if sanction.un_ref in un_dprk:
                    quoted[sanction.un_ref].add(record.id)
    assert len(quoted) == 155, "every UN DPRK target has a UK record quoting its reference"
    for ref in un_dprk:
        members = clusters[membership[f"un-{ref}"]]
        assert quoted[ref] <= members, f"{ref}: UK records {quoted[ref] - members} not in its cluster"
        assert any(records[m].authority == "au" for m in members), f"{ref}: no Australian record"


def test_ofac_records_joined_for_95_percent(
    un_dprk: dict[str, str],
    resolved: tuple[dict[str, Record], dict[str, str]],
    clusters: dict[str, set[str]],
) -> None:
    records, membership = resolved
    held = [
        ref
        for ref in un_dprk
        if any(records[m].authority == "us-ofac" for m in clusters[membership[f"un-{ref}"]])
    ]
    assert len(held) / len(un_dprk) >= 0.95, f"only {len(held)} of {len(un_dprk)} hold an OFAC record"


def test_no_wrong_merge_of_the_obvious_kinds(
    resolved: tuple[dict[str, Record], dict[str, str]], clusters: dict[str, set[str]]
) -> None:
    records = resolved[0]
    two_un = [sorted(g) for g in clusters.values() if sum(records[r].authority == "un" for r in g) > 1]
    assert two_un == []
    mixed = [sorted(g) for g in clusters.values() if len({records[r].schema == "Person" for r in g}) > 1]
    assert mixed == []


def test_coverage_json_lists_every_un_dprk_target_with_its_un_date(
    cli: CliRunner, un_dprk: dict[str, str]
) -> None:
    result = cli.invoke(app, ["coverage", "--regime", "dprk", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    by_un = {r: row for row in rows for r in row["records"] if r.startswith("un-KP")}
    assert set(by_un) == {f"un-{ref}" for ref in un_dprk}
    for ref, listed_on in un_dprk.items():
        row = by_un[f"un-{ref}"]
        assert {"id", "name", "records", "authorities", "nexus"} <= set(row)
        assert row["authorities"]["un"] == listed_on
        assert isinstance(row["nexus"], bool)


def test_gaps_answer_which_un_targets_each_authority_misses(cli: CliRunner, un_dprk: dict[str, str]) -> None:
    uk = cli.invoke(app, ["gaps", "--authority", "uk", "--json"])
    assert uk.exit_code == 0, uk.output
    assert json.loads(uk.output)["missing"] == []
    ofac = cli.invoke(app, ["gaps", "--authority", "us-ofac", "--json"])
    assert ofac.exit_code == 0, ofac.output
    missing = json.loads(ofac.output)["missing"]
    assert 0 < len(missing) <= 0.05 * len(un_dprk)
    assert all(not any(r.startswith("ofac-") for r in row["records"]) for row in missing)
    assert all(any(r.startswith("un-KP") for r in row["records"]) for row in missing)
    canada = cli.invoke(app, ["gaps", "--authority", "ca", "--json"])  # autonomous list: no DPRK record
    assert canada.exit_code == 0, canada.output
    answer = json.loads(canada.output)
    assert answer["held"] is False and answer["missing"] is None and "hold no dprk target" in answer["note"]
