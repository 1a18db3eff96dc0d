"""Commands for the network: load user FtM data, paths to designated nodes, hubs, candidates, export."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from nodewatch.analysis.coverage import REGIME_FILTERS
from nodewatch.analysis.graph_candidates import Weights, candidate_dict, candidates
from nodewatch.analysis.graph_export import WRITERS, select
from nodewatch.analysis.graph_hubs import hubs, hubs_dict
from nodewatch.analysis.graph_paths import find, path_dict, shortest_paths
from nodewatch.analysis.graph_snapshot import load_network
from nodewatch.analysis.graph_user import EntityResolver, LoadError, load_file
from nodewatch.analysis.network import Network
from nodewatch.cli import app
from nodewatch.cli.common import console, fail, open_store, print_json
from nodewatch.match import MatchIndex
from nodewatch.model.registry import UnknownAuthority, registry
from nodewatch.resolve.run import current_membership
from nodewatch.store.records import current_records

JsonOption = Annotated[bool, typer.Option("--json", help="Print as JSON.")]
RefreshOption = Annotated[
    bool, typer.Option("--refresh", help="Rebuild the network even if the kept one is current.")
]


def _network(refresh: bool = False) -> Network:
    con = open_store()
    try:
        console.print("[dim]loading the network …[/dim]")
        return load_network(con, refresh=refresh)
    finally:
        con.close()


def _bracket(node_id: str) -> str:
    return f"[{node_id}]"


def _regime(value: str | None) -> str | None:
    if value is not None and value not in REGIME_FILTERS:
        raise fail(f"--regime must be one of {', '.join(REGIME_FILTERS)}, got {value!r}")
    return value


def _authority(value: str | None) -> str | None:
    if value is not None:
        try:
            registry().authority(value)
        except UnknownAuthority as exc:
            raise fail(str(exc)) from None
    return value


@app.command("load")
def load(
    files: Annotated[list[Path], typer.Argument(help="FtM JSON lines files (entities and relations).")],
    as_json: JsonOption = False,
) -> None:
    """Load user FtM data (e.g. a registry extract) into the network, resolving it onto listed targets."""
    con = open_store()
    results = []
    try:
        console.print("[dim]indexing the listed records for resolution …[/dim]")
        resolver = EntityResolver(list(current_records(con)), current_membership(con))
        for path in files:
            try:
                results.append(load_file(con, path, resolver))
            except LoadError as exc:
                console.print(f"[red]error:[/red] {exc}")
    finally:
        con.close()
    if as_json:
        print_json([r.to_dict() for r in results])
    for result in results:
        if result.already_loaded:
            console.print(f"{result.filename}: already loaded (load {result.load_id})")
            continue
        console.print(
            f"{result.filename}: load {result.load_id}: {result.entities:,} entities, {result.relations:,} "
            f"relations, {len(result.matches):,} resolved onto listed records, "
            f"{len(result.skipped):,} lines skipped"
        )
        for line, error in result.skipped[:20]:
            console.print(f"  [yellow]line {line}[/yellow]: {error}", highlight=False)
        for entity, record, method, score, detail in result.matches[:20]:
            console.print(f"  {entity} -> {record} ({method} {score:.2f}: {detail})", highlight=False)
    if len(results) < len(files):
        raise typer.Exit(1)


def _name_index(network: Network) -> MatchIndex:
    """The matcher's index over the records of connected nodes (a name query must reach an edge)."""
    held = {
        r for node in network.nodes if network.graph.degree(network.lookup[node.id]) for r in node.records
    }
    con = open_store(read_only=True)
    try:
        return MatchIndex.build(r for r in current_records(con) if r.id in held)
    finally:
        con.close()


@app.command("paths")
def paths(
    query: Annotated[
        str, typer.Argument(help="An id (nw-…, un-KPe.064, ofac-123), an IMO number, or a name.")
    ],
    max_hops: Annotated[int, typer.Option(help="Longest path searched.")] = 4,
    limit: Annotated[int, typer.Option(help="Designated nodes shown per start, nearest first.")] = 25,
    as_json: JsonOption = False,
    refresh: RefreshOption = False,
) -> None:
    """Shortest paths from an entity to designated targets, each hop with its evidence."""
    network = _network(refresh)
    starts = find(network, query)
    if not starts:
        console.print("[dim]not an id or IMO number: screening the name …[/dim]")
        starts = find(network, query, _name_index(network))
    if not starts:
        raise fail(f"nothing in the network matches {query!r}")
    result: list[dict[str, Any]] = []
    for start in starts:
        node = network.nodes[start.index]
        found = shortest_paths(network, start.index, max_hops, limit)
        result.append(
            {
                "start": {**node.to_dict(), "found_by": start.how},
                "designated": node.designated,
                "paths": [path_dict(network, p) for p in found],
            }
        )
    if as_json:
        print_json(result)
        return
    for item in result:
        start_node = item["start"]
        console.print(
            f"[bold]{escape(start_node['name'])}[/bold] {escape(_bracket(start_node['id']))} "
            f"({escape(start_node['found_by'])}); "
            f"designated by: {', '.join(start_node['designations']) or 'none'}",
            highlight=False,
        )
        for path in item["paths"]:
            to = path["to"]
            console.print(
                f"  {path['hops']} hop(s) to {escape(to['name'])} {escape(_bracket(to['id']))} designated by "
                f"{', '.join(to['designations'])}",
                highlight=False,
            )
            for hop in path["path"]:
                for edge in hop["edges"]:
                    console.print(
                        escape(
                            f"    {edge['from']} -{edge['kind']}-> {edge['to']}: {edge['text'][:100]!r} "
                            f"({edge['stated_by']}, {edge['release']}; {edge['found_by']})"
                        ),
                        highlight=False,
                    )
        if not item["paths"]:
            console.print(f"  no designated node within {max_hops} hops")


