"""A target's neighbourhood as Cytoscape.js elements (what /graph/{id} serves and the entity page draws).

Nodes are targets, edges the links their lists state (owner, asset of, director, family,
associate, "linked to"), walked breadth-first from the centre up to ``hops`` and cut at
``max_nodes`` so a hub cannot flood a browser.
"""

from __future__ import annotations

from typing import Any

from nodewatch.analysis.targets import Target
from nodewatch.api.snapshot import Snapshot


def _node(snapshot: Snapshot, target: Target, depth: int) -> dict[str, Any]:
    authorities = sorted(target.listings)
    return {
        "data": {
            "id": target.id,
            "label": target.name,
            "schema": target.schema,
            "authorities": authorities,
            "designations": len(authorities),
            "nexus": bool(snapshot.coverage.nexus.get(target.id)),
            "depth": depth,
        }
    }


def neighbourhood(snapshot: Snapshot, center: Target, hops: int, max_nodes: int) -> dict[str, Any]:
    neighbours = snapshot.coverage.neighbours
    depth = {center.id: 0}
    order = [center]
    frontier = [center]
    truncated = False
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for level in range(1, hops + 1):
        following: list[Target] = []
        for node in frontier:
            for kind, other in neighbours.get(node.id, []):
                if other.id not in depth:
                    if len(order) >= max_nodes:
                        truncated = True
                        continue
                    depth[other.id] = level
                    order.append(other)
                    following.append(other)
                a, b = sorted((node.id, other.id))
                edges.setdefault(
                    (a, b, kind),
                    {
                        "data": {
                            "id": f"{a}|{b}|{kind}",
                            "source": node.id,
                            "target": other.id,
                            "relation": kind,
                        }
                    },
                )
        frontier = following
    return {
        "center": center.id,
        "hops": hops,
        "truncated": truncated,
        "elements": {
            "nodes": [_node(snapshot, t, depth[t.id]) for t in order],
            "edges": [
                e for e in edges.values() if e["data"]["source"] in depth and e["data"]["target"] in depth
            ],
        },
    }
