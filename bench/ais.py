"""AIS bench: positions/s for ingest and each detector on one core, and peak memory.

Run it pinned to one core: ``taskset -c 0 python bench/ais.py``.

Data: the real NOAA MarineCadastre snapshot (99 999 rows), the real AMSA track of 503000720 and
the real DMA NMEA sample, ingested, then tiled in time inside the store (copies shifted by one
day each) to ~1 M positions and loaded back as the analysis loads them.
Each step is timed best of ``AIS_BENCH_REPEAT`` runs (wall clock; the CPU seconds of that run
are printed beside it, since other work on a shared machine slows the wall clock).

Baselines, same data, same run:
- gaps: the obvious pure-Python loop over positions that finds the same gaps and gives each its
  distance (what a first implementation would do);
- NMEA: pyais' own stream (``IterMessages`` + ``decode``) over the same lines. Our decoder with
  its bulk path switched off sends every sentence through pyais too, so its difference to the
  baseline is our own per-line cost (time stamps, bad-line accounting, multi-part keys,
  columns); with the bulk path on, one-part position reports are decoded with NumPy (vdm.py).
"""

from __future__ import annotations

import gzip
import math
import os
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb
from pyais.stream import IterMessages

from nodewatch import settings
from nodewatch.maritime.berths import learn_berths
from nodewatch.maritime.config import MaritimeConfig
from nodewatch.maritime.encounters import detect_encounters
from nodewatch.maritime.gaps import detect_gaps
from nodewatch.maritime.geo import EARTH_RADIUS_M
from nodewatch.maritime.ingest import ingest_file
from nodewatch.maritime.loitering import detect_loitering
from nodewatch.maritime.nmea import NmeaDecoder
from nodewatch.maritime.portcalls import detect_port_calls
from nodewatch.maritime.report import IngestReport
from nodewatch.maritime.tracks import build_tracks, load_positions
from nodewatch.store.db import connect

COPIES = int(os.environ.get("AIS_BENCH_COPIES", "8"))
REPEAT = int(os.environ.get("AIS_BENCH_REPEAT", "3"))
T = TypeVar("T")


def timed(label: str, n: int, fn: Callable[[], T], unit: str = "positions") -> tuple[T, float]:
    """Best of REPEAT runs; prints the rate and returns (result, seconds)."""
    best, cpu, out = math.inf, 0.0, None
    for _ in range(REPEAT):
        w, c = time.perf_counter(), time.process_time()
        out = fn()
        wall = time.perf_counter() - w
        if wall < best:
            best, cpu = wall, time.process_time() - c
    print(f"{label:<30} {n:>10,} {unit:<9} {best:7.3f} s (cpu {cpu:6.3f}) {n / best:>13,.0f} {unit}/s")
    return out, best  # type: ignore[return-value]


def python_gaps(mmsi: list[int], t: list[float], lat: list[float], lon: list[float], min_s: float) -> list:
    """Baseline: per position, the last fix of its vessel from a dict; a gap gets its distance."""
    last: dict[int, tuple[float, float, float]] = {}
    found = []
    for m, ts, la, lo in zip(mmsi, t, lat, lon, strict=True):
        prev = last.get(m)
        if prev is not None and ts - prev[0] >= min_s:
            p1, p2 = math.radians(prev[1]), math.radians(la)
            a = (
                math.sin((p2 - p1) / 2) ** 2
                + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lo - prev[2]) / 2) ** 2
            )
            found.append((m, prev[0], ts, 2 * EARTH_RADIUS_M * math.asin(math.sqrt(min(a, 1.0)))))
        last[m] = (ts, la, lo)
    return found


