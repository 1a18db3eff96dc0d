"""Loitering: one vessel that makes no headway for ``min_hours`` or more, away from port.

GFW's loitering is "average speed below 2 knots". A drifting tanker waiting for orders reports
2-7 kn of speed over ground while going round in a few square kilometres (the real FRIO track
off Gothenburg), so we measure headway, not the speedometer: a fix starts a loitering window
when the straight-line distance to where the vessel is ``min_hours`` later, divided by the time,
is below ``max_speed_kn`` and its fixes in between stay within the area a vessel at that speed
could cover (a fast round trip also has no net headway, but ranges far). A vessel slower than
the limit throughout always qualifies (net headway never exceeds the distance sailed), so this
contains GFW's definition. Overlapping
windows merge into one event; a reporting gap longer than ``max_gap_hours`` cuts it.

All of it is whole-column NumPy: one searchsorted for the window ends, a difference array
for the union of windows, run bounds for the events.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nodewatch.maritime.config import LoiterConfig
from nodewatch.maritime.events import Event, utc
from nodewatch.maritime.geo import KNOT_MS, ecef, haversine_m, nearest_within
from nodewatch.maritime.reference import anchorages
from nodewatch.maritime.tracks import Tracks, run_bounds


def loitering_mask(tr: Tracks, cfg: LoiterConfig) -> tuple[np.ndarray, np.ndarray]:
    """(fixes inside a loitering window, sub-segment id of each fix)."""
    n = len(tr)
    window = cfg.min_hours * 3600
    dt = np.diff(tr.t)
    cut = np.r_[True, (tr.segment[1:] != tr.segment[:-1]) | (dt > cfg.max_gap_hours * 3600)]
    sub = np.cumsum(cut) - 1
    sub_start, _ = run_bounds(sub)
    t_rel = tr.t - tr.t[sub_start][sub]
    span = float(t_rel.max()) + window + 1.0
    if (sub[-1] + 1) * span >= 2.0**52:
        raise ValueError("too many track segments for one loitering pass; analyse fewer positions at once")
    key = sub * span + t_rel
    j = np.searchsorted(key, key + window, side="left")
    jc = np.minimum(j, n - 1)
    valid = (j < n) & (sub[jc] == sub)
    i = np.nonzero(valid)[0]
    jv = jc[valid]
    net = haversine_m(tr.lat[i], tr.lon[i], tr.lat[jv], tr.lon[jv]) / (tr.t[jv] - tr.t[i]) / KNOT_MS
    # ...and stays in a small area: RMS distance of the window's fixes from their centroid, from
    # prefix sums of ECEF coordinates, at most that of a vessel steaming straight at the speed
    # limit through the longest window (run length / sqrt(12)).
    p = ecef(tr.lat, tr.lon)
    c1 = np.vstack((np.zeros(3), np.cumsum(p, axis=0)))
    c2 = np.r_[0.0, np.cumsum((p * p).sum(axis=1))]
    cnt = (jv - i + 1)[:, None]
    mean = (c1[jv + 1] - c1[i]) / cnt
    rms = np.sqrt(np.maximum((c2[jv + 1] - c2[i]) / cnt[:, 0] - (mean * mean).sum(axis=1), 0.0))
    reach_m = cfg.max_speed_kn * KNOT_MS * (cfg.min_hours + cfg.max_gap_hours) * 3600 / np.sqrt(12)
    slow = (net < cfg.max_speed_kn) & (rms <= reach_m)
    cover = np.zeros(n + 1, dtype=np.int64)
    np.add.at(cover, i[slow], 1)
    np.add.at(cover, jv[slow] + 1, -1)
    return np.cumsum(cover)[:n] > 0, sub


def detect_loitering(tr: Tracks, cfg: LoiterConfig, data_dir: Path | None = None) -> list[Event]:
    if len(tr) < 2:
        return []
    covered, sub = loitering_mask(tr, cfg)
    label = np.cumsum(np.r_[True, (sub[1:] != sub[:-1]) | (covered[1:] != covered[:-1])])
    starts, ends = run_bounds(label)
    keep = covered[starts]
    starts, ends = starts[keep], ends[keep]
    if len(starts) == 0:
        return []
    mean_lat = _run_mean(tr.lat, starts, ends)
    mean_lon = _run_mean(tr.lon, starts, ends)
    anc = anchorages(data_dir)
    near, _ = nearest_within(mean_lat, mean_lon, anc.lat, anc.lon, cfg.min_port_distance_km * 1000)
    speed = np.nan_to_num(tr.speed, nan=0.0)
    events = []
    for k in np.nonzero(near < 0)[0]:
        a, b = int(starts[k]), int(ends[k])
        hours = float(tr.t[b] - tr.t[a]) / 3600
        events.append(
            Event(
                kind="loiter",
                subtype="loitering",
                mmsi=int(tr.mmsi[a]),
                start=utc(tr.t[a]),
                end=utc(tr.t[b]),
                lat=float(mean_lat[k]),
                lon=float(mean_lon[k]),
                details={
                    "hours": round(hours, 2),
                    "fixes": b - a + 1,
                    "mean_reported_speed_kn": round(float(speed[a : b + 1].mean()), 2),
                    "net_speed_kn": round(
                        float(haversine_m(tr.lat[a], tr.lon[a], tr.lat[b], tr.lon[b]))
                        / (hours * 3600)
                        / KNOT_MS,
                        2,
                    )
                    if hours > 0
                    else 0.0,
                },
            )
        )
    return events


def _run_mean(values: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Mean of ``values`` over each [start, end] run (runs sorted, not overlapping)."""
    csum = np.r_[0.0, np.cumsum(values)]
    return (csum[ends + 1] - csum[starts]) / (ends - starts + 1)
