"""Per-MMSI tracks: deduplicated, time-ordered, cleaned of impossible fixes, cut into segments.

Everything is whole-column NumPy: one sort, then comparisons of each fix with its neighbour.
A single fix that the vessel could not have reached and left again (in and out faster than
``max_speed_kn``, while its neighbours agree) is a position outlier and is removed; a jump
that the track does not come back from is kept as a jump (spoofing, or two ships on one
MMSI) and cuts the track. Both are reported by the spoof detector.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np

from nodewatch.maritime.config import TrackConfig
from nodewatch.maritime.geo import KNOT_MS, arc_m, implied_kn, unit_vectors


@dataclass
class Tracks:
    mmsi: np.ndarray  # int64, sorted (with t)
    t: np.ndarray  # float64 epoch seconds
    lat: np.ndarray
    lon: np.ndarray
    xyz: np.ndarray  # (n, 3) unit vectors of the positions, for distances and grids
    sog: np.ndarray  # knots, NaN when not reported
    segment: np.ndarray  # int64 segment id, contiguous
    leg_m: np.ndarray  # distance to the next fix of the same vessel (NaN at a vessel's last fix)
    leg_s: np.ndarray  # time to that fix
    jumps: np.ndarray  # indices i whose leg i -> i+1 is impossible
    outliers: dict[str, np.ndarray]  # removed fixes: mmsi, t, lat, lon, speed_in_kn
    duplicates: int

    def __len__(self) -> int:
        return len(self.t)

    @property
    def speed(self) -> np.ndarray:
        """Reported SOG, or the implied speed of the leg out of the fix where SOG is missing."""
        return np.where(np.isnan(self.sog), implied_kn(self.leg_m, self.leg_s), self.sog)


def load_positions(
    con: duckdb.DuckDBPyConnection, where: str = "", params: list[object] | None = None
) -> dict[str, np.ndarray]:
    """Timed positions from the store as NumPy columns, in store order.

    Not sorted here: ``build_tracks`` sorts a packed key in NumPy faster than the store's
    ORDER BY on one core (0.1-0.2 s against 0.4-0.7 s CPU for a million rows).
    """
    clause = f"AND ({where})" if where else ""
    rel = con.execute(
        f"""
        SELECT CAST(mmsi AS BIGINT) AS mmsi, epoch_ms(ts) / 1000.0 AS t, lat, lon,
               COALESCE(CAST(sog AS DOUBLE), 'NaN'::DOUBLE) AS sog
        FROM ais_positions WHERE ts IS NOT NULL {clause}
        """,
        params or [],
    )
    cols = rel.fetchnumpy()
    return {k: np.asarray(v) for k, v in cols.items()}


def _legs(mmsi: np.ndarray, t: np.ndarray, xyz: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(same vessel as next fix, metres to it, seconds to it); the last fix of a vessel gets NaN."""
    n = len(t)
    same = np.zeros(n, dtype=bool)
    dist = np.full(n, np.nan)
    dt = np.full(n, np.nan)
    if n > 1:
        same[:-1] = mmsi[1:] == mmsi[:-1]
        dist[:-1] = arc_m(xyz[:-1], xyz[1:])
        dt[:-1] = t[1:] - t[:-1]
        dist[~same] = np.nan
        dt[~same] = np.nan
    return same, dist, dt


def _impossible(dist: np.ndarray, dt: np.ndarray, cfg: TrackConfig) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        speed = np.where(dt > 0, dist / dt, np.inf)
    return (dist > cfg.min_jump_m) & (speed > cfg.max_speed_kn * KNOT_MS)


def vessel_time_order(mmsi: np.ndarray, t: np.ndarray) -> np.ndarray | None:
    """The permutation that sorts fixes by (MMSI, time), ties in input order; None if sorted.

    One sort of a packed int64 key (MMSI above, milliseconds below, coarsened by as many bits
    as the pair needs beyond 62) instead of a two-pass lexsort. The sort need not be stable and
    the key may be coarse: fixes with equal keys are put back in exact time, then input order.
    """
    n = len(t)
    if n < 2:
        return None
    same = mmsi[1:] == mmsi[:-1]
    if (mmsi[1:] >= mmsi[:-1]).all() and (~same | (t[1:] >= t[:-1])).all():
        return None
    vessel = mmsi - mmsi.min()
    t_ms = np.round((t - t.min()) * 1000).astype(np.int64)
    vessel_bits, time_bits = int(vessel.max()).bit_length(), int(t_ms.max()).bit_length()
    if vessel_bits > 62:
        return np.lexsort((t, mmsi))
    coarse = max(0, vessel_bits + time_bits - 62)
    key = (vessel << (time_bits - coarse)) | (t_ms >> coarse)
    order = np.argsort(key)
    ks = key[order]
    tie = np.nonzero(ks[1:] == ks[:-1])[0]
    if len(tie):
        members = np.unique(np.r_[tie, tie + 1])
        tied = order[members]
        order[members] = tied[np.lexsort((tied, t[tied], ks[members]))]
    return order


