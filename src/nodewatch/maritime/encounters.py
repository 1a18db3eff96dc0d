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
from nodewatch.maritime.events import Event, utc
from nodewatch.maritime.geo import GridIndex, haversine_m, nearest_within
from nodewatch.maritime.reference import anchorages
from nodewatch.maritime.tracks import Tracks, run_bounds

MAX_STEPS_PER_CHUNK = 4_000  # time steps paired at once (keeps grid keys within 64 bits)


def resample(tr: Tracks, step_s: float, max_interp_s: float) -> dict[str, np.ndarray]:
    """Each segment at every multiple of ``step_s`` it spans: step, mmsi, lat, lon, speed."""
    seg_start, seg_end = run_bounds(tr.segment)
    first = np.ceil(tr.t[seg_start] / step_s).astype(np.int64)
    last = np.floor(tr.t[seg_end] / step_s).astype(np.int64)
    nb = np.maximum(last - first + 1, 0)
    total = int(nb.sum())
    seg_of = np.repeat(np.arange(len(seg_start)), nb)
    step = np.repeat(first, nb) + (np.arange(total) - np.repeat(np.cumsum(nb) - nb, nb))
    when = step * step_s
    # The fix at or before each step: merge steps into the (segment, time)-sorted fixes.
    kind = np.r_[np.zeros(len(tr), dtype=np.int8), np.ones(total, dtype=np.int8)]
    order = np.lexsort((kind, np.r_[tr.t, when], np.r_[tr.segment, seg_of]))
    before = np.cumsum(kind[order] == 0) - 1
    prev = np.empty(total, dtype=np.int64)
    prev[order[kind[order] == 1] - len(tr)] = before[kind[order] == 1]
    nxt = np.minimum(prev + 1, seg_end[seg_of])
    span = tr.t[nxt] - tr.t[prev]
    w = np.divide(when - tr.t[prev], span, out=np.zeros(total), where=span > 0)
    dlon = (tr.lon[nxt] - tr.lon[prev] + 540) % 360 - 180
    lat = tr.lat[prev] + w * (tr.lat[nxt] - tr.lat[prev])
    lon = (tr.lon[prev] + w * dlon + 540) % 360 - 180
    speed = tr.speed
    sp = np.where(np.isnan(speed[prev]), speed[nxt], speed[prev] + w * (speed[nxt] - speed[prev]))
    ok = (span <= max_interp_s) | (w == 0)
    return {
        "step": step[ok],
        "mmsi": tr.mmsi[prev][ok],
        "lat": lat[ok],
        "lon": lon[ok],
        "speed": np.nan_to_num(sp[ok], nan=np.inf),
    }


def detect_encounters(tr: Tracks, cfg: EncounterConfig, data_dir: Path | None = None) -> list[Event]:
    step_s = cfg.step_minutes * 60
    pts = resample(tr, step_s, cfg.max_interp_minutes * 60)
    slow = pts["speed"] < cfg.max_speed_kn
    pts = {k: v[slow] for k, v in pts.items()}
    anc = anchorages(data_dir)
    near, _ = nearest_within(pts["lat"], pts["lon"], anc.lat, anc.lon, cfg.min_port_distance_km * 1000)
    pts = {k: v[near < 0] for k, v in pts.items()}
    pairs = _pairs(pts, cfg.max_distance_m)
    return _runs(pairs, pts, step_s, cfg)


def _pairs(pts: dict[str, np.ndarray], max_m: float) -> dict[str, np.ndarray]:
    """Every (fix a, fix b) at the same step, different vessels, within ``max_m``."""
    out: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    steps = pts["step"]
    if len(steps) == 0:
        return {"a": np.empty(0, np.int64), "b": np.empty(0, np.int64), "d": np.empty(0)}
    order = np.argsort(steps, kind="stable")
    lo_step = steps.min()
    for chunk_lo in range(int(lo_step), int(steps.max()) + 1, MAX_STEPS_PER_CHUNK):
        sel = order[(steps[order] >= chunk_lo) & (steps[order] < chunk_lo + MAX_STEPS_PER_CHUNK)]
        if len(sel) < 2:
            continue
        lat, lon, grp = pts["lat"][sel], pts["lon"][sel], steps[sel] - chunk_lo
        index = GridIndex(lat, lon, max_m, grp)
        q, r = index.candidates(lat, lon, grp)
        mm = pts["mmsi"][sel]
        keep = mm[q] < mm[r]
        q, r = q[keep], r[keep]
        d = haversine_m(lat[q], lon[q], lat[r], lon[r])
        close = d <= max_m
        out.append((sel[q[close]], sel[r[close]], d[close]))
    if not out:
        return {"a": np.empty(0, np.int64), "b": np.empty(0, np.int64), "d": np.empty(0)}
    return {
        "a": np.concatenate([o[0] for o in out]),
        "b": np.concatenate([o[1] for o in out]),
        "d": np.concatenate([o[2] for o in out]),
    }


def _runs(
    pairs: dict[str, np.ndarray], pts: dict[str, np.ndarray], step_s: float, cfg: EncounterConfig
) -> list[Event]:
    a, b, d = pairs["a"], pairs["b"], pairs["d"]
    if len(a) == 0:
        return []
    ma, mb, st = pts["mmsi"][a], pts["mmsi"][b], pts["step"][a]
    order = np.lexsort((st, mb, ma))
    a, b, d, ma, mb, st = a[order], b[order], d[order], ma[order], mb[order], st[order]
    new = np.r_[True, (ma[1:] != ma[:-1]) | (mb[1:] != mb[:-1]) | (st[1:] - st[:-1] != 1)]
    starts, ends = run_bounds(np.cumsum(new))
    long_enough = (st[ends] - st[starts]) * step_s >= cfg.min_hours * 3600
    events = []
    for s, e in zip(starts[long_enough], ends[long_enough], strict=True):
        ia, ib = a[s : e + 1], b[s : e + 1]
        events.append(
            Event(
                kind="encounter",
                subtype="encounter",
                mmsi=int(ma[s]),
                other_mmsi=int(mb[s]),
                start=utc(st[s] * step_s),
                end=utc(st[e] * step_s),
                lat=float(np.mean(pts["lat"][ia])),
                lon=float(np.mean(pts["lon"][ia])),
                details={
                    "hours": round(float(st[e] - st[s]) * step_s / 3600, 2),
                    "median_distance_m": round(float(np.median(d[s : e + 1])), 1),
                    "median_speed_kn": round(float(np.median(np.r_[pts["speed"][ia], pts["speed"][ib]])), 2),
                },
            )
        )
    return events
