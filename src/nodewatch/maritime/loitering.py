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

Loitering in the vessel's own home waters (near a berth it keeps coming back to, see berths.py)
is recorded, not raised: a local boat idling near its mooring is not a ship waiting at sea.

All of it is whole-column NumPy: one searchsorted for the window ends, a difference array
for the union of windows, run bounds for the events.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nodewatch.maritime.berths import Berths
from nodewatch.maritime.config import LoiterConfig
from nodewatch.maritime.events import EventTable
from nodewatch.maritime.geo import EARTH_RADIUS_M, KNOT_MS, arc_m
from nodewatch.maritime.reference import anchorage_index
from nodewatch.maritime.tracks import SegmentClock, Tracks, run_bounds


def loitering_mask(tr: Tracks, cfg: LoiterConfig, csum: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(fixes inside a loitering window, sub-segment id of each fix).

    ``csum`` is the prefix sum of the unit vectors, one row ahead.
    """
    n = len(tr)
    window = cfg.min_hours * 3600
    cut = np.r_[True, (tr.segment[1:] != tr.segment[:-1]) | (np.diff(tr.t) > cfg.max_gap_hours * 3600)]
    sub = np.cumsum(cut) - 1
    clock = SegmentClock(sub, tr.t, pad_s=window)
    j = np.searchsorted(clock.key, clock.key + round(window * 1000), side="left")
    jc = np.minimum(j, n - 1)
    valid = (j < n) & (sub[jc] == sub)
    i = np.nonzero(valid)[0]
    jv = jc[valid]
    net = arc_m(tr.xyz[i], tr.xyz[jv]) / (tr.t[jv] - tr.t[i]) / KNOT_MS
    # ...and stays in a small area: RMS distance of the window's fixes from their centroid, from
    # prefix sums of the coordinates, at most that of a vessel steaming straight at the speed
    # limit through the longest window (run length / sqrt(12)).
    # (Unit vectors: the mean square length is 1, so the variance is 1 - |mean|².)
    mean = (csum[jv + 1] - csum[i]) / (jv - i + 1)[:, None]
    rms = np.sqrt(np.maximum(1.0 - np.einsum("ij,ij->i", mean, mean), 0.0)) * EARTH_RADIUS_M
    reach_m = cfg.max_speed_kn * KNOT_MS * (cfg.min_hours + cfg.max_gap_hours) * 3600 / np.sqrt(12)
    slow = (net < cfg.max_speed_kn) & (rms <= reach_m)
    cover = np.bincount(i[slow], minlength=n + 1) - np.bincount(jv[slow] + 1, minlength=n + 1)
    return np.cumsum(cover)[:n] > 0, sub


def detect_loitering(
    tr: Tracks, cfg: LoiterConfig, berths: Berths, data_dir: Path | None = None
) -> EventTable:
    if len(tr) < 2:
        return EventTable.empty("loiter")
    csum = np.zeros((len(tr) + 1, 3))
    np.cumsum(tr.xyz, axis=0, out=csum[1:])
    covered, sub = loitering_mask(tr, cfg, csum)
    label = np.cumsum(np.r_[True, (sub[1:] != sub[:-1]) | (covered[1:] != covered[:-1])])
    starts, ends = run_bounds(label)
    keep = covered[starts]
    starts, ends = starts[keep], ends[keep]
    if len(starts) == 0:
        return EventTable.empty("loiter")
    centre = csum[ends + 1] - csum[starts]
    centre /= np.linalg.norm(centre, axis=1)[:, None]
    near, _ = anchorage_index(cfg.min_port_distance_km * 1000, data_dir).query_xyz(centre)
    at_sea = near < 0
    starts, ends, centre = starts[at_sea], ends[at_sea], centre[at_sea]
    mmsi = tr.mmsi[starts]
    home = berths.home_waters(mmsi, centre)
    secs = tr.t[ends] - tr.t[starts]
    speed = np.r_[0.0, np.cumsum(np.nan_to_num(tr.speed, nan=0.0))]
    with np.errstate(divide="ignore", invalid="ignore"):
        net = np.where(secs > 0, arc_m(tr.xyz[starts], tr.xyz[ends]) / secs / KNOT_MS, 0.0)
    return EventTable(
        kind="loiter",
        subtype=np.full(len(starts), "loitering"),
        mmsi=mmsi,
        start=tr.t[starts],
        end=tr.t[ends],
        lat=np.degrees(np.arcsin(np.clip(centre[:, 2], -1.0, 1.0))),
        lon=np.degrees(np.arctan2(centre[:, 1], centre[:, 0])),
        raised=~home,
        details={
            "hours": np.round(secs / 3600, 2),
            "fixes": ends - starts + 1,
            "mean_reported_speed_kn": np.round((speed[ends + 1] - speed[starts]) / (ends - starts + 1), 2),
            "net_speed_kn": np.round(net, 2),
            "explanation": np.where(home, "home waters of one of its berths", ""),
        },
    )
