"""A node's neighbourhood as Cytoscape.js elements (what /graph/{id} serves and the entity page draws).

The network stage owns the graph and its Cytoscape export; this module only picks the
nodes around a centre, breadth-first up to ``hops`` and at most ``max_nodes`` (so a hub
cannot flood a browser), and adds what the drawing needs: each node's distance from the
centre and how many authorities designate it.
"""

from __future__ import annotations

import io
from typing import Any

import orjson

from nodewatch.analysis.graph_export import select, write_cytoscape
from nodewatch.analysis.network import Network


def around(network: Network, center: int, hops: int, max_nodes: int) -> tuple[dict[int, int], bool]:
    """Node index -> distance from the centre, nearest first; and whether the walk was cut."""
    depth = {center: 0}
    frontier = [center]
    for level in range(1, hops + 1):
        following = []
        for node in frontier:
            for other in network.neighbours(node):
                if other in depth:
                    continue
                if len(depth) >= max_nodes:
                    return depth, True
                depth[other] = level
                following.append(other)
        frontier = following
    return depth, False


def neighbourhood(network: Network, key: str, hops: int, max_nodes: int) -> dict[str, Any]:
    """The elements around a target (or record, or user entity) id; LookupError if unknown."""
    center = network.lookup.get(key)
    if center is None:
        raise LookupError(f"no target, record or user entity {key!r} in the network")
    depth, truncated = around(network, center, hops, max_nodes)
    nodes, edges = select(network, depth)
    buffer = io.BytesIO()
    write_cytoscape(network, nodes, edges, buffer)
    elements = orjson.loads(buffer.getvalue())["elements"]
    for index, element in zip(nodes, elements["nodes"], strict=True):
        node = network.nodes[index]
        element["data"].update(depth=depth[index], designations=len(node.listings))
    return {
        "center": network.nodes[center].id,
        "hops": hops,
        "truncated": truncated,
        "elements": elements,
    }
