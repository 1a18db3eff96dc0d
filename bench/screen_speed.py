"""Speed: pairwise scoring vs logic-v2, and screen() against the full index, on one core.

    python bench/screen_speed.py [--pairs PATH] [--db STORE | --lists DIR] [--queries N]

1. Pairwise: every dev pair (``dev_pairs.jsonl``) scored by nodewatch and by
   OpenSanctions' logic-v2 in the same run, each in a fresh process of its own. The tables
   each loads on first use (logic-v2's take seconds) are loaded first by a few warm-up pairs
   of other names, timed apart; then pairs/s with every name's caches cold, and the ratio
   both per pair and counting first use (a one-off screening run pays it).
2. Screening: an index of the current records of the store ($NODEWATCH_DB, ``--db``) if it
   holds lists, else of every staged list ($NODEWATCH_DATA/lists, ``--lists``) ingested
   into a temporary store, then N queries: the dev-pair queries
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
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from nodewatch import native_status
from nodewatch.match import score
from nodewatch.match.index import MatchIndex
from nodewatch.model.record import Record

sys.path.insert(0, str(Path(__file__).resolve().parent))
from match_quality import default_pairs, listed_records, load, score_logic_v2


def _pair(schema: str, query: str, candidate: str) -> dict[str, Any]:
    return {
        "id": f"warm-up-{query}",
        "query": {"schema": schema, "properties": {"name": [query]}},
        "candidate": {"schema": schema, "properties": {"name": [candidate]}},
    }


# Names of every script and kind the dev pairs hold, none of them in the dev pairs.
WARM_UP = [
    _pair("Person", "Pak Myong Sik", "박명식"),
    _pair("Person", "Олег Иванович Смирнов", "SMIRNOV, Oleg Ivanovich"),
    _pair("Company", "SHENYANG BAIHE TRADING CO., LTD.", "沈阳百合贸易有限公司"),
    _pair("Company", "OOO ROMASHKA", "ROMASHKA LIMITED LIABILITY COMPANY"),
    _pair("Organization", "조선백두무역회사", "KOREA PAEKTU TRADING CORPORATION (KPTC)"),
    _pair("Vessel", "SONG HWA 7", "SONGHWA NO.7"),
    _pair("Person", "Yang Rongwen", "Yeo Yong Boon"),
    _pair("Person", "Ma Yingjiu", "Ma Ying-jeou"),
]


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


def _pairwise_worker(matcher: str, pairs_path: Path | None) -> dict[str, float] | None:
    """In this (fresh) process: the warm-up pairs, then every dev pair, CPU seconds each."""
    pairs = load(pairs_path or default_pairs())
    if matcher == "logic-v2":
        first = score_logic_v2(WARM_UP)
        timed = score_logic_v2(pairs)
        if first is None or timed is None:
            return None
        first_use, seconds = first[2], timed[2]
    else:
        cpu = time.process_time()
        for pair in WARM_UP:
            score(pair["query"], pair["candidate"])
        first_use = time.process_time() - cpu
        cpu = time.process_time()
        for pair in pairs:
            score(pair["query"], pair["candidate"])
        seconds = time.process_time() - cpu
    return {
        "first_use_s": first_use,
        "pairs_per_s": len(pairs) / seconds,
        "cold_process_pairs_per_s": len(pairs) / (first_use + seconds),
    }


def _pairwise_in_fresh_process(matcher: str, pairs_path: Path | None) -> dict[str, float] | None:
    """Each matcher in a process of its own (pinned to this core), so neither finds tables
    the other loaded: rigour's, which both use, cost whichever runs first several seconds."""
    command = [sys.executable, __file__, "--pairwise-worker", matcher]
    if pairs_path is not None:
        command += ["--pairs", str(pairs_path)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    figures: dict[str, float] | None = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pairs", type=Path, default=None)
    parser.add_argument("--lists", type=Path, default=None, help="a folder of list files to ingest")
    parser.add_argument("--db", type=Path, default=None, help="a store of lists (default $NODEWATCH_DB)")
    parser.add_argument("--queries", type=int, default=3000)
    parser.add_argument("--pairwise-worker", choices=("nodewatch", "logic-v2"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    if args.pairwise_worker:
        print(json.dumps(_pairwise_worker(args.pairwise_worker, args.pairs)))
        return 0
    print(f"nodewatch screening code: {native_status()}")
    pairs = load(args.pairs or default_pairs())

    result: dict[str, Any] = {"native_status": native_status()}
    ours = _pairwise_in_fresh_process("nodewatch", args.pairs)
    theirs = _pairwise_in_fresh_process("logic-v2", args.pairs)
    for name, figures in (("nodewatch", ours), ("logic-v2", theirs)):
        if figures is None:
            print(f"{name} not installed: pairwise baseline skipped")
            continue
        result[f"pairwise_{name}"] = figures
        print(
            f"pairwise {name:<9}: first use {figures['first_use_s']:.2f}s CPU; "
            f"{figures['pairs_per_s']:,.0f} pairs/s CPU with cold name caches, "
            f"{figures['cold_process_pairs_per_s']:,.0f} pairs/s counting first use"
        )
    if ours and theirs:
        warm = ours["pairs_per_s"] / theirs["pairs_per_s"]
        cold = ours["cold_process_pairs_per_s"] / theirs["cold_process_pairs_per_s"]
        result["pairwise_ratio"], result["pairwise_ratio_cold_process"] = warm, cold
        print(f"-> nodewatch is {warm:.1f}x logic-v2 per pair, {cold:.1f}x counting each one's first use")

    start = time.perf_counter()
    records = listed_records(args.db, args.lists)
    parsed = time.perf_counter() - start
    cpu, wall = time.process_time(), time.perf_counter()
    index = MatchIndex.build(records)
    built_cpu, built = time.process_time() - cpu, time.perf_counter() - wall
    print(
        f"index: {len(index):,} records, {len(index.name_source):,} names, {len(index.keys):,} keys; "
        f"read {parsed:.1f}s, build {built_cpu:.1f}s CPU ({built:.1f}s wall)"
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
