"""The built network kept in the store, so every command does not rebuild it from the records.

Rebuilding means reading every record back from its statements and screening the cited
names (tens of seconds); reading the kept nodes and edges takes a second. The snapshot is
current while its key is: the releases it read, the resolve run, the user files loaded,
the nexus rule and the build version. Anything else changed, it is rebuilt (and kept
again when the store is writable).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from datetime import UTC, date, datetime
from typing import Any

import duckdb
import orjson
import pyarrow as pa

from nodewatch.analysis.graph_links import LinkResolution, fold_name, writable_schema
from nodewatch.analysis.network import Edge, Network, Node, assemble, compute
from nodewatch.analysis.nexus import NexusRule
from nodewatch.store.db import scalar, transaction
from nodewatch.store.history import state

BUILD_VERSION = 4  # bump when what a build produces changes


def snapshot_key(con: duckdb.DuckDBPyConnection, rule: NexusRule) -> str:
    releases = ",".join(str(r.id) for r in sorted(state(con, None), key=lambda r: r.id))
    parts = [f"v{BUILD_VERSION}", f"releases {releases}", f"rule {_fingerprint(rule)}"]
    for label, sql in (
        ("run", "SELECT max(id) FROM resolve_runs"),
        ("loads", "SELECT count(*) || '/' || coalesce(max(id), 0) FROM graph_loads"),
    ):
        try:
            value = scalar(con, sql)
        except duckdb.CatalogException:
            value = None  # a table not made yet: the same as an empty one
        parts.append(f"{label} {value if value not in (None, '0/0') else 'none'}")
    return hashlib.sha256(" | ".join(parts).encode()).hexdigest()[:32]


def _fingerprint(rule: NexusRule) -> str:
    """A digest of the rule that is the same in every process (hash() of text is not)."""
    fields = sorted(
        (name, sorted(value) if isinstance(value, frozenset) else getattr(value, "pattern", value))
        for name, value in vars(rule).items()
    )
    return hashlib.sha256(orjson.dumps(fields)).hexdigest()[:12]


def _summary_json(network: Network) -> str:
    links = network.links
    return orjson.dumps(
        {
            "counts": links.summary(),
            "unresolved": links.unresolved,
            "within_target": links.within_target,
            "user": network.user,
        }
    ).decode()


def _links_from(data: dict[str, Any]) -> LinkResolution:
    links = LinkResolution()
    for kind, counts in data["counts"].items():
        links.counts[kind] = Counter(counts)
    links.unresolved = [tuple(row) for row in data["unresolved"]]
    links.within_target = data["within_target"]
    return links


def save(con: duckdb.DuckDBPyConnection, network: Network, key: str) -> bool:
    """Keep the network (replacing the last one); False when the store is read-only."""
    nodes = network.nodes
    node_table = pa.table(
        {
            "idx": pa.array(range(len(nodes)), pa.int32()),
            "id": [n.id for n in nodes],
            "kind": [n.kind for n in nodes],
            "name": [n.name for n in nodes],
            "schema": [n.schema for n in nodes],
            "records": [list(n.records) for n in nodes],
            "entities": [list(n.entities) for n in nodes],
            "listings": [orjson.dumps(n.listings).decode() for n in nodes],
            "regimes": [sorted(n.regimes) for n in nodes],
            "nexus": [list(n.nexus) for n in nodes],
            "identifiers": [orjson.dumps(n.identifiers).decode() for n in nodes],
        }
    )
    edges = network.edges
    columns: dict[str, list[object]] = defaultdict(list)
    for edge in edges:
        for name in Edge.__slots__:
            columns[name].append(getattr(edge, name))
    edge_table = pa.table(
        {
            name: pa.array(columns[name], pa.int32() if name in ("source", "target") else None)
            for name in Edge.__slots__
        }
        if edges
        else {name: pa.array([], _EDGE_TYPES[name]) for name in Edge.__slots__}
    )
    if not writable_schema(con):
        return False
    with transaction(con, snapshot_nodes=node_table, snapshot_edges=edge_table):
        for table in ("graph_snapshot", "graph_nodes", "graph_edges"):
            con.execute(f"DELETE FROM {table}")
        con.execute(
            "INSERT INTO graph_snapshot VALUES (?, ?, ?)",
            [key, datetime.now(UTC).replace(tzinfo=None), _summary_json(network)],
        )
        con.execute("INSERT INTO graph_nodes SELECT * FROM snapshot_nodes")
        con.execute(f"INSERT INTO graph_edges SELECT {', '.join(Edge.__slots__)} FROM snapshot_edges")
    return True


_EDGE_TYPES = {
    "source": pa.int32(),
    "target": pa.int32(),
    "confidence": pa.float64(),
    **{
        name: pa.string()
        for name in ("kind", "source_ref", "target_ref", "origin", "release", "text", "found_by", "relation")
    },
}


def load(con: duckdb.DuckDBPyConnection, key: str) -> Network | None:
    """The kept network if its key is ``key``, else None."""
    try:
        row = con.execute("SELECT key, summary FROM graph_snapshot").fetchall()
    except duckdb.CatalogException:
        return None
    if not row or row[0][0] != key:
        return None
    nodes: list[Node] = []
    lookup: dict[str, int] = {}
    for idx, id_, kind, name, schema, records, entities, listings, regimes, nexus, identifiers in con.execute(
        "SELECT * FROM graph_nodes ORDER BY idx"
    ).fetchall():
        node = Node(
            id_,
            kind,
            name,
            schema,
            tuple(records),
            tuple(entities),
            {a: tuple(p) for a, p in orjson.loads(listings).items()},
            frozenset(regimes),
            tuple(nexus),
            {p: tuple(v) for p, v in orjson.loads(identifiers).items()},
        )
        nodes.append(node)
        for k in (id_, *records, *entities):
            lookup.setdefault(k, idx)
        if kind == "mention":
            lookup.setdefault("name:" + fold_name(name), idx)
    edges = [
        Edge(*row) for row in con.execute(f"SELECT {', '.join(Edge.__slots__)} FROM graph_edges").fetchall()
    ]
    summary = orjson.loads(row[0][1])
    return assemble(nodes, edges, lookup, _links_from(summary), summary["user"])


def load_network(
    con: duckdb.DuckDBPyConnection,
    at: date | None = None,
    rule: NexusRule | None = None,
    refresh: bool = False,
) -> Network:
    """The current network: the kept one if still current, else built (and kept if writable).

    A network of the lists as they stood on a past date (``at``) is built, never kept."""
    rule = rule or NexusRule.load()
    if at is not None:
        return compute(con, at, rule)
    key = snapshot_key(con, rule)
    if not refresh and (network := load(con, key)) is not None:
        return network
    network = compute(con, None, rule)
    save(con, network, key)
    return network
