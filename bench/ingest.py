"""Time to ingest every staged official list into a fresh store, and peak memory.

Baseline (same run): parsing the same files without the store, so the ratio shows what the
store (statements, release links, one transaction per file) costs on top of parsing.
Target from the foundation issue: all staged lists in <= 30 s on a 2-core machine.

    python bench/ingest.py [--lists ../shared/data/lists]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from nodewatch.sources import parse_file
from nodewatch.store import connect
from nodewatch.store.pipeline import ingest_many, list_files

TARGET_SECONDS = 30.0


def default_lists() -> Path:
    data = Path(
        os.environ.get("NODEWATCH_DATA", Path(__file__).resolve().parents[1].parent / "shared" / "data")
    )
    return data / "lists"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", type=Path, default=default_lists())
    args = parser.parse_args()
    files = [f for f in list_files(args.lists)]
    if not files:
        print(f"no list files under {args.lists}", file=sys.stderr)
        return 1

    start = time.perf_counter()
    parsed_records = 0
    for path in files:
        try:
            parsed_records += len(parse_file(path).records)
        except ValueError:
            continue
    parse_seconds = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "bench.duckdb")
        per_file: list[tuple[str, float, int]] = []
        start = time.perf_counter()
        for path in files:
            t0 = time.perf_counter()
            (outcome,) = ingest_many(con, [path], skip_unrecognised=True)
            records = outcome.result.records if outcome.result else 0
            per_file.append((path.name, time.perf_counter() - t0, records))
        ingest_seconds = time.perf_counter() - start
        start = time.perf_counter()
        ingest_many(con, files, skip_unrecognised=True)
        again_seconds = time.perf_counter() - start
        statements = con.execute("SELECT count(*) FROM statements").fetchall()[0][0]
        links = con.execute("SELECT count(*) FROM statement_releases").fetchall()[0][0]
        con.close()
        size_mb = (Path(tmp) / "bench.duckdb").stat().st_size / 1e6

    print(f"{'file':48} {'seconds':>8} {'records':>8}")
    for name, seconds, records in per_file:
        print(f"{name:48} {seconds:8.2f} {records:8,}")
    verdict = "MET" if ingest_seconds <= TARGET_SECONDS else "MISSED"
    rows = [
        ("files", f"{len(files)}"),
        ("records", f"{sum(r for _, _, r in per_file):,}"),
        ("statements stored", f"{statements:,} ({links:,} release links, {size_mb:.1f} MB file)"),
        ("baseline: parse only", f"{parse_seconds:6.2f} s ({parsed_records:,} records)"),
        ("full ingest", f"{ingest_seconds:6.2f} s = {ingest_seconds / parse_seconds:.2f}x parse-only"),
        ("re-ingest (all skipped)", f"{again_seconds:6.2f} s"),
        ("target", f"{TARGET_SECONDS:6.2f} s -> {verdict} ({ingest_seconds / TARGET_SECONDS:.0%} of budget)"),
        ("peak memory (RSS)", f"{peak_rss_mb():6.0f} MB"),
    ]
    print()
    for label, value in rows:
        print(f"{label:28}{value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
