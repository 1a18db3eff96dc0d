"""The network on a small list of our own (tests/fixtures/network/sdn.csv) and a user FtM file
that puts an undesignated freight forwarder between a DPRK and a Russian designated company."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import duckdb
import orjson
import pytest
from followthemoney import model
from typer.testing import CliRunner

import nodewatch.cli.network  # noqa: F401  (registers the commands)
from nodewatch.analysis.graph_candidates import Weights, candidate_dict, candidates
from nodewatch.analysis.graph_export import select, write_cytoscape, write_ftm, write_gexf, write_graphml
from nodewatch.analysis.graph_hubs import hubs, hubs_dict
from nodewatch.analysis.graph_paths import find, path_dict, shortest_paths
from nodewatch.analysis.graph_snapshot import load_network, snapshot_key
from nodewatch.analysis.graph_user import EntityResolver, load_file
from nodewatch.analysis.network import Network
from nodewatch.analysis.nexus import NexusRule
from nodewatch.cli import app
from nodewatch.match import MatchIndex
from nodewatch.store import connect
from nodewatch.store.ingest import ingest_path
from nodewatch.store.records import current_records

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "network"
FTM = FIXTURES / "intermediary.ftm.json"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[duckdb.DuckDBPyConnection, Path]]:
    path = tmp_path / "store.duckdb"
    con = connect(path)
    ingest_path(con, FIXTURES / "sdn.csv")
    yield con, path
    con.close()


@pytest.fixture
def loaded(store: tuple[duckdb.DuckDBPyConnection, Path]) -> duckdb.DuckDBPyConnection:
    con, _ = store
    load_file(con, FTM, EntityResolver(list(current_records(con))))
    return con


def test_load_skips_bad_lines_with_their_numbers(store: tuple[duckdb.DuckDBPyConnection, Path]) -> None:
    con, _ = store
    result = load_file(con, FTM, EntityResolver(list(current_records(con))))
    # Lines 10-13 and 15 of the fixture are broken on purpose (14 is blank).
    assert [line for line, _ in result.skipped] == [10, 11, 12, 13, 15]
    assert "Kompany" in result.skipped[1][1]
    assert "colour" in result.skipped[3][1]
    assert (result.entities, result.relations) == (5, 4)
    stored = con.execute("SELECT count(*) FROM graph_entities").fetchall()[0][0]
    assert stored == 9


def test_load_resolves_identifier_first_then_name(store: tuple[duckdb.DuckDBPyConnection, Path]) -> None:
    con, _ = store
    result = load_file(con, FTM, EntityResolver(list(current_records(con))))
    found = {entity: (record, method) for entity, record, method, _s, _d in result.matches}
    # "Example Trade LLC" shares registration 1234567890123 with OOO EXAMPLE TRADE (ofac-901);
    # "Korea Example Shipping Co." has only its name; the forwarder resolves to nothing.
    assert found == {"u-trade": ("ofac-901", "identifier"), "u-kes": ("ofac-900", "name")}


def test_load_is_all_or_nothing_and_not_repeated(store: tuple[duckdb.DuckDBPyConnection, Path]) -> None:
    con, _ = store
    resolver = EntityResolver(list(current_records(con)))
    first = load_file(con, FTM, resolver)
    again = load_file(con, FTM, resolver)
    assert again.already_loaded and again.load_id == first.load_id
    assert con.execute("SELECT count(*) FROM graph_loads").fetchall()[0][0] == 1


def test_network_nodes_edges_and_evidence(loaded: duckdb.DuckDBPyConnection) -> None:
    network = load_network(loaded)
    # The user company with OOO EXAMPLE TRADE's registration is that target's node.
    assert network.node("u-trade") is network.node("ofac-901")
    assert network.node("u-kes") is network.node("ofac-900")
    # The vessel's "Linked To" reaches its company by the same-file name; its owner is cited only.
    vessel = network.lookup["ofac-902"]
    edges = network.edges_between(vessel, network.lookup["ofac-900"])
    assert [(e.kind, e.found_by, e.origin) for e in edges] == [("linked_to", "same-file name", "ofac-902")]
    owner = network.node("name:example owner ltd")
    assert owner.kind == "mention" and not owner.designated
    assert network.links.counts["owner"]["unlisted name"] == 1
    assert ("ofac-904", "linked_to", "NOBODY LISTED ANYWHERE") in [r[:3] for r in network.links.unresolved]
    user_edge = network.edges_between(network.lookup["u-bridge"], network.lookup["ofac-901"])
    assert user_edge[0].kind == "Ownership" and "line 7" in user_edge[0].origin


def test_candidates_intermediary_first(loaded: duckdb.DuckDBPyConnection) -> None:
    network = load_network(loaded)
    ranked = candidates(network, regime="nexus")
    top = candidate_dict(network, ranked[0], 1)
    assert top["id"] == "u-bridge" and top["bridges_dprk_russia"]
    assert {r["designated"] for r in top["reasons"]} == {"ofac-900", "ofac-901"}
    assert all(r["designated_by"] == {"us-ofac": r["designated_by"]["us-ofac"]} for r in top["reasons"])
    # The director of the Russian company is tied to one side only: not a nexus candidate,
    # but a Russia-regime one, ranked below the forwarder.
    assert "u-director" not in {network.nodes[c.index].id for c in ranked}
    russia = [network.nodes[c.index].id for c in candidates(network, regime="russia")]
    assert russia.index("u-bridge") < russia.index("u-director")


def test_candidate_score_follows_the_documented_formula(loaded: duckdb.DuckDBPyConnection) -> None:
    network = load_network(loaded)
    weights = Weights.load()
    bridge = next(c for c in candidates(network, regime="nexus") if network.nodes[c.index].id == "u-bridge")
    # Representation (0.8) to KES and Ownership (1.0) to EXAMPLE TRADE, each designated by one
    # authority: (1.0 / 1 + 0.8 / 2) × bridge 2.0.
    expected = (weights.kinds["Ownership"] + weights.kinds["Representation"] / 2) * weights.bridge
    assert bridge.score == pytest.approx(expected)


def test_candidates_for_an_authority_include_others_designations(loaded: duckdb.DuckDBPyConnection) -> None:
    network = load_network(loaded)
    # Nobody but OFAC designates here, so for "uk" nothing is an anchor.
    assert candidates(network, regime="nexus", authority="uk") == []


def test_paths_by_id_imo_and_name(loaded: duckdb.DuckDBPyConnection) -> None:
    network = load_network(loaded)
    by_imo = find(network, "IMO 9000003")
    assert [network.nodes[s.index].id for s in by_imo] == ["ofac-902"]
    paths = shortest_paths(network, network.lookup["u-bridge"], max_hops=2)
    reached = {network.nodes[p.nodes[-1]].id: p.hops for p in paths}
    assert reached["ofac-900"] == 1 and reached["ofac-901"] == 1
    assert reached["ofac-902"] == 2 and reached["ofac-903"] == 2
    hop = path_dict(network, paths[0])["path"][0]
    assert hop["edges"] and {"stated_by", "release", "found_by"} <= set(hop["edges"][0])
    index = MatchIndex.build(current_records(loaded))
    by_name = find(network, "Example Star", index)
    assert network.nodes[by_name[0].index].id == "ofac-902"
    assert find(network, "Amur Bridge Freight Forwarding")[0].index == network.lookup["u-bridge"]


def test_hubs_and_communities(loaded: duckdb.DuckDBPyConnection) -> None:
    network = load_network(loaded)
    result = hubs_dict(network, hubs(network, "nexus"))
    ids = {row["id"] for row in result["hubs"]}
    assert "u-bridge" in ids and "ofac-904" not in ids
    assert result["hubs"][0]["betweenness"] > 0
    members = [m for group in result["communities"] for m in group["members"]]
    assert all("designations" in m for m in members)


def _export(network: Network, con: duckdb.DuckDBPyConnection, writer, around=None) -> bytes:  # type: ignore[no-untyped-def]
    out = BytesIO()
    nodes, edges = select(network, around)
    writer(network, nodes, edges, out, con)
    return out.getvalue()


def test_exports_round_trip(loaded: duckdb.DuckDBPyConnection) -> None:
    network = load_network(loaded)
    gexf = ET.fromstring(_export(network, loaded, write_gexf))
    ns = {"g": "http://gexf.net/1.3"}
    assert len(gexf.findall(".//g:node", ns)) == len(network.nodes)
    assert len(gexf.findall(".//g:edge", ns)) == len(network.edges)
    graphml = ET.fromstring(_export(network, loaded, write_graphml))
    ns = {"m": "http://graphml.graphdrawing.org/xmlns"}
    assert len(graphml.findall(".//m:edge", ns)) == len(network.edges)
    cyto = json.loads(_export(network, loaded, write_cytoscape))
    node_ids = {n["data"]["id"] for n in cyto["elements"]["nodes"]}
    assert all(e["data"]["source"] in node_ids for e in cyto["elements"]["edges"])
    entities = [orjson.loads(line) for line in _export(network, loaded, write_ftm).splitlines()]
    for entity in entities:
        assert model.get_proxy(entity).schema is not None
    ids = {e["id"] for e in entities}
    for entity in entities:
        schema = model.get(entity["schema"])
        if schema is not None and schema.edge:
            for end in (schema.source_prop, schema.target_prop):
                assert end is not None
                assert set(entity["properties"][end.name]) <= ids, entity


def test_export_neighbourhood(loaded: duckdb.DuckDBPyConnection) -> None:
    network = load_network(loaded)
    around = network.around(network.lookup["ofac-902"], 1)
    nodes, edges = select(network, around)
    assert {network.nodes[i].id for i in nodes} == {
        "ofac-902",
        "ofac-900",
        network.node("name:example owner ltd").id,
    }
    assert len(edges) == 2


def test_snapshot_is_reused_and_renewed(store: tuple[duckdb.DuckDBPyConnection, Path]) -> None:
    con, _ = store
    rule = NexusRule.load()
    before = snapshot_key(con, rule)
    first = load_network(con)
    assert snapshot_key(con, rule) == before  # keeping the snapshot does not change its key
    again = load_network(con)
    assert [n.id for n in again.nodes] == [n.id for n in first.nodes]
    assert [e.evidence() for e in again.edges] == [e.evidence() for e in first.edges]
    load_file(con, FTM, EntityResolver(list(current_records(con))))
    assert snapshot_key(con, rule) != before
    assert "u-bridge" in load_network(con).lookup


def test_cli(
    store: tuple[duckdb.DuckDBPyConnection, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    con, path = store
    con.close()
    monkeypatch.setenv("NODEWATCH_DB", str(path))
    runner = CliRunner()
    result = runner.invoke(app, ["load", str(FTM), "--json"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["candidates", "--regime", "nexus", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows[0]["id"] == "u-bridge" and rows[0]["rank"] == 1
    result = runner.invoke(app, ["paths", "9000003", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["paths"][0]["to"]["id"] == "ofac-900"
    out = tmp_path / "around.gexf"
    result = runner.invoke(
        app, ["export-graph", str(out), "--format", "gexf", "--around", "ofac-902", "--hops", "1"]
    )
    assert result.exit_code == 0, result.output
    assert ET.parse(out).getroot().tag.endswith("gexf")
    result = runner.invoke(app, ["hubs", "--regime", "nexus", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["hubs"][0]["designations"] is not None
    result = runner.invoke(app, ["hubs", "--regime", "dprk"])
    assert result.exit_code == 0 and "KOREA EXAMPLE SHIPPING" in result.output
    result = runner.invoke(app, ["candidates", "--regime", "korea"])
    assert result.exit_code != 0 and "regime" in result.output