def nmea_lines(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return (gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data).splitlines()


def pyais_stream(lines: list[bytes]) -> int:
    return sum(1 for msg in IterMessages(lines) if msg.decode() is not None)


def our_decoder(lines: list[bytes], bulk: bool = True) -> IngestReport:
    report = IngestReport("bench")
    decoder = NmeaDecoder(report, bulk=bulk)
    decoder.feed(lines)
    decoder.finish()
    return report


def main() -> None:
    duckdb.default_connection().execute("SET threads = 1")
    data = settings.data_dir() / "maritime"
    files = [
        data / "tracks/noaa_marinecadastre_2022-01-03_first99999rows.csv.gz",
        data / "tracks/amsa_track_503000720_2014.csv",
    ]
    nmea = data / "nmea/dma_aisabnormal_ais-sample_2013-11-12.txt.gz"
    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "b.duckdb")
        con.execute("SET threads = 1")
        size = sum(f.stat().st_size for f in files)
        w = time.perf_counter()
        n_in = sum(ingest_file(con, f).counts["positions"] for f in files)
        dt = time.perf_counter() - w
        print(
            f"{'ingest CSV (DuckDB)':<30} {n_in:>10,} positions {dt:7.3f} s {n_in / dt:>28,.0f} positions/s"
        )
        w = time.perf_counter()
        r = ingest_file(con, nmea)
        dt = time.perf_counter() - w
        print(
            f"{'ingest NMEA (decode + store)':<30} {r.counts['positions']:>10,} positions {dt:7.3f} s "
            f"{r.counts['positions'] / dt:>28,.0f} positions/s ({r.counts['lines'] / dt:,.0f} lines/s)"
        )
        lines = nmea_lines(nmea)
        _, t_pyais = timed("baseline: pyais stream alone", len(lines), lambda: pyais_stream(lines), "lines")
        _, t_all = timed("NMEA decode, all via pyais", len(lines), lambda: our_decoder(lines, False), "lines")
        _, t_ours = timed("NMEA decode, with bulk path", len(lines), lambda: our_decoder(lines), "lines")
        print(
            f"our own cost per line beyond pyais: {(t_all - t_pyais) / len(lines) * 1e6:+.2f} µs; "
            f"with the bulk path: {t_pyais / t_ours:.1f}x pyais' own stream"
        )

        con.execute(
            """
            INSERT INTO ais_positions
            SELECT file_id, ts + k * INTERVAL 1 DAY, mmsi, msg_type, lat, lon, sog, cog, heading, nav_status
            FROM ais_positions, range(1, ?) AS copies(k)
            """,
            [COPIES],
        )
        counted = con.execute("SELECT count(*) FROM ais_positions WHERE ts IS NOT NULL").fetchone()
        n = int(counted[0]) if counted else 0
        cols, _ = timed("load from store", n, lambda: load_positions(con))
        cfg = MaritimeConfig.load()
        tr, _ = timed("tracks (sort/dedup/clean)", n, lambda: build_tracks(cols, cfg.tracks))
        berths, _ = timed("berths (learned stays)", n, lambda: learn_berths(tr, cfg.berths))
        detect_gaps(tr, cfg.gaps, berths)  # warm the reference caches outside the timings
        tables = {}
        tables["gaps"], t_gap = timed("gaps", n, lambda: detect_gaps(tr, cfg.gaps, berths))
        tables["loitering"], _ = timed("loitering", n, lambda: detect_loitering(tr, cfg.loitering, berths))
        tables["encounters"], _ = timed("encounters", n, lambda: detect_encounters(tr, cfg.encounters))
        tables["port calls"], _ = timed("port calls", n, lambda: detect_port_calls(tr, cfg.port_calls))
        print(
            "events found: "
            + ", ".join(f"{k} {len(v):,} ({v.raised.sum():,} raised)" for k, v in tables.items())
        )
        n_events = sum(len(v) for v in tables.values())
        timed("events -> objects (output)", n_events, lambda: [v.events() for v in tables.values()], "events")
        mm, tt, la, lo = tr.mmsi.tolist(), tr.t.tolist(), tr.lat.tolist(), tr.lon.tolist()
        found, t_py = timed(
            "baseline: pure-Python gaps", n, lambda: python_gaps(mm, tt, la, lo, cfg.gaps.min_hours * 3600)
        )
        assert len(found) == len(tables["gaps"])
        print(f"gaps vectorised vs pure-Python baseline: {t_py / t_gap:.1f}x faster")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:,.0f} MiB; input bytes {size:,}")


if __name__ == "__main__":
    main()
