"""From any entity to the designated ones: what a query names, and the shortest paths from it.

A query is a node, record or user entity id; an IMO number (``7408873`` or ``IMO 7408873``);
or a name, screened with the matcher against the listed records (and compared, folded,
with the names of user entities and of names the lists cite). Paths are breadth-first over
the undirected graph, so each designated node within ``max_hops`` is reached by one of its
shortest paths; every hop carries all the edges that join its two nodes, with their evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from nodewatch.analysis.graph_links import fold_name
from nodewatch.analysis.network import Network, Node
from nodewatch.match import MatchIndex

_IMO = re.compile(r"^\s*(?:IMO[\s:#-]*)?(\d{7})\s*$", re.I)
QUERY_MATCH_THRESHOLD = 0.80
MAX_START_NODES = 5
QUERY_SCHEMATA = ("LegalEntity", "Vessel", "Airplane")  # a bare name may be any of them


def _named(schema: str, name: str) -> dict[str, Any]:
    return {"schema": schema, "properties": {"name": [name]}}


@dataclass(frozen=True)
class Start:
    index: int
    how: str  # "id", "IMO 7408873", "name 0.97: ..."


@dataclass(frozen=True)
class Path:
    nodes: tuple[int, ...]

    @property
    def hops(self) -> int:
        return len(self.nodes) - 1


def find(network: Network, query: str, index: MatchIndex | None = None) -> list[Start]:
    """The nodes a query names, best first (empty: nothing found)."""
    text = query.strip()
    if text in network.lookup:
        return [Start(network.lookup[text], "id")]
    if imo := _IMO.match(text):
        number = imo.group(1)
        found = network.by_identifier("imoNumber", number)
        return [Start(i, f"IMO {number}") for i in found]
    starts: list[Start] = []
    seen: set[int] = set()
    if index is not None:
        hits = [hit for schema in QUERY_SCHEMATA for hit in index.screen(_named(schema, text), limit=10)]
        for record_id, result in sorted(hits, key=lambda hit: -hit[1].score):
            hit = network.lookup.get(record_id)
            if hit is None or hit in seen or result.score < QUERY_MATCH_THRESHOLD:
                continue
            seen.add(hit)
            starts.append(Start(hit, f"name {result.score:.2f}: {network.nodes[hit].name}"))
    folded = fold_name(text)
    for i, node in enumerate(network.nodes):
        if node.kind != "target" and i not in seen and fold_name(node.name) == folded:
            seen.add(i)
            starts.append(Start(i, f"name equal: {node.name}"))
    return starts[:MAX_START_NODES]


def shortest_paths(network: Network, start: int, max_hops: int = 4, limit: int | None = None) -> list[Path]:
    """One shortest path to each designated node within ``max_hops``, nearest first (then by
    name), at most ``limit`` of them.

    The search goes out one ring at a time (igraph, in C) and stops at the ring that brings
    the ``limit``-th designated node, so a start in a component of millions of nodes costs
    what its near rings cost; only the paths returned are built in Python."""
    goals: list[tuple[int, str, int]] = []
    for depth in range(1, max_hops + 1):
        ring = network.graph.neighborhood(start, order=depth, mindist=depth)
        if not ring:
            break
        goals += [(depth, network.nodes[v].name, v) for v in ring if network.nodes[v].designated]
        if limit is not None and len(goals) >= limit:
            break
    goals.sort()
    chosen = [v for _depth, _name, v in goals[:limit]]
    if not chosen:
        return []
    return [Path(tuple(p)) for p in network.graph.get_shortest_paths(start, to=chosen, output="vpath")]


def node_brief(node: Node) -> dict[str, Any]:
    return {
        "id": node.id,
        "name": node.name,
        "kind": node.kind,
        "schema": node.schema,
        "designations": {a: list(p) for a, p in sorted(node.listings.items())},
    }


def path_dict(network: Network, path: Path) -> dict[str, Any]:
    hops = []
    for a, b in zip(path.nodes, path.nodes[1:], strict=False):
        hops.append(
            {
                "from": network.nodes[a].id,
                "to": node_brief(network.nodes[b]),
                "edges": [e.evidence() for e in network.edges_between(a, b)],
            }
        )
    return {"to": node_brief(network.nodes[path.nodes[-1]]), "hops": path.hops, "path": hops}
