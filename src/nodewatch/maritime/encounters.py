"""Encounters (ship-to-ship): two vessels within ``max_distance_m`` for ``min_hours``, both slow,
away from port anchorages.

As GFW does, each track segment is interpolated to a fixed time step; at each step the slow,
offshore fixes are paired through a spatial grid (no all-pairs comparison), and consecutive
steps of one pair make an encounter.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nodewatch.maritime.config import EncounterConfig
from nodewatch.maritime.events import EventTable
from nodewatch.maritime.geo import GridIndex, arc_m
from nodewatch.maritime.reference import anchorage_index
from nodewatch.maritime.tracks import SegmentClock, Tracks, run_bounds

MAX_STEPS_PER_CHUNK = 4_000  # time steps paired at once (keeps grid keys within 64 bits)


def resample(tr: Tracks, step_s: float, max_interp_s: float) -> dict[str, np.ndarray]:
    """Each segment at every multiple of ``step_s`` it spans: step, mmsi, xyz, speed."""
    seg_start, seg_end = run_bounds(tr.segment)
    first = np.ceil(tr.t[seg_start] / step_s).astype(np.int64)
    last = np.floor(tr.t[seg_end] / step_s).astype(np.int64)
    nb = np.maximum(last - first + 1, 0)
    total = int(nb.sum())
    seg_of = np.repeat(np.arange(len(seg_start)), nb)
    step = np.repeat(first, nb) + (np.arange(total) - np.repeat(np.cumsum(nb) - nb, nb))
    when = step * step_s
    # the fix at or before each step, and the one after it (same segment)
    clock = SegmentClock(tr.segment, tr.t)
    prev = np.searchsorted(clock.key, clock.at(seg_of, when), side="right") - 1
    nxt = np.minimum(prev + 1, seg_end[seg_of])
    span = tr.t[nxt] - tr.t[prev]
    w = np.divide(when - tr.t[prev], span, out=np.zeros(total), where=span > 0)
    ok = (span <= max_interp_s) | (w == 0)
    prev, nxt, w, step = prev[ok], nxt[ok], w[ok], step[ok]
    xyz = tr.xyz[prev] + w[:, None] * (tr.xyz[nxt] - tr.xyz[prev])
    xyz /= np.linalg.norm(xyz, axis=1)[:, None]
    speed = tr.speed
    sp = np.where(np.isnan(speed[prev]), speed[nxt], speed[prev] + w * (speed[nxt] - speed[prev]))
    return {"step": step, "mmsi": tr.mmsi[prev], "xyz": xyz, "speed": np.nan_to_num(sp, nan=np.inf)}


def detect_encounters(tr: Tracks, cfg: EncounterConfig, data_dir: Path | None = None) -> EventTable:
    step_s = cfg.step_minutes * 60
    pts = resample(tr, step_s, cfg.max_interp_minutes * 60)
    pts = _select(pts, pts["speed"] < cfg.max_speed_kn)
    near, _ = anchorage_index(cfg.min_port_distance_km * 1000, data_dir).query_xyz(pts["xyz"])
    pts = _select(pts, near < 0)
    a, b, d = _pairs(pts, cfg.max_distance_m)
    return _runs(a, b, d, pts, step_s, cfg)


def _select(pts: dict[str, np.ndarray], mask: np.ndarray) -> dict[str, np.ndarray]:
    return {k: v[mask] for k, v in pts.items()}


def _pairs(pts: dict[str, np.ndarray], max_m: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (fix a, fix b, metres) at the same step, vessel a's MMSI below b's, within ``max_m``."""
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    steps = pts["step"]
    if len(steps):
        order = np.argsort(steps, kind="stable")
        sorted_steps = steps[order]
        lo_step = int(sorted_steps[0])
        for chunk_lo in range(lo_step, int(sorted_steps[-1]) + 1, MAX_STEPS_PER_CHUNK):
            a, b = np.searchsorted(sorted_steps, [chunk_lo, chunk_lo + MAX_STEPS_PER_CHUNK])
            sel = order[a:b]
            if len(sel) < 2:
                continue
            xyz, grp, mm = pts["xyz"][sel], steps[sel] - chunk_lo, pts["mmsi"][sel]
            q, r = GridIndex(xyz, max_m, grp).candidates(xyz, grp)
            keep = mm[q] < mm[r]
            q, r = q[keep], r[keep]
            d = arc_m(xyz[q], xyz[r])
            close = d <= max_m
            found.append((sel[q[close]], sel[r[close]], d[close]))
    if not found:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0)
    return tuple(np.concatenate(parts) for parts in zip(*found, strict=True))  # type: ignore[return-value]


def _run_median(values: np.ndarray, run: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Median of ``values`` within each run (``run`` labels sorted, runs [starts, ends])."""
    v = values[np.lexsort((values, run))]
    return 0.5 * (v[starts + (ends - starts) // 2] + v[starts + (ends - starts + 1) // 2])


def _runs(
    a: np.ndarray,
    b: np.ndarray,
    d: np.ndarray,
    pts: dict[str, np.ndarray],
    step_s: float,
    cfg: EncounterConfig,
) -> EventTable:
    if len(a) == 0:
        return EventTable.empty("encounter")
    ma, mb, st = pts["mmsi"][a], pts["mmsi"][b], pts["step"][a]
    order = np.lexsort((st, mb, ma))
    a, b, d, ma, mb, st = a[order], b[order], d[order], ma[order], mb[order], st[order]
    new = np.r_[True, (ma[1:] != ma[:-1]) | (mb[1:] != mb[:-1]) | (st[1:] - st[:-1] != 1)]
    run = np.cumsum(new) - 1
    starts, ends = run_bounds(run)
    long = (st[ends] - st[starts]) * step_s >= cfg.min_hours * 3600
    csum = np.zeros((len(a) + 1, 3))
    np.cumsum(pts["xyz"][a], axis=0, out=csum[1:])
    centre = csum[ends + 1] - csum[starts]
    centre /= np.linalg.norm(centre, axis=1)[:, None]
    both = np.r_[pts["speed"][a], pts["speed"][b]]
    both_run = np.r_[run, run]
    both_starts, both_ends = run_bounds(np.sort(both_run))
    hours = (st[ends] - st[starts]) * step_s / 3600
    table = EventTable(
        kind="encounter",
        subtype=np.full(len(starts), "encounter"),
        mmsi=ma[starts],
        other_mmsi=mb[starts],
        start=st[starts] * step_s,
        end=st[ends] * step_s,
        lat=np.degrees(np.arcsin(np.clip(centre[:, 2], -1.0, 1.0))),
        lon=np.degrees(np.arctan2(centre[:, 1], centre[:, 0])),
        raised=np.ones(len(starts), dtype=bool),
        details={
            "hours": np.round(hours, 2),
            "median_distance_m": np.round(_run_median(d, run, starts, ends), 1),
            "median_speed_kn": np.round(_run_median(both, both_run, both_starts, both_ends), 2),
        },
    )
    return table.select(long)
