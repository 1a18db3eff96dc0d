"""Plain-dict views of targets and records, shared by the JSON endpoints and the web pages."""

from __future__ import annotations

from typing import Any

from nodewatch.analysis.targets import Target
from nodewatch.api.snapshot import Snapshot
from nodewatch.model.record import Record


def record_view(record: Record) -> dict[str, Any]:
    return {
        "id": record.id,
        "authority": record.authority,
        "schema": record.schema,
        "names": [n.to_dict() for n in record.names],
        "properties": record.properties,
        "dates": [{"prop": prop, **value.to_dict()} for prop, value in record.dates],
        "sanctions": [s.to_dict() for s in record.sanctions],
        "links": [link.to_dict() for link in record.links],
        "notes": record.notes,
    }


def neighbour_views(snapshot: Snapshot, target: Target) -> list[dict[str, Any]]:
    """The nodes the network joins to this target, each with the relations and their evidence."""
    network = snapshot.network
    index = network.lookup.get(target.id)
    if index is None:
        return []
    out = []
    for other in network.neighbours(index):
        node = network.nodes[other]
        edges = network.edges_between(index, other)
        out.append(
            {
                "id": node.id,
                "name": node.name,
                "schema": node.schema,
                "kind": node.kind,
                "relation": ", ".join(sorted({e.kind for e in edges})),
                "authorities": sorted(node.listings),
                "evidence": [e.evidence() for e in edges],
            }
        )
    return sorted(out, key=lambda n: (not n["authorities"], n["name"]))


def target_view(snapshot: Snapshot, target: Target) -> dict[str, Any]:
    return {
        "target": snapshot.coverage.row(target),
        "listings": {a: listing.to_dict() for a, listing in sorted(target.listings.items())},
        "records": [record_view(r) for r in sorted(target.records, key=lambda r: r.id)],
        "neighbours": neighbour_views(snapshot, target),
    }
