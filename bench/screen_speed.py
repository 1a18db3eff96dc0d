"""Speed: pairwise scoring vs logic-v2, and screen() against the full index, on one core.

    python bench/screen_speed.py [--pairs PATH] [--lists DIR] [--queries N]

1. Pairwise: every dev pair (``dev_pairs.jsonl``) scored by nodewatch and by
   OpenSanctions' logic-v2 in the same run, each from cold caches; pairs/s and the ratio.
2. Screening: an index of the newest file of every staged list ($NODEWATCH_DATA/lists;
   OFAC's alias file merged into its SDN records), then N queries: the dev-pair queries
   and names drawn (seeded) from the lists, half of them disturbed (a token dropped,
   order turned, case changed). Reports build time, queries/s, p50 and p99 latency.

The process is pinned to one CPU so the figures are single-core figures. Each figure is
given in CPU time of this process (``time.process_time``: what one core spends, whatever
else the machine runs) and in wall time (which other processes on a shared machine
inflate). The index is also saved and loaded again, as ``default_index`` does from its
disk cache in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from nodewatch.match import score
from nodewatch.match.index import MatchIndex
from nodewatch.model.record import Record

sys.path.insert(0, str(Path(__file__).resolve().parent))
from match_quality import default_pairs, load, score_logic_v2


def newest_records(lists_dir: Path) -> list[Record]:
    """The newest file of each dataset, parsed; companion files merged into their records."""
    from nodewatch.sources import parse_file

    newest: dict[str, tuple[str, Any]] = {}
    for path in sorted(lists_dir.rglob("*")):
        if path.suffix.lower() not in (".xml", ".csv", ".xlsx"):
            continue
        parsed = parse_file(path)
        stamp = parsed.published or path.name
        if parsed.dataset not in newest or stamp > newest[parsed.dataset][0]:
            newest[parsed.dataset] = (stamp, parsed)
    by_id: dict[str, Record] = {}
    companions = []
    for _stamp, parsed in newest.values():
        for record in parsed.records:
            if record.id in by_id:
                companions.append(record)
            else:
                by_id[record.id] = record
    for record in companions:
        base = by_id[record.id]
        for name in record.names:
            base.add_name(name)
    return [r for r in by_id.values() if r.names]


def disturb(name: str, rng: random.Random) -> str:
    words = name.split()
    choice = rng.randrange(3)
    if choice == 0 and len(words) > 2:
        words.pop(rng.randrange(len(words)))
    elif choice == 1 and len(words) > 1:
        words = words[1:] + words[:1]
    return " ".join(words).lower() if rng.random() < 0.5 else " ".join(words)


def queries(
    records: list[Record], pairs: list[dict[str, Any]], count: int, seed: int = 7
) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = [p["query"] for p in pairs]
    named = [r for r in records if r.names]
    while len(out) < count:
        record = rng.choice(named)
        name = rng.choice(record.names).value
        if rng.random() < 0.5:
            name = disturb(name, rng)
        out.append({"schema": record.schema, "properties": {"name": [name]}})
    rng.shuffle(out)
    return out[:count]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pairs", type=Path, default=None)
    parser.add_argument("--lists", type=Path, default=None)
    parser.add_argument("--queries", type=int, default=3000)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    pairs = load(args.pairs or default_pairs())

    cpu, wall = time.process_time(), time.perf_counter()
    for pair in pairs:
        score(pair["query"], pair["candidate"])
    ours_cpu = len(pairs) / (time.process_time() - cpu)
    ours = len(pairs) / (time.perf_counter() - wall)
    print(
        f"pairwise nodewatch: {ours_cpu:,.0f} pairs/s CPU, {ours:,.0f} wall, "
        f"over {len(pairs)} dev pairs (cold caches)"
    )
    baseline = score_logic_v2(pairs)
    result: dict[str, Any] = {"pairwise_nodewatch_cpu": ours_cpu, "pairwise_nodewatch_wall": ours}
    if baseline is not None:
        theirs_cpu = len(pairs) / baseline[2]
        theirs = len(pairs) / baseline[1]
        result.update({"pairwise_logic_v2_cpu": theirs_cpu, "pairwise_logic_v2_wall": theirs})
        print(
            f"pairwise logic-v2:  {theirs_cpu:,.0f} pairs/s CPU, {theirs:,.0f} wall "
            f"-> nodewatch is {ours_cpu / theirs_cpu:.1f}x (CPU), {ours / theirs:.1f}x (wall)"
        )
    else:
        print("logic-v2 not installed: pairwise baseline skipped")

    data = Path(os.environ.get("NODEWATCH_DATA", Path.cwd().parent / "shared" / "data"))
    lists_dir = args.lists or data / "lists"
    start = time.perf_counter()
    records = newest_records(lists_dir)
    parsed = time.perf_counter() - start
    cpu, wall = time.process_time(), time.perf_counter()
    index = MatchIndex.build(records)
    built_cpu, built = time.process_time() - cpu, time.perf_counter() - wall
    print(
        f"index: {len(index):,} records, {len(index.name_source):,} names, {len(index.keys):,} keys; "
        f"parse {parsed:.1f}s, build {built_cpu:.1f}s CPU ({built:.1f}s wall)"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "index.pickle"
        wall = time.perf_counter()
        index.save(path)
        saved = time.perf_counter() - wall
        wall = time.perf_counter()
        MatchIndex.load(path)
        loaded = time.perf_counter() - wall
        print(
            f"index cache: {path.stat().st_size / 1e6:.0f} MB, saved in {saved:.1f}s, loaded in {loaded:.1f}s"
        )
    batch = queries(records, pairs, args.queries)
    latencies = []
    cpu, wall = time.process_time(), time.perf_counter()
    for query in batch:
        t0 = time.process_time()
        index.screen(query, limit=10)
        latencies.append(time.process_time() - t0)
    qps_cpu = len(batch) / (time.process_time() - cpu)
    qps = len(batch) / (time.perf_counter() - wall)
    p50, p99 = percentile(latencies, 0.5) * 1000, percentile(latencies, 0.99) * 1000
    print(
        f"screen: {len(batch)} queries, {qps_cpu:,.0f} queries/s CPU ({qps:,.0f} wall), "
        f"p50 {p50:.2f} ms, p99 {p99:.2f} ms CPU (one core)"
    )
    result.update(
        {
            "build_cpu_s": built_cpu,
            "build_wall_s": built,
            "cache_load_s": loaded,
            "screen_qps_cpu": qps_cpu,
            "screen_qps_wall": qps,
            "screen_p50_ms_cpu": p50,
            "screen_p99_ms_cpu": p99,
            "records": len(index),
        }
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
