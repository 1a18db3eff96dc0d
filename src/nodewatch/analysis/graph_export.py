"""The network written out for other tools: GEXF (Gephi), GraphML, Cytoscape.js JSON and FtM.

Writers stream node by node and edge by edge to a binary handle, so a graph of millions of
edges is never built twice in memory. Edges keep their evidence as attributes (kind, who
stated it, in which release, how its far end was found). In FtM, each list record is
written with its Sanction entities, cited names as LegalEntity, user entities as loaded,
and every edge as the FtM relation its kind means (``data/graph_relations.toml``).
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

import duckdb
import orjson
from followthemoney import model

from nodewatch.analysis.graph_user import load_user_data
from nodewatch.analysis.network import Edge, Network, Node
from nodewatch.store.history import state
from nodewatch.store.records import records_of

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

NODE_ATTRIBUTES = ("kind", "schema", "designated", "authorities", "programmes", "regimes", "nexus", "records")
EDGE_ATTRIBUTES = ("kind", "stated_by", "release", "found_by", "confidence", "text")


def node_values(node: Node) -> dict[str, str]:
    return {
        "kind": node.kind,
        "schema": node.schema,
        "designated": "true" if node.designated else "false",
        "authorities": ";".join(sorted(node.listings)),
        "programmes": ";".join(sorted({p for ps in node.listings.values() for p in ps})),
        "regimes": ";".join(sorted(node.regimes)),
        "nexus": "true" if node.nexus else "false",
        "records": ";".join(node.records + node.entities),
    }


def edge_values(edge: Edge) -> dict[str, str]:
    return {
        "kind": edge.kind,
        "stated_by": edge.origin,
        "release": edge.release,
        "found_by": edge.found_by,
        "confidence": f"{edge.confidence:.3f}",
        "text": edge.text,
    }


def select(network: Network, around: Iterable[int] | None = None) -> tuple[list[int], list[int]]:
    """Node and edge indexes of the whole graph, or of the nodes given and the edges among them."""
    if around is None:
        return list(range(len(network.nodes))), list(range(len(network.edges)))
    nodes = sorted(set(around))
    inside = set(nodes)
    edges = [i for i, e in enumerate(network.edges) if e.source in inside and e.target in inside]
    return nodes, edges


def _attr(value: str) -> str:
    return quoteattr(_XML_BAD.sub("", value))


def write_gexf(
    network: Network,
    nodes: list[int],
    edges: list[int],
    out: IO[bytes],
    con: duckdb.DuckDBPyConnection | None = None,
) -> None:
    def lines() -> Iterator[str]:
        yield '<?xml version="1.0" encoding="UTF-8"?>\n'
        yield '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n'
        yield "<meta><creator>nodewatch</creator><description>sanctions network</description></meta>\n"
        yield '<graph defaultedgetype="directed" mode="static">\n'
        for cls, names in (("node", NODE_ATTRIBUTES), ("edge", EDGE_ATTRIBUTES)):
            yield f'<attributes class="{cls}">\n'
            for i, name in enumerate(names):
                yield f'<attribute id="{i}" title="{name}" type="string"/>\n'
            yield "</attributes>\n"
        yield "<nodes>\n"
        for i in nodes:
            node = network.nodes[i]
            values = node_values(node)
            yield f"<node id={_attr(node.id)} label={_attr(node.name)}><attvalues>"
            yield "".join(
                f'<attvalue for="{k}" value={_attr(values[n])}/>' for k, n in enumerate(NODE_ATTRIBUTES)
            )
            yield "</attvalues></node>\n"
        yield "</nodes>\n<edges>\n"
        for i in edges:
            edge = network.edges[i]
            values = edge_values(edge)
            source, target = network.nodes[edge.source].id, network.nodes[edge.target].id
            yield (
                f'<edge id="e{i}" source={_attr(source)} target={_attr(target)} '
                f"kind={_attr(edge.kind)} label={_attr(edge.kind)}><attvalues>"
            )
            yield "".join(
                f'<attvalue for="{k}" value={_attr(values[n])}/>' for k, n in enumerate(EDGE_ATTRIBUTES)
            )
            yield "</attvalues></edge>\n"
        yield "</edges>\n</graph>\n</gexf>\n"

    _write_lines(lines(), out)


def write_graphml(
    network: Network,
    nodes: list[int],
    edges: list[int],
    out: IO[bytes],
    con: duckdb.DuckDBPyConnection | None = None,
) -> None:
    def lines() -> Iterator[str]:
        yield '<?xml version="1.0" encoding="UTF-8"?>\n'
        yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
        yield '<key id="n_label" for="node" attr.name="label" attr.type="string"/>\n'
        for name in NODE_ATTRIBUTES:
            yield f'<key id="n_{name}" for="node" attr.name="{name}" attr.type="string"/>\n'
        for name in EDGE_ATTRIBUTES:
            yield f'<key id="e_{name}" for="edge" attr.name="{name}" attr.type="string"/>\n'
        yield '<graph id="nodewatch" edgedefault="directed">\n'
        for i in nodes:
            node = network.nodes[i]
            values = node_values(node)
            yield f'<node id={_attr(node.id)}><data key="n_label">{_text(node.name)}</data>'
            yield "".join(f'<data key="n_{n}">{_text(values[n])}</data>' for n in NODE_ATTRIBUTES)
            yield "</node>\n"
        for i in edges:
            edge = network.edges[i]
            values = edge_values(edge)
            source, target = network.nodes[edge.source].id, network.nodes[edge.target].id
            yield f'<edge id="e{i}" source={_attr(source)} target={_attr(target)}>'
            yield "".join(f'<data key="e_{n}">{_text(values[n])}</data>' for n in EDGE_ATTRIBUTES)
            yield "</edge>\n"
        yield "</graph>\n</graphml>\n"

    _write_lines(lines(), out)


def _text(value: str) -> str:
    return escape(_XML_BAD.sub("", value))


def _write_lines(lines: Iterable[str], out: IO[bytes]) -> None:
    buffer: list[str] = []
    for line in lines:
        buffer.append(line)
        if len(buffer) >= 2048:
            out.write("".join(buffer).encode("utf-8"))
            buffer.clear()
    out.write("".join(buffer).encode("utf-8"))


def write_cytoscape(
    network: Network,
    nodes: list[int],
    edges: list[int],
    out: IO[bytes],
    con: duckdb.DuckDBPyConnection | None = None,
) -> None:
    """Cytoscape.js elements JSON: ``{"elements": {"nodes": [{"data": …}], "edges": [...]}}``."""
    data = {
        "elements": {
            "nodes": [
                {
                    "data": {
                        "id": network.nodes[i].id,
                        "label": network.nodes[i].name,
                        **node_values(network.nodes[i]),
                    }
                }
                for i in nodes
            ],
            "edges": [
                {
                    "data": {
                        "id": f"e{i}",
                        "source": network.nodes[network.edges[i].source].id,
                        "target": network.nodes[network.edges[i].target].id,
                        **edge_values(network.edges[i]),
                    }
                }
                for i in edges
            ],
        }
    }
    out.write(orjson.dumps(data))


@cache
def _relations() -> dict[str, tuple[str, str, str]]:
    """Link kind -> (FtM schema, property of the stating side, property of the far side)."""
    text = resources.files(__package__).joinpath("data/graph_relations.toml").read_text("utf-8")
    raw = tomllib.loads(text)
    return {kind: (v["schema"], v["stating"], v["other"]) for kind, v in raw["relations"].items()}


def relation_entity(edge: Edge) -> dict[str, Any]:
    """The FtM relation entity of a list edge (user relations are written as loaded)."""
    schema, stating, other = _relations().get(edge.kind, _relations()["default"])
    digest = hashlib.blake2b(
        f"{edge.origin}\x1f{edge.kind}\x1f{edge.source_ref}\x1f{edge.target_ref}".encode(), digest_size=8
    ).hexdigest()
    proxy = model.make_entity(schema)
    proxy.id = f"nw-edge-{digest}"
    proxy.add(stating, edge.source_ref)
    proxy.add(other, edge.target_ref)
    if proxy.schema.get("role") is not None:
        proxy.add("role", edge.kind)
    proxy.add("summary", edge.text or None)
    proxy.add("description", f"stated by {edge.origin} in {edge.release}; far end found by {edge.found_by}")
    return proxy.to_dict()


def ftm_entities(
    network: Network, nodes: list[int], edges: list[int], con: duckdb.DuckDBPyConnection
) -> Iterator[dict[str, Any]]:
    """The FtM entities of a selection: records with their Sanctions, user entities, relations."""
    wanted = {r for i in nodes for r in network.nodes[i].records}
    for record in records_of(con, state(con, None), ids=wanted):
        for entity in record.to_entities():
            if entity.schema.name == "Sanction" or entity.id == record.id:
                yield entity.to_dict()
    user = load_user_data(con)
    for i in nodes:
        node = network.nodes[i]
        for entity_id in node.entities:
            yield user.entities[entity_id].to_ftm()
        if node.kind == "mention":
            proxy = model.make_entity(node.schema)
            proxy.id = node.id
            proxy.add("name", node.name)
            yield proxy.to_dict()
    written: set[str] = set()
    for i in edges:
        edge = network.edges[i]
        if not edge.relation:
            yield relation_entity(edge)
        elif edge.relation not in written:
            written.add(edge.relation)
            yield user.entities[edge.relation].to_ftm()


def write_ftm(
    network: Network,
    nodes: list[int],
    edges: list[int],
    out: IO[bytes],
    con: duckdb.DuckDBPyConnection | None = None,
) -> None:
    if con is None:
        raise ValueError("FtM export reads the records from the store: pass a connection")
    for entity in ftm_entities(network, nodes, edges, con):
        out.write(orjson.dumps(entity) + b"\n")


WRITERS = {"gexf": write_gexf, "graphml": write_graphml, "cytoscape": write_cytoscape, "ftm": write_ftm}
