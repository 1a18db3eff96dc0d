"""Hubs and communities of one regime's network.

A regime's network is every node designated under it (for ``nexus``: the nexus targets and
every DPRK- or Russia-regime target) plus the nodes one hop from them, so the undesignated
owners and intermediaries between designated nodes are part of it. On that subgraph:
degree, betweenness (how many shortest paths a node carries: the brokers), PageRank (how
central its neighbours are) and communities (Louvain modularity, seeded so a run repeats).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import igraph

from nodewatch.analysis.graph_paths import node_brief
from nodewatch.analysis.network import Network

COMMUNITY_SEED = 1718


@dataclass
class Hubs:
    members: list[int]  # node indexes of the regime network
    degree: list[int]
    betweenness: list[float]
    pagerank: list[float]
    community: list[int]

    def ranked(self) -> list[int]:
        """Positions in ``members``, most central first (PageRank, then betweenness)."""
        return sorted(range(len(self.members)), key=lambda i: (-self.pagerank[i], -self.betweenness[i]))


def regime_members(network: Network, regime: str | None, hops: int = 1) -> list[int]:
    seeds = [i for i, n in enumerate(network.nodes) if n.in_regime(regime)]
    if hops <= 0 or not seeds:
        return seeds
    reached = network.graph.neighborhood(seeds, order=hops)
    return sorted({i for group in reached for i in group})


def hubs(network: Network, regime: str | None, hops: int = 1) -> Hubs:
    members = regime_members(network, regime, hops)
    sub = network.graph.induced_subgraph(members)
    if sub.vcount() == 0:
        return Hubs([], [], [], [], [])
    igraph.set_random_number_generator(random.Random(COMMUNITY_SEED))
    try:
        communities = sub.community_multilevel().membership
    finally:
        igraph.set_random_number_generator(random)
    return Hubs(
        members,
        sub.degree(),
        sub.betweenness(directed=False),
        sub.pagerank(directed=False),
        communities,
    )


def hubs_dict(network: Network, result: Hubs, top: int = 25, communities: int = 10) -> dict[str, Any]:
    order = result.ranked()

    def row(i: int) -> dict[str, Any]:
        return {
            **node_brief(network.nodes[result.members[i]]),
            "degree": result.degree[i],
            "betweenness": round(result.betweenness[i], 2),
            "pagerank": round(result.pagerank[i], 6),
            "community": result.community[i],
        }

    groups: dict[int, list[int]] = {}
    for i in order:
        groups.setdefault(result.community[i], []).append(i)
    biggest = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    designated = sum(1 for m in result.members if network.nodes[m].designated)
    return {
        "nodes": len(result.members),
        "designated": designated,
        "hubs": [row(i) for i in order[:top]],
        "communities": [
            {
                "community": cid,
                "size": len(group),
                "designated": sum(1 for i in group if network.nodes[result.members[i]].designated),
                "members": [row(i) for i in group],
            }
            for cid, group in biggest[:communities]
            if len(group) > 1
        ],
    }
