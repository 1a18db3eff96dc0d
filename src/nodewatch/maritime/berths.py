"""Where each vessel habitually lies still (its berths), learned from its own track.

A small craft switches its transponder off at its mooring and on again when it leaves; a
tug or pilot boat idles in the bay it works in. Port reference points do not know these places
(a marina, a swing mooring up a river), but the track does: a berth is a place where the vessel
lay still for hours on several separate occasions. Its home waters (within ``home_range_km``
of a berth) are where its silences and idling are ordinary. The explanation is withheld near
the watched DPRK and Russian Far East ports, where going dark is the signal itself.

All of it is whole-column NumPy: still legs from the track's legs, stays as runs of still legs,
berths as stays with enough neighbours (a grid join per vessel).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nodewatch.maritime.config import BerthConfig
from nodewatch.maritime.geo import GridIndex, arc_m
from nodewatch.maritime.reference import watched_port_index
from nodewatch.maritime.tracks import Tracks, run_bounds


@dataclass
class Berths:
    """The berths of every vessel of some tracks, and the tests that use them."""

    cfg: BerthConfig
    at_rest: np.ndarray  # per fix of the tracks: reported speed known and <= rest_speed_kn
    mmsi: np.ndarray  # per berth (one row per stay at a berth), sorted
    xyz: np.ndarray  # (n, 3) unit vectors of the berths
    data_dir: Path | None = None

    def __len__(self) -> int:
        return len(self.mmsi)

    def watched(self, xyz: np.ndarray) -> np.ndarray:
        """Points within ``watched_port_km`` of a watched port."""
        near, _ = watched_port_index(self.cfg.watched_port_km * 1000, self.data_dir).query_xyz(xyz)
        return near >= 0

    def home_waters(
        self, mmsi: np.ndarray, xyz: np.ndarray, other_xyz: np.ndarray | None = None
    ) -> np.ndarray:
        """Points (or pairs of points, with ``other_xyz``) within ``home_range_km`` of one berth of
        their vessel, and not in watched waters."""
        out = np.zeros(len(mmsi), dtype=bool)
        if len(self) == 0 or len(mmsi) == 0:
            return out
        vessels = np.unique(self.mmsi)
        rank = np.minimum(np.searchsorted(vessels, mmsi), len(vessels) - 1)
        has = np.nonzero(vessels[rank] == mmsi)[0]
        if len(has) == 0:
            return out
        radius = self.cfg.home_range_km * 1000
        grid = GridIndex(self.xyz, radius, np.searchsorted(vessels, self.mmsi))
        q, r = grid.candidates(xyz[has], rank[has])
        q = has[q]
        ok = arc_m(xyz[q], self.xyz[r]) <= radius
        if other_xyz is not None:
            ok &= arc_m(other_xyz[q], self.xyz[r]) <= radius
        out[q[ok]] = True
        out[out] &= ~self.watched(xyz[out])
        if other_xyz is not None:
            out[out] &= ~self.watched(other_xyz[out])
        return out


def at_rest(tr: Tracks, cfg: BerthConfig) -> np.ndarray:
    """Fixes whose reported speed is known and at most ``rest_speed_kn``.

    Only the reported speed counts: the implied speed of a leg says nothing about a vessel that
    was silent for days, so a fix without speed is never taken to be at rest.
    """
    return np.asarray(tr.sog <= cfg.rest_speed_kn)  # NaN compares False


def learn_berths(tr: Tracks, cfg: BerthConfig, data_dir: Path | None = None) -> Berths:
    rest = at_rest(tr, cfg)
    n = len(tr)
    empty = Berths(cfg, rest, np.zeros(0, dtype=np.int64), np.zeros((0, 3)), data_dir)
    if n < 2:
        return empty
    # still legs i -> i+1: same vessel, both at rest, the two fixes within radius_m
    still = np.zeros(n, dtype=bool)
    still[:-1] = rest[:-1] & rest[1:] & (tr.leg_m[:-1] <= cfg.radius_m)  # NaN leg: other vessel
    legs = np.nonzero(still)[0]
    if len(legs) == 0:
        return empty
    # runs of consecutive still legs: fixes first .. last lie still
    starts, ends = run_bounds(np.cumsum(np.r_[True, np.diff(legs) != 1]))
    first, last = legs[starts], legs[ends] + 1
    # One stay goes on through interruptions shorter than a stay, at the same place.
    pause = tr.t[first[1:]] - tr.t[last[:-1]]
    same_place = arc_m(tr.xyz[first[1:]], tr.xyz[first[:-1]]) <= cfg.radius_m
    cont = (tr.mmsi[first[1:]] == tr.mmsi[first[:-1]]) & same_place & (pause < cfg.min_stay_hours * 3600)
    s0, s1 = run_bounds(np.cumsum(np.r_[True, ~cont]))
    first, last = first[s0], last[s1]
    long = tr.t[last] - tr.t[first] >= cfg.min_stay_hours * 3600
    first = first[long]
    if len(first) == 0:
        return empty
    mmsi, xyz = tr.mmsi[first], tr.xyz[first]
    # berths: stays with at least min_stays stays of the same vessel (themselves included) around
    _, group = np.unique(mmsi, return_inverse=True)
    grid = GridIndex(xyz, cfg.radius_m, group)
    q, r = grid.candidates(xyz, group)
    near = arc_m(xyz[q], xyz[r]) <= cfg.radius_m
    count = np.bincount(q[near], minlength=len(first))
    keep = count >= cfg.min_stays
    return Berths(cfg, rest, mmsi[keep], xyz[keep], data_dir)