def build_tracks(cols: dict[str, np.ndarray], cfg: TrackConfig) -> Tracks:
    mmsi = np.asarray(cols["mmsi"], dtype=np.int64)
    t = np.asarray(cols["t"], dtype=np.float64)
    order = vessel_time_order(mmsi, t)
    if order is None:
        order = np.arange(len(t))
    mmsi, t = mmsi[order], t[order]
    lat = np.asarray(cols["lat"], dtype=np.float64)[order]
    lon = np.asarray(cols["lon"], dtype=np.float64)[order]
    sog = np.asarray(cols["sog"], dtype=np.float64)[order]

    # Duplicates: the same report heard by several stations. Runs of identical content are
    # bucketed by time since the run's first fix, one fix kept per bucket.
    n = len(t)
    if n:
        same_content = np.r_[
            False,
            (mmsi[1:] == mmsi[:-1])
            & (lat[1:] == lat[:-1])
            & (lon[1:] == lon[:-1])
            & ((sog[1:] == sog[:-1]) | (np.isnan(sog[1:]) & np.isnan(sog[:-1]))),
        ]
        run = np.cumsum(~same_content)
        run_start = np.maximum.accumulate(np.where(~same_content, np.arange(n), 0))
        bucket = np.floor((t - t[run_start]) / max(cfg.dedup_window_s, 1e-9)).astype(np.int64)
        keep = np.r_[True, (run[1:] != run[:-1]) | (bucket[1:] != bucket[:-1])]
    else:
        keep = np.zeros(0, dtype=bool)
    duplicates = int(n - keep.sum())
    mmsi, t, lat, lon, sog = mmsi[keep], t[keep], lat[keep], lon[keep], sog[keep]
    xyz = unit_vectors(lat, lon)

    # Isolated outliers: impossible in, impossible out, while skipping the fix is possible.
    same, dist, dt = _legs(mmsi, t, xyz)
    bad_leg = same & _impossible(dist, dt, cfg)
    n = len(t)
    outlier = np.zeros(n, dtype=bool)
    if n > 2:
        mid = np.nonzero(bad_leg[:-2] & bad_leg[1:-1])[0] + 1  # impossible in and out
        skip_m = arc_m(xyz[mid - 1], xyz[mid + 1])
        outlier[mid] = same[mid - 1] & same[mid] & ~_impossible(skip_m, t[mid + 1] - t[mid - 1], cfg)
    out = np.nonzero(outlier)[0]
    outliers = {
        "mmsi": mmsi[out],
        "t": t[out],
        "lat": lat[out],
        "lon": lon[out],
    }
    with np.errstate(divide="ignore"):
        outliers["speed_in_kn"] = dist[out - 1] / dt[out - 1] / KNOT_MS
    if outlier.any():
        keep = ~outlier
        mmsi, t, lat, lon, sog, xyz = mmsi[keep], t[keep], lat[keep], lon[keep], sog[keep], xyz[keep]
        same, dist, dt = _legs(mmsi, t, xyz)
    jump = same & _impossible(dist, dt, cfg)
    # A new segment starts at a new vessel, after a long gap, or after a jump.
    new_segment = (
        np.r_[True, ~same[:-1] | (dt[:-1] > cfg.segment_gap_hours * 3600) | jump[:-1]] if len(t) else keep[:0]
    )
    return Tracks(
        mmsi=mmsi,
        t=t,
        lat=lat,
        lon=lon,
        xyz=xyz,
        sog=sog,
        segment=np.cumsum(new_segment) - 1,
        leg_m=dist,
        leg_s=dt,
        jumps=np.nonzero(jump)[0],
        outliers=outliers,
        duplicates=duplicates,
    )


def run_bounds(labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(first index, last index) of each run of equal consecutive labels."""
    n = len(labels)
    if n == 0:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    starts = np.r_[0, np.nonzero(labels[1:] != labels[:-1])[0] + 1]
    ends = np.r_[starts[1:] - 1, n - 1]
    return starts, ends


class SegmentClock:
    """Times within track pieces as one increasing int64 key: the piece's label above,
    milliseconds since its first fix below (with room for ``pad_s`` more). "The fix at or before
    time T of this piece" is then one ``searchsorted`` over the whole table.

    ``labels`` are the pieces (segments, or finer cuts) of time-sorted fixes: 0, 0, 1, 1, 1, 2...
    """

    def __init__(self, labels: np.ndarray, t: np.ndarray, pad_s: float = 0.0) -> None:
        starts, _ = run_bounds(labels)
        t_ms = np.round(t * 1000).astype(np.int64)
        self.t0_ms = t_ms[starts]
        rel = t_ms - self.t0_ms[labels] if len(t) else t_ms
        self.width = (int(rel.max()) if len(t) else 0) + round(pad_s * 1000) + 1
        if len(t) and (int(labels[-1]) + 1) * self.width >= 1 << 62:
            raise ValueError("too many or too long track pieces for one pass; analyse fewer positions")
        self.key = labels.astype(np.int64) * self.width + rel

    def at(self, labels: np.ndarray, t: np.ndarray) -> np.ndarray:
        """Keys of times ``t`` (epoch s) in pieces ``labels``, clipped to the piece's key range."""
        rel = np.round(np.asarray(t) * 1000).astype(np.int64) - self.t0_ms[labels]
        return labels.astype(np.int64) * self.width + np.clip(rel, -1, self.width - 1)
