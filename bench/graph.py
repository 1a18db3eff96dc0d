"""Network bench: build time, memory and path-query latency for the graph of all staged lists.

    python bench/graph.py [--store PATH] [--synthetic-edges 2000000] [--queries 1000]

Without ``--store`` it ingests every staged list (../shared/data/lists) into a temporary
store first (that time is printed, not counted). Then, on the real graph:

1. **nodewatch**: the network built from the records (names screened fresh, then with the
   kept name resolutions), the network loaded from its snapshot in a fresh process (what
   every command does: time and peak memory of that process), and path queries (find the
   node, shortest paths to every designated node within 4 hops, each hop with its evidence)
   for random connected nodes, p50/p99.
2. **graph libraries** on the same edge list, each in its own process (build time, memory
   added by the graph, path-query latency — every designated node within 4 hops and the
   shortest paths to the nearest 25, as ``nodewatch paths`` does — and betweenness plus
   PageRank time):
   igraph (chosen), rustworkx and networkx — the **baseline**, the pure-Python library a
   first implementation would use.
3. **scale**: a synthetic registry-like graph (``--synthetic-edges``; preferential attachment,
   so a few nodes have huge degree, as agents and nominee directors do) through the same
   library measures, to show the design holds at millions of edges.

Targets (issue 5): build ≤ 10 s, memory ≤ 1 GB, p99 path query ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LISTS = Path(os.environ.get("NODEWATCH_DATA", REPO.parent / "shared" / "data")) / "lists"
MAX_HOPS = 4
PATH_LIMIT = 25  # designated nodes a path query returns (the CLI default)
LIBRARIES = ("igraph", "rustworkx", "networkx")


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def rss_mb() -> float:
    return _status_mb("VmRSS")


def peak_mb() -> float:
    """This process's peak resident memory. Not ru_maxrss: Linux carries that over exec, so a
    child started by a big parent would report the parent's peak."""
    return _status_mb("VmHWM")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# --- library measures (run in a child process per library) ---------------------------------


def library_measure(lib: str, data_path: str, queries: int, centrality: bool) -> dict[str, float]:
    with open(data_path) as handle:
        data = json.load(handle)
    n, edges, designated = data["n"], [tuple(e) for e in data["edges"]], set(data["designated"])
    starts = data["starts"][:queries]
    importlib.import_module(lib)  # the import is not the graph's cost
    before = rss_mb()
    t0 = time.perf_counter()
    result: dict[str, float] = {}
    if lib == "igraph":
        import igraph

        g = igraph.Graph(n=n, edges=edges, directed=False)

        def paths(s: int) -> int:
            goals: list[int] = []
            for depth in range(1, MAX_HOPS + 1):
                goals += [v for v in g.neighborhood(s, order=depth, mindist=depth) if v in designated]
                if len(goals) >= PATH_LIMIT:
                    break
            if goals:
                g.get_shortest_paths(s, to=goals[:PATH_LIMIT])
            return len(goals)

        def central() -> None:
            g.betweenness(directed=False)
            g.pagerank(directed=False)

    elif lib == "rustworkx":
        import rustworkx as rx

        g = rx.PyGraph(multigraph=False)
        g.add_nodes_from(range(n))
        g.add_edges_from_no_data(edges)

        def paths(s: int) -> int:
            layers = rx.bfs_layers(g, [s])[1 : MAX_HOPS + 1]
            goals = [v for layer in layers for v in layer if v in designated]
            for v in goals[:PATH_LIMIT]:
                rx.graph_dijkstra_shortest_paths(g, s, target=v, weight_fn=None, default_weight=1.0)
            return len(goals)

        def central() -> None:
            rx.graph_betweenness_centrality(g)
            rx.pagerank(g.to_directed())

    else:
        import networkx as nx

        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_edges_from(edges)

        def paths(s: int) -> int:
            lengths = nx.single_source_shortest_path_length(g, s, cutoff=MAX_HOPS)
            goals = sorted((d, v) for v, d in lengths.items() if v in designated and v != s)
            for _d, v in goals[:PATH_LIMIT]:
                nx.shortest_path(g, s, v)
            return len(goals)

        def central() -> None:
            nx.betweenness_centrality(g)
            nx.pagerank(g)

    result["build_s"] = time.perf_counter() - t0
    result["memory_mb"] = rss_mb() - before
    latencies = []
    for s in starts:
        t = time.perf_counter()
        paths(s)
        latencies.append((time.perf_counter() - t) * 1000)
    result["path_p50_ms"] = percentile(latencies, 0.5)
    result["path_p99_ms"] = percentile(latencies, 0.99)
    if centrality:
        t = time.perf_counter()
        central()
        result["betweenness_pagerank_s"] = time.perf_counter() - t
    return result


