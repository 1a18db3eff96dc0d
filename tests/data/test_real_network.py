"""The network on every staged list, checked against the files read here with csv and openpyxl.

The store is a copy of the shared ingested one, not resolved: every record is its own target
here, so a link between lists must reach the very record the list names (the resolved network
is read through the API in test_real_api and the browser tests).
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import duckdb
import openpyxl
import pytest
from typer.testing import CliRunner

import nodewatch.cli.network  # noqa: F401  (registers the commands)
from nodewatch.analysis.graph_candidates import candidate_dict, candidates
from nodewatch.analysis.graph_export import select, write_gexf
from nodewatch.analysis.graph_hubs import hubs, hubs_dict
from nodewatch.analysis.graph_paths import find, path_dict, shortest_paths
from nodewatch.analysis.graph_snapshot import load_network, save, snapshot_key
from nodewatch.analysis.graph_user import EntityResolver, load_file
from nodewatch.analysis.network import Network, compute
from nodewatch.analysis.nexus import NexusRule
from nodewatch.cli import app
from nodewatch.match import MatchIndex
from nodewatch.model.record import Record
from nodewatch.store import connect
from nodewatch.store.records import current_records
from tests.realstore import writable_copy

pytestmark = pytest.mark.realdata

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "network" / "real_intermediary.ftm.json"
OFAC_FILES = ("sdn-2024-05-03.csv", "cons_prim-2025-12-19.csv")  # the current OFAC main lists
SAM_JONG_2_IMO = "7408873"


@pytest.fixture(scope="module")
def store(lists_dir: Path) -> Iterator[tuple[duckdb.DuckDBPyConnection, Path]]:
    path = writable_copy(lists_dir)
    con = connect(path)
    yield con, path
    con.close()


@pytest.fixture(scope="module")
def records(store: tuple[duckdb.DuckDBPyConnection, Path]) -> list[Record]:
    return list(current_records(store[0]))


@pytest.fixture(scope="module")
def index(records: list[Record]) -> MatchIndex:
    return MatchIndex.build(records)


@pytest.fixture(scope="module")
def lists_network(store: tuple[duckdb.DuckDBPyConnection, Path], index: MatchIndex) -> Network:
    """The network of the lists alone (kept as the store's snapshot)."""
    con = store[0]
    rule = NexusRule.load()
    network = compute(con, rule=rule, index=index)
    save(con, network, snapshot_key(con, rule))
    return network


@pytest.fixture(scope="module")
def user_network(
    store: tuple[duckdb.DuckDBPyConnection, Path],
    records: list[Record],
    index: MatchIndex,
    lists_network: Network,
) -> Network:
    """The lists plus the user file with an undesignated forwarder between a DPRK and a Russian firm."""
    con = store[0]
    result = load_file(con, FIXTURE, EntityResolver(records, index=index))
    assert not result.skipped
    return compute(con, index=index)


def _uk_rows_with(lists_dir: Path, needle: str) -> list[str]:
    book = openpyxl.load_workbook(lists_dir / "uk-ofsi" / "ConList-2025-04-14.xlsx", read_only=True)
    rows = [
        " | ".join(str(v) for v in row if v is not None)
        for row in book["Data"].iter_rows(values_only=True)
        if any(v is not None and needle in str(v) for v in row)
    ]
    book.close()
    return rows


def _one_hop_to(network: Network, start: int, record_id: str) -> list[dict[str, str]]:
    """The evidence of the one-hop path from ``start`` to the node holding ``record_id``."""
    goal = network.lookup[record_id]
    for path in shortest_paths(network, start, max_hops=1):
        if path.nodes[-1] == goal:
            return path_dict(network, path)["path"][0]["edges"]
    return []


def test_sam_jong_2_reaches_kpe_064_in_one_hop_by_imo(lists_network: Network, lists_dir: Path) -> None:
    rows = _uk_rows_with(lists_dir, SAM_JONG_2_IMO)
    assert rows and all("KPe.064" in row and "SAM JONG 2" in row.upper() for row in rows)
    starts = find(lists_network, SAM_JONG_2_IMO)
    assert starts
    evidence = [e for s in starts for e in _one_hop_to(lists_network, s.index, "un-KPe.064")]
    assert evidence, [lists_network.nodes[s.index].id for s in starts]
    asset = [e for e in evidence if e["kind"] == "asset_of"]
    assert asset and "KPe.064" in asset[0]["text"] and asset[0]["found_by"] == "id"
    assert asset[0]["release"].startswith("uk-ofsi 2025-04-14")


def test_sam_jong_2_reaches_kpe_064_in_one_hop_by_name(lists_network: Network, index: MatchIndex) -> None:
    starts = find(lists_network, "SAM JONG 2", index)
    assert any(_one_hop_to(lists_network, s.index, "un-KPe.064") for s in starts)


def _linked_to_pairs(lists_dir: Path) -> set[tuple[str, str]]:
    """Distinct (entity number, folded target) of every "Linked To:" in the current OFAC lists."""
    pairs = set()
    for name in OFAC_FILES:
        with (lists_dir / "us-ofac" / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                for m in re.finditer(r"Linked To:\s*([^;]*)", row[11] if len(row) > 11 else ""):
                    target = m.group(1).strip().rstrip(".)").strip().casefold()
                    pairs.add((row[0].strip(), " ".join(target.split())))
    return pairs


def test_ofac_linked_to_edges_resolve(lists_network: Network, lists_dir: Path) -> None:
    expected = _linked_to_pairs(lists_dir)
    counts = lists_network.links.counts["linked_to"]
    assert sum(counts.values()) == len(expected)
    resolved = counts["same-file name"] + counts["name"]
    unresolved = [u for u in lists_network.links.unresolved if u[1] == "linked_to"]
    print(f"\nOFAC Linked To: {resolved} of {len(expected)} resolve ({dict(counts)}); unresolved:")
    for record_id, _kind, name, why in unresolved:
        print(f"  {record_id}: {name!r} ({why})")
    assert len(unresolved) == len(expected) - resolved
    assert resolved / len(expected) >= 0.99
    # Every resolved edge joins the record that states it to a designated node.
    for edge in lists_network.edges:
        if edge.kind == "linked_to" and edge.found_by != "unlisted name":
            assert lists_network.nodes[edge.target].designated


def test_snapshot_reload_is_the_same_network(
    store: tuple[duckdb.DuckDBPyConnection, Path], lists_network: Network
) -> None:
    again = load_network(store[0])  # before any user file is loaded (the tests below load one)
    assert [n.id for n in again.nodes] == [n.id for n in lists_network.nodes]
    assert len(again.edges) == len(lists_network.edges)


def test_candidates_on_the_lists_have_reasons(lists_network: Network) -> None:
    for regime in ("dprk", "russia"):
        ranked = candidates(lists_network, regime=regime, limit=20)
        assert ranked, regime
        for rank, candidate in enumerate(ranked, start=1):
            row = candidate_dict(lists_network, candidate, rank)
            assert not row["designated_by"] and row["reasons"]
            for reason in row["reasons"]:
                assert reason["designated_by"] and regime in reason["regimes"] and reason["edges"]
        scores = [c.score for c in ranked]
        assert scores == sorted(scores, reverse=True)


def test_intermediary_ranks_first_among_nexus_candidates(user_network: Network) -> None:
    ranked = candidates(user_network, regime="nexus")
    top = candidate_dict(user_network, ranked[0], 1)
    assert top["id"] == "r-bridge" and top["bridges_dprk_russia"]
    reached = {r["designated"]: r["designated_by"] for r in top["reasons"]}
    # The user's Korea Samjong (IMO company number 5954061) is the UN's KPe.064 target; the
    # user's Sakhalin Shipping (registration 1026501017828) is OFAC's Russia-programme record.
    assert "un" in reached[user_network.node("un-KPe.064").id]
    assert reached[user_network.node("r-sasco").id] == {"us-ofac": ["RUSSIA-EO14024"]}


def test_cli_candidates_json(
    store: tuple[duckdb.DuckDBPyConnection, Path], user_network: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    _con, path = store
    monkeypatch.setenv("NODEWATCH_DB", str(path))
    result = CliRunner().invoke(app, ["candidates", "--regime", "nexus", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows[0]["id"] == "r-bridge" and rows[0]["reasons"]
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))


def test_hubs_and_export_of_the_dprk_network(lists_network: Network) -> None:
    result = hubs_dict(lists_network, hubs(lists_network, "dprk"), top=10)
    assert result["designated"] > 300 and len(result["hubs"]) == 10
    assert all(row["designations"] or row["kind"] == "mention" for row in result["hubs"])
    around = lists_network.around(lists_network.lookup["un-KPe.064"], 2)
    nodes, edges = select(lists_network, around)
    out = BytesIO()
    write_gexf(lists_network, nodes, edges, out)
    root = ET.fromstring(out.getvalue())
    ns = {"g": "http://gexf.net/1.3"}
    assert len(root.findall(".//g:node", ns)) == len(nodes) and len(root.findall(".//g:edge", ns)) == len(
        edges
    )
    ids = {n.get("id") for n in root.findall(".//g:node", ns)}
    assert {"un-KPe.064", *[lists_network.nodes[lists_network.lookup[r]].id for r in ("uk-13651",)]} <= ids