@app.command("hubs")
def hubs_command(
    regime: Annotated[
        str | None, typer.Option(help="dprk, russia or nexus (default: all designated).")
    ] = None,
    top: Annotated[int, typer.Option(help="Hubs to list.")] = 25,
    communities: Annotated[int, typer.Option(help="Communities to list.")] = 10,
    as_json: JsonOption = False,
    refresh: RefreshOption = False,
) -> None:
    """Hubs (degree, betweenness, PageRank) and communities of a regime's network."""
    network = _network(refresh)
    result = hubs_dict(network, hubs(network, _regime(regime)), top, communities)
    if as_json:
        print_json(result)
        return
    table = Table(title=f"hubs of the {regime or 'whole'} network ({result['nodes']:,} nodes)")
    for column in ("id", "name", "degree", "betweenness", "pagerank", "community", "designated by"):
        table.add_column(column)
    for row in result["hubs"]:
        table.add_row(
            row["id"],
            row["name"],
            str(row["degree"]),
            f"{row['betweenness']:.1f}",
            f"{row['pagerank']:.5f}",
            str(row["community"]),
            ", ".join(row["designations"]) or "-",
        )
    console.print(table)
    for group in result["communities"]:
        names = escape(
            ", ".join(
                f"{m['name']} ({'/'.join(m['designations']) or 'not designated'})"
                for m in group["members"][:8]
            )
        )
        console.print(
            f"community {group['community']}: {group['size']} nodes, "
            f"{group['designated']} designated: {names}"
        )


@app.command("candidates")
def candidates_command(
    regime: Annotated[str | None, typer.Option(help="dprk, russia or nexus (default: any regime).")] = None,
    authority: Annotated[
        str | None, typer.Option(help="Rank nodes this authority has not designated.")
    ] = None,
    limit: Annotated[int, typer.Option(help="Candidates to list.")] = 50,
    weights: Annotated[Path | None, typer.Option(help="A candidates.toml with other weights.")] = None,
    as_json: JsonOption = False,
    refresh: RefreshOption = False,
) -> None:
    """Nodes not designated (at all, or by --authority) ranked by their ties to designated ones."""
    network = _network(refresh)
    ranked = candidates(network, _regime(regime), _authority(authority), Weights.load(weights), limit)
    rows = [candidate_dict(network, c, rank) for rank, c in enumerate(ranked, start=1)]
    if as_json:
        print_json(rows)
        return
    for row in rows:
        console.print(
            f"{row['rank']:>3}. [bold]{escape(row['name'])}[/bold] {escape(_bracket(row['id']))} "
            f"score {row['score']}" + (" (bridges DPRK and Russia)" if row["bridges_dprk_russia"] else ""),
            highlight=False,
        )
        for reason in row["reasons"][:5]:
            via = f" through {reason['through']['name']}" if "through" in reason else ""
            kinds = ", ".join(sorted({e["kind"] for e in reason["edges"]}))
            console.print(
                escape(
                    f"      {kinds}{via} -> {reason['name']} [{reason['designated']}] designated by "
                    f"{', '.join(reason['designated_by'])}"
                ),
                highlight=False,
            )


@app.command("export-graph")
def export_graph(
    out: Annotated[Path, typer.Argument(help="File to write ('-' for standard output).")],
    fmt: Annotated[str, typer.Option("--format", help="gexf, graphml, cytoscape or ftm.")] = "gexf",
    around: Annotated[
        str | None, typer.Option(help="Only the neighbourhood of this id, IMO number or name.")
    ] = None,
    hops: Annotated[int, typer.Option(help="Neighbourhood radius with --around.")] = 2,
    refresh: RefreshOption = False,
) -> None:
    """Write the network (or a neighbourhood) as GEXF (Gephi), GraphML, Cytoscape.js JSON or FtM."""
    if fmt not in WRITERS:
        raise fail(f"--format must be one of {', '.join(WRITERS)}, got {fmt!r}")
    network = _network(refresh)
    selection = None
    if around is not None:
        starts = find(network, around) or find(network, around, _name_index(network))
        if not starts:
            raise fail(f"nothing in the network matches {around!r}")
        selection = network.around(starts[0].index, hops)
    nodes, edges = select(network, selection)
    con = open_store(read_only=True)
    try:
        if out == Path("-"):
            WRITERS[fmt](network, nodes, edges, sys.stdout.buffer, con)
        else:
            with out.open("wb") as handle:
                WRITERS[fmt](network, nodes, edges, handle, con)
    finally:
        con.close()
    console.print(f"wrote {len(nodes):,} nodes and {len(edges):,} edges as {fmt} to {out}")
