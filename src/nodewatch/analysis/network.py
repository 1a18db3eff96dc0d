"""The network: resolved targets and user entities, joined by the relations lists and users state.

Nodes are the targets of the newest resolve run (a record no run clustered stands alone),
the user's FtM entities that did not resolve onto a target, and the names that lists cite
but no list holds ("Vess_owner: X", "Linked To: X" for an unlisted X): those are the
undesignated owners and intermediaries the candidate ranking is for. Every edge keeps
where it was stated: the record and release of a list link, or the user file and line of a
FtM relation, and how its far end was found (an id the list gave, or a matched name).

The algorithms run on an igraph graph (C: compact, fast betweenness, PageRank and
communities; ``bench/graph.py`` measured it against networkx and rustworkx). Edges stay a
Python list beside it for their evidence; ``pairs`` maps each joined pair of nodes to its
edges, so a path hop can cite all of them.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb
import igraph

from nodewatch.analysis.coverage import neighbours_of
from nodewatch.analysis.graph_links import (
    LinkResolution,
    ListEdge,
    fold_name,
    list_edges,
)
from nodewatch.analysis.graph_user import UserData, load_user_data
from nodewatch.analysis.nexus import Neighbour, NexusRule, reasons
from nodewatch.analysis.targets import Target, load_targets
from nodewatch.match import MatchIndex
from nodewatch.match.entity import ID_FAMILIES, normalise_id

NODE_KINDS = ("target", "user", "mention")
IDENTIFIER_PROPS = ("imoNumber", "mmsi", "registrationNumber", "innCode", "ogrnCode", "swiftBic", "leiCode")


@dataclass
class Node:
    """One vertex: a listed target, a user entity, or a name a list cites but no list holds."""

    id: str
    kind: str  # target | user | mention
    name: str
    schema: str
    records: tuple[str, ...] = ()  # list records it holds
    entities: tuple[str, ...] = ()  # user entity ids resolved onto it
    listings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # authority -> programmes
    regimes: frozenset[str] = frozenset()
    nexus: tuple[str, ...] = ()  # why it is a DPRK–Russia nexus target (empty: it is not)
    identifiers: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def designated(self) -> bool:
        return bool(self.listings)

    def designated_by(self, authority: str) -> bool:
        return authority in self.listings

    def in_regime(self, regime: str | None) -> bool:
        """Designated under ``regime`` (dprk, russia) or, for ``nexus``, a nexus target or
        designated under either side of it."""
        if regime is None:
            return self.designated
        if regime == "nexus":
            return bool(self.nexus) or bool(self.regimes & {"dprk", "russia"})
        return regime in self.regimes

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "schema": self.schema,
            "records": list(self.records),
            "entities": list(self.entities),
            "designations": {a: list(p) for a, p in sorted(self.listings.items())},
            "regimes": sorted(self.regimes),
            "nexus": list(self.nexus),
        }


@dataclass(frozen=True, slots=True)
class Edge:
    """One stated relation between two nodes, with its evidence."""

    source: int  # node index of the side that states it (the record with the link)
    target: int
    kind: str  # list link kind (linked_to, asset_of, owner ...) or FtM relation schema
    source_ref: str  # record id / user entity id / mention id at each end
    target_ref: str
    origin: str  # the record id or "user file NAME line N" that states it
    release: str  # "us-ofac-sdn 2024-05-03 (release 7)" or the user file name
    text: str  # the text it was read from, or the relation's role
    found_by: str  # how the far end was found: "id", "same-file name", "name 0.93", "unlisted name", ...
    confidence: float = 1.0  # the match score when the far end was found by name, else 1
    relation: str = ""  # the user FtM relation entity it comes from ("" for list links)

    def evidence(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "from": self.source_ref,
            "to": self.target_ref,
            "stated_by": self.origin,
            "release": self.release,
            "text": self.text,
            "found_by": self.found_by,
        }


@dataclass
class Network:
    nodes: list[Node]
    edges: list[Edge]
    graph: igraph.Graph  # undirected, one edge per joined pair (parallel list edges collapsed)
    lookup: dict[str, int]  # node id, record id, user entity id -> node index
    pairs: dict[tuple[int, int], list[int]]  # (low, high) node index -> edge indexes
    links: LinkResolution  # how the lists' links resolved (counts and the unresolved ones)
    user: dict[str, int]  # what the user files brought (summary figures)
    _identifiers: dict[tuple[str, str], list[int]] | None = None

    def node(self, key: str) -> Node:
        index = self.lookup.get(key)
        if index is None:
            raise LookupError(f"no node, record or user entity {key!r}")
        return self.nodes[index]

    def edges_between(self, a: int, b: int) -> list[Edge]:
        return [self.edges[i] for i in self.pairs.get((min(a, b), max(a, b)), ())]

    def neighbours(self, index: int) -> list[int]:
        return list(self.graph.neighbors(index))

    def by_identifier(self, prop: str, value: str) -> list[int]:
        """Nodes holding an identifier (indexed on first use: a query must not scan all nodes)."""
        if self._identifiers is None:
            self._identifiers = defaultdict(list)
            for i, node in enumerate(self.nodes):
                for key, values in node.identifiers.items():
                    for held in values:
                        self._identifiers[(key, held)].append(i)
        return list(self._identifiers.get((prop, identifier(prop, value)), ()))

    def around(self, index: int, hops: int) -> list[int]:
        """Node indexes within ``hops`` of a node (itself included)."""
        return sorted(self.graph.neighborhood(index, order=hops))

    def summary(self) -> dict[str, object]:
        kinds: dict[str, int] = defaultdict(int)
        for node in self.nodes:
            kinds[node.kind] += 1
        edge_kinds: dict[str, int] = defaultdict(int)
        for edge in self.edges:
            edge_kinds[edge.kind] += 1
        return {
            "nodes": len(self.nodes),
            "nodes_by_kind": dict(kinds),
            "designated": sum(1 for n in self.nodes if n.designated),
            "edges": len(self.edges),
            "edges_by_kind": dict(sorted(edge_kinds.items())),
            "joined_pairs": self.graph.ecount(),
            "links": self.links.summary(),
            "links_within_one_target": self.links.within_target,
            "user": self.user,
        }


def identifier(prop: str, value: str) -> str:
    """An identifier as the matcher compares it (``IMO7408873`` -> ``7408873``)."""
    return normalise_id(ID_FAMILIES.get(prop, prop), value)


def target_node(target: Target, nexus_reasons: list[str]) -> Node:
    identifiers: dict[str, set[str]] = defaultdict(set)
    for record in target.records:
        for prop in IDENTIFIER_PROPS:
            identifiers[prop].update(identifier(prop, v) for v in record.properties.get(prop, ()))
    return Node(
        id=target.id,
        kind="target",
        name=target.name,
        schema=target.schema,
        records=tuple(target.record_ids),
        listings={a: listing.programmes for a, listing in target.listings.items()},
        regimes=frozenset(target.regimes),
        nexus=tuple(nexus_reasons),
        identifiers={p: tuple(sorted(v)) for p, v in identifiers.items() if v},
    )


def assemble(
    nodes: list[Node], edges: list[Edge], lookup: dict[str, int], links: LinkResolution, user: dict[str, int]
) -> Network:
    """The network of built (or reloaded) nodes and edges: pairs and the igraph graph."""
    pairs: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, edge in enumerate(edges):
        pairs[(min(edge.source, edge.target), max(edge.source, edge.target))].append(i)
    graph = igraph.Graph(n=len(nodes), edges=list(pairs), directed=False)
    return Network(nodes, edges, graph, lookup, dict(pairs), links, user)


class _Builder:
    """Collects nodes and edges; then hands out the graph."""

    def __init__(self) -> None:
        self.nodes: list[Node] = []
        self.lookup: dict[str, int] = {}
        self.edges: list[Edge] = []
        self.within_target = 0  # links between two records of one target (no edge)

    def add_node(self, node: Node, keys: Iterable[str] = ()) -> int:
        index = len(self.nodes)
        self.nodes.append(node)
        for key in (node.id, *keys):
            self.lookup.setdefault(key, index)
        return index

    def mention(self, name: str, schema: str) -> int:
        """The node of a name a list cites but no list holds (one per folded name)."""
        key = "name:" + fold_name(name)
        index = self.lookup.get(key)
        if index is None:
            digest = hashlib.blake2b(key.encode(), digest_size=6).hexdigest()
            index = self.add_node(Node(f"mention-{digest}", "mention", name, schema), [key])
        return index

    def add_edge(self, edge: Edge) -> None:
        if edge.source == edge.target:
            self.within_target += 1
            return
        self.edges.append(edge)

    def network(self, links: LinkResolution, user: dict[str, int]) -> Network:
        return assemble(self.nodes, self.edges, self.lookup, links, user)


def _nexus_reasons(targets: list[Target], edges: list[ListEdge], rule: NexusRule) -> dict[str, list[str]]:
    """The coverage nexus rule, fed with every list link the network resolved (ids and names)."""
    neighbours: dict[str, list[Neighbour]] = defaultdict(list)
    for target_id, found in neighbours_of(targets).items():
        neighbours[target_id].extend(found)
    by_record = {r.id: t for t in targets for r in t.records}
    for edge in edges:
        a, b = by_record.get(edge.record.id), by_record.get(edge.target_record or "")
        # Links with an id are in neighbours_of already; add those the matcher resolved.
        if a is not None and b is not None and a is not b and edge.found_by.startswith("name "):
            neighbours[a.id].append((edge.link.kind, b))
            neighbours[b.id].append((edge.link.kind, a))
    return {t.id: reasons(t, rule, neighbours.get(t.id, [])) for t in targets}


def compute(
    con: duckdb.DuckDBPyConnection,
    at: date | None = None,
    rule: NexusRule | None = None,
    resolve_names: bool = True,
    index: MatchIndex | None = None,
) -> Network:
    """The network of the lists (as resolved) and every loaded user file, from the records.

    ``index`` is the matcher's index of the current records, if the caller has one (else it
    is built when a cited name needs screening)."""
    targets = load_targets(con, at)
    records = [r for t in targets for r in t.records]
    links = list_edges(con, records, at=at, resolve_names=resolve_names, index=index)
    nexus = _nexus_reasons(targets, links.edges, rule or NexusRule.load())
    builder = _Builder()
    for target in targets:
        builder.add_node(target_node(target, nexus[target.id]), target.record_ids)
    for item in links.edges:
        source = builder.lookup[item.record.id]
        if item.target_record is not None:
            far, target_ref = builder.lookup[item.target_record], item.target_record
        else:
            far = builder.mention(item.link.target_name or "", item.mention_schema)
            target_ref = builder.nodes[far].id
        builder.add_edge(
            Edge(
                source,
                far,
                item.link.kind,
                item.record.id,
                target_ref,
                item.record.id,
                item.release,
                item.link.text,
                item.found_by,
                item.confidence,
            )
        )
    user = load_user_data(con)
    _add_user(builder, user)
    links.edges.clear()  # the edges are the network's now
    links.within_target = builder.within_target
    return builder.network(links, user.summary())


def _add_user(builder: _Builder, user: UserData) -> None:
    """User entities become (or join) nodes; user relations become edges."""
    for entity in user.entities.values():
        if entity.is_relation:
            continue
        record_id = user.matches.get(entity.id)
        if record_id is not None and record_id in builder.lookup:
            index = builder.lookup[record_id]
            node = builder.nodes[index]
            node.entities = (*node.entities, entity.id)
            builder.lookup.setdefault(entity.id, index)
            continue
        node = Node(
            entity.id,
            "user",
            entity.caption,
            entity.schema,
            entities=(entity.id,),
            identifiers={
                p: tuple(identifier(p, v) for v in entity.values(p))
                for p in IDENTIFIER_PROPS
                if entity.values(p)
            },
        )
        builder.add_node(node)
    for entity in user.entities.values():
        if not entity.is_relation:
            continue
        for source_ref, target_ref in entity.ends():
            source, target = builder.lookup.get(source_ref), builder.lookup.get(target_ref)
            if source is None or target is None:
                user.dangling.append((entity.id, source_ref if source is None else target_ref))
                continue
            builder.add_edge(
                Edge(
                    source,
                    target,
                    entity.schema,
                    source_ref,
                    target_ref,
                    f"user file {entity.filename} line {entity.line}",
                    entity.filename,
                    entity.role,
                    "user id",
                    relation=entity.id,
                )
            )
