"""AIS bench: positions/s for ingest and each detector on one core, and peak memory.

Data: the real NOAA MarineCadastre snapshot (99 999 rows) plus the real drift and AMSA tracks,
tiled in time (copies shifted by one day each) to ~1 M positions. Baseline, same data, same
run: a straightforward pure-Python per-position loop of the same gap detector.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np

from nodewatch import settings
from nodewatch.maritime.config import MaritimeConfig
from nodewatch.maritime.encounters import detect_encounters
from nodewatch.maritime.gaps import detect_gaps
from nodewatch.maritime.ingest import ingest_file
from nodewatch.maritime.loitering import detect_loitering
from nodewatch.maritime.portcalls import detect_port_calls
from nodewatch.maritime.tracks import build_tracks, load_positions
from nodewatch.store.db import connect

COPIES = int(os.environ.get("AIS_BENCH_COPIES", "8"))


def timed(label: str, n: int, fn):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t
    print(f"{label:<28} {n:>10,} positions {dt:8.3f} s {n / dt:>14,.0f} positions/s")
    return out, dt


def python_gaps(mmsi: list[int], t: list[float], min_s: float) -> int:
    """Baseline: the obvious loop over positions, per vessel, with a dict of last fixes."""
    last: dict[int, float] = {}
    found = 0
    for m, ts in zip(mmsi, t, strict=True):
        prev = last.get(m)
        if prev is not None and ts - prev >= min_s:
            found += 1
        last[m] = ts
    return found


def main() -> None:
    duckdb.default_connection().execute("SET threads = 1")
    tracks = settings.data_dir() / "maritime/tracks"
    files = [
        tracks / "noaa_marinecadastre_2022-01-03_first99999rows.csv.gz",
        tracks / "amsa_track_503000720_2014.csv",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "b.duckdb")
        con.execute("SET threads = 1")
        size = sum(f.stat().st_size for f in files)
        t = time.perf_counter()
        n_in = sum(ingest_file(con, f).counts["positions"] for f in files)
        dt = time.perf_counter() - t
        print(
            f"{'ingest CSV (DuckDB)':<28} {n_in:>10,} positions {dt:8.3f} s {n_in / dt:>14,.0f} positions/s"
        )
        nmea = settings.data_dir() / "maritime/nmea/dma_aisabnormal_ais-sample_2013-11-12.txt.gz"
        t = time.perf_counter()
        r = ingest_file(con, nmea)
        dt = time.perf_counter() - t
        print(
            f"{'ingest NMEA (pyais)':<28} {r.counts['positions']:>10,} positions {dt:8.3f} s "
            f"{r.counts['positions'] / dt:>14,.0f} positions/s ({r.counts['lines'] / dt:,.0f} lines/s)"
        )
        base = load_positions(con)
        cols = {
            k: np.concatenate([v + (i * 86400 if k == "t" else 0) for i in range(COPIES)])
            for k, v in base.items()
        }
        n = len(cols["t"])
        cfg = MaritimeConfig.load()
        tr, _ = timed("tracks (sort/dedup/clean)", n, lambda: build_tracks(cols, cfg.tracks))
        detect_gaps(tr, cfg.gaps)  # warm the reference caches outside the timings
        _, t_gap = timed("gaps", n, lambda: detect_gaps(tr, cfg.gaps))
        timed("loitering", n, lambda: detect_loitering(tr, cfg.loitering))
        timed("encounters", n, lambda: detect_encounters(tr, cfg.encounters))
        timed("port calls", n, lambda: detect_port_calls(tr, cfg.port_calls))
        mm, tt = tr.mmsi.tolist(), tr.t.tolist()
        _, t_py = timed(
            "baseline: pure-Python gaps", n, lambda: python_gaps(mm, tt, cfg.gaps.min_hours * 3600)
        )
        print(f"gaps vectorised vs pure-Python baseline: {t_py / t_gap:.1f}x faster")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:,.0f} MiB; input bytes {size:,}")


if __name__ == "__main__":
    main()