def run_library(lib: str, data_path: str, queries: int, centrality: bool) -> dict[str, float]:
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child-library",
            lib,
            "--child-data",
            data_path,
            "--queries",
            str(queries),
        ]
        + (["--no-centrality"] if not centrality else []),
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed"}  # type: ignore[dict-item]
    return json.loads(out.stdout.strip().splitlines()[-1])


def synthetic(edges: int, seed: int = 5) -> dict[str, object]:
    """A preferential-attachment graph: ``edges`` edges, ~edges/3 nodes, 5% designated."""
    rng = random.Random(seed)
    n = max(10, edges // 3)
    ends: list[int] = [0, 1]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < edges:
        a = rng.randrange(n)
        b = rng.choice(ends) if rng.random() < 0.5 else rng.randrange(n)
        if a != b:
            pair = (min(a, b), max(a, b))
            if pair not in pairs:
                pairs.add(pair)
                ends.extend(pair)
    designated = rng.sample(range(n), n // 20)
    starts = [rng.randrange(n) for _ in range(1000)]
    return {"n": n, "edges": sorted(pairs), "designated": designated, "starts": starts}


# --- nodewatch on the real lists -------------------------------------------------------------


def child_snapshot(store: str, queries: int) -> dict[str, float]:
    """Load the kept network in a fresh process and run path queries (what a command does)."""
    from nodewatch.analysis.graph_paths import find, path_dict, shortest_paths
    from nodewatch.analysis.graph_snapshot import load_network
    from nodewatch.store import connect

    before = rss_mb()
    t0 = time.perf_counter()
    con = connect(store, read_only=True)
    network = load_network(con)
    load_s = time.perf_counter() - t0
    rng = random.Random(7)
    connected = [n.id for i, n in enumerate(network.nodes) if network.graph.degree(i)]
    latencies = []
    for node_id in rng.sample(connected, min(queries, len(connected))):
        t = time.perf_counter()
        for start in find(network, node_id):
            [path_dict(network, p) for p in shortest_paths(network, start.index, MAX_HOPS, PATH_LIMIT)]
        latencies.append((time.perf_counter() - t) * 1000)
    imo_latencies = []
    imos = sorted({v for n in network.nodes for v in n.identifiers.get("imoNumber", ())})
    for imo in rng.sample(imos, min(200, len(imos))):
        t = time.perf_counter()
        for start in find(network, imo):
            [path_dict(network, p) for p in shortest_paths(network, start.index, MAX_HOPS, PATH_LIMIT)]
        imo_latencies.append((time.perf_counter() - t) * 1000)
    return {
        "load_s": load_s,
        "memory_mb": rss_mb() - before,
        "peak_rss_mb": peak_mb(),
        "nodes": len(network.nodes),
        "edges": len(network.edges),
        "path_p50_ms": percentile(latencies, 0.5),
        "path_p99_ms": percentile(latencies, 0.99),
        "imo_p99_ms": percentile(imo_latencies, 0.99) if imo_latencies else 0.0,
    }


def build_store(path: Path) -> float:
    from nodewatch.store import connect
    from nodewatch.store.pipeline import ingest_many, list_files

    t = time.perf_counter()
    con = connect(path)
    ingest_many(con, list_files(LISTS), skip_unrecognised=True)
    con.close()
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, help="An existing store (default: ingest the staged lists).")
    parser.add_argument("--synthetic-edges", type=int, default=2_000_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--no-centrality", action="store_true")
    parser.add_argument("--child-library")
    parser.add_argument("--child-data")
    parser.add_argument("--child-snapshot")
    args = parser.parse_args()
    if args.child_library:
        print(
            json.dumps(
                library_measure(args.child_library, args.child_data, args.queries, not args.no_centrality)
            )
        )
        return
    if args.child_snapshot:
        print(json.dumps(child_snapshot(args.child_snapshot, args.queries)))
        return

    from nodewatch.analysis.graph_snapshot import load_network, save, snapshot_key
    from nodewatch.analysis.network import compute
    from nodewatch.analysis.nexus import NexusRule
    from nodewatch.store import connect

    work = Path(tempfile.mkdtemp(prefix="nw-graph-bench-"))
    store = args.store
    if store is None:
        store = work / "store.duckdb"
        print(f"ingest of the staged lists (not counted): {build_store(store):.1f} s")
    con = connect(store)
    con.execute("DELETE FROM graph_link_matches") if _has(con, "graph_link_matches") else None
    rule = NexusRule.load()
    t = time.perf_counter()
    network = compute(con, rule=rule)
    cold = time.perf_counter() - t
    t = time.perf_counter()
    network = compute(con, rule=rule)
    warm = time.perf_counter() - t
    save(con, network, snapshot_key(con, rule))
    load_network(con)  # the snapshot is current
    con.close()
    print(
        f"\nreal graph: {len(network.nodes):,} nodes, {len(network.edges):,} edges "
        f"({network.graph.ecount():,} joined pairs)"
    )
    print(f"nodewatch build from the records, names screened: {cold:.1f} s")
    print(f"nodewatch build from the records, name resolutions kept: {warm:.1f} s")
    out = subprocess.run(
        [sys.executable, __file__, "--child-snapshot", str(store), "--queries", str(args.queries)],
        capture_output=True,
        text=True,
        check=True,
    )
    snap = json.loads(out.stdout.strip().splitlines()[-1])
    print(
        f"nodewatch load from the snapshot (every command): {snap['load_s']:.2f} s, graph memory "
        f"{snap['memory_mb']:.0f} MB, process peak {snap['peak_rss_mb']:.0f} MB"
    )
    print(
        f"nodewatch path query by id (find + paths + evidence, {args.queries} nodes): "
        f"p50 {snap['path_p50_ms']:.2f} ms, p99 {snap['path_p99_ms']:.2f} ms; "
        f"by IMO p99 {snap['imo_p99_ms']:.2f} ms"
    )
    ok = snap["load_s"] <= 10 and snap["peak_rss_mb"] <= 1024 and snap["path_p99_ms"] <= 50
    print(
        f"targets (build ≤ 10 s from the snapshot, memory ≤ 1 GB, p99 ≤ 50 ms): {'met' if ok else 'NOT met'}"
    )

    rng = random.Random(3)
    connected = [i for i in range(len(network.nodes)) if network.graph.degree(i)]
    real = {
        "n": len(network.nodes),
        "edges": [list(e.tuple) for e in network.graph.es],
        "designated": [i for i, node in enumerate(network.nodes) if node.designated],
        "starts": [rng.choice(connected) for _ in range(args.queries)],
    }
    for label, data in (("real lists", real), (f"synthetic {args.synthetic_edges:,} edges", None)):
        if data is None:
            if args.synthetic_edges <= 0:
                continue
            data = synthetic(args.synthetic_edges)
        path = work / "graph.json"
        path.write_text(json.dumps(data))
        print(f"\n{label}: {data['n']:,} nodes, {len(data['edges']):,} edges")  # type: ignore[arg-type]
        rows = {}
        for lib in LIBRARIES:
            centrality = not args.no_centrality and (label == "real lists")
            # networkx and rustworkx (whose BFS layers have no depth limit) take up to seconds a
            # query on the synthetic graph: fewer queries for them.
            queries = args.queries if lib == "igraph" else min(args.queries, 200 if data is real else 20)
            rows[lib] = run_library(lib, str(path), queries, centrality)
        base = rows["networkx"]
        print(
            f"{'library':<22}{'build s':>9}{'memory MB':>11}{'path p50 ms':>13}"
            f"{'path p99 ms':>13}{'btw+PR s':>10}"
        )
        for lib, row in rows.items():
            if "error" in row:
                print(f"{lib:<22} failed: {row['error']}")
                continue
            name = lib + (" (baseline)" if lib == "networkx" else " (chosen)" if lib == "igraph" else "")
            btw = f"{row['betweenness_pagerank_s']:.2f}" if "betweenness_pagerank_s" in row else "-"
            print(
                f"{name:<22}{row['build_s']:>9.2f}{row['memory_mb']:>11.0f}{row['path_p50_ms']:>13.3f}"
                f"{row['path_p99_ms']:>13.3f}{btw:>10}"
            )
        if "error" not in base and "error" not in rows["igraph"]:
            ig = rows["igraph"]
            ratios = [
                f"{label} ×{base[key] / max(ig[key], 1e-9):.2f}"
                for label, key in (
                    ("build", "build_s"),
                    ("memory", "memory_mb"),
                    ("p99 path", "path_p99_ms"),
                    ("betweenness+PageRank", "betweenness_pagerank_s"),
                )
                if key in base and key in ig
            ]
            print("networkx (baseline) / igraph, above 1 = igraph better: " + ", ".join(ratios))


def _has(con, table: str) -> bool:  # type: ignore[no-untyped-def]
    return bool(
        con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [table]).fetchall()[0][0]
    )


if __name__ == "__main__":
    main()
