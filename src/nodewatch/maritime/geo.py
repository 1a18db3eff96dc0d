"""Vectorised geometry: great-circle distances and a grid for "who is within R of whom".

The grid works on Earth-centred (ECEF) coordinates cut into cubes of the search radius, so
neighbour search is the same 27 cubes everywhere: no special case at the poles or the
antimeridian, and no Python loop over points.
"""

from __future__ import annotations

import numpy as np

EARTH_RADIUS_M = 6_371_008.8
KNOT_MS = 1852.0 / 3600.0


def haversine_m(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distance in metres, element-wise."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi = p2 - p1
    dl = np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def ecef(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Points on the sphere as (n, 3) metres."""
    phi, lam = np.radians(lat), np.radians(lon)
    cos_phi = np.cos(phi)
    return np.column_stack((cos_phi * np.cos(lam), cos_phi * np.sin(lam), np.sin(phi))) * EARTH_RADIUS_M


_OFFSETS = np.array([(i, j, k) for i in (-1, 0, 1) for j in (-1, 0, 1) for k in (-1, 0, 1)], dtype=np.int64)


class GridIndex:
    """Reference points bucketed by (group, cube); ``candidates`` returns the pairs worth testing.

    ``group`` separates points that must never pair (e.g. different time bins). Keys are packed
    mixed-radix over the span the reference points occupy, so any region and any number of
    groups fit in 64 bits unless the product of spans does not (then: ValueError, split the input).
    """

    def __init__(
        self, lat: np.ndarray, lon: np.ndarray, cell_m: float, group: np.ndarray | None = None
    ) -> None:
        self.cell_m = cell_m
        n = len(lat)
        group = np.zeros(n, dtype=np.int64) if group is None else np.asarray(group, dtype=np.int64)
        cells = np.floor(ecef(lat, lon) / cell_m).astype(np.int64)
        if n:
            self.lo = np.r_[group.min(), cells.min(axis=0)]
            self.hi = np.r_[group.max(), cells.max(axis=0)]
        else:
            self.lo = np.zeros(4, dtype=np.int64)
            self.hi = np.full(4, -1, dtype=np.int64)
        self.span = self.hi - self.lo + 1
        if n and int(np.prod([int(s) for s in self.span])) >= 1 << 62:
            raise ValueError("grid key overflow: split the points into smaller time or space chunks")
        keys = self._keys(np.column_stack((group, cells)))
        self.order = np.argsort(keys, kind="stable")
        self.sorted_keys = keys[self.order]

    def _keys(self, cols: np.ndarray) -> np.ndarray:
        rel = cols - self.lo
        return ((rel[:, 0] * self.span[1] + rel[:, 1]) * self.span[2] + rel[:, 2]) * self.span[3] + rel[:, 3]

    def candidates(
        self, lat: np.ndarray, lon: np.ndarray, group: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(query index, reference index) of every reference point in the 27 cubes around each query."""
        n = len(lat)
        empty = np.empty(0, dtype=np.int64)
        if n == 0 or len(self.sorted_keys) == 0:
            return empty, empty
        group = np.zeros(n, dtype=np.int64) if group is None else np.asarray(group, dtype=np.int64)
        cols = np.column_stack((group, np.floor(ecef(lat, lon) / self.cell_m).astype(np.int64)))
        queries, refs = [], []
        for offset in _OFFSETS:
            shifted = cols + np.r_[0, offset]
            inside = np.nonzero(np.all((shifted >= self.lo) & (shifted <= self.hi), axis=1))[0]
            if len(inside) == 0:
                continue
            keys = self._keys(shifted[inside])
            lo = np.searchsorted(self.sorted_keys, keys, side="left")
            hi = np.searchsorted(self.sorted_keys, keys, side="right")
            counts = hi - lo
            hit = np.nonzero(counts)[0]
            if len(hit) == 0:
                continue
            counts = counts[hit]
            q = np.repeat(inside[hit], counts)
            # index inside each run of equal keys: a global arange minus each run's offset
            run_offset = np.repeat(np.cumsum(counts) - counts - lo[hit], counts)
            r = np.arange(counts.sum()) - run_offset
            queries.append(q)
            refs.append(self.order[r])
        if not queries:
            return empty, empty
        return np.concatenate(queries), np.concatenate(refs)


def nearest_within(
    lat: np.ndarray, lon: np.ndarray, ref_lat: np.ndarray, ref_lon: np.ndarray, radius_m: float
) -> tuple[np.ndarray, np.ndarray]:
    """For each point, the nearest reference point within ``radius_m``: (index or -1, distance or inf)."""
    n = len(lat)
    best = np.full(n, -1, dtype=np.int64)
    dist = np.full(n, np.inf)
    if n == 0 or len(ref_lat) == 0:
        return best, dist
    index = GridIndex(ref_lat, ref_lon, radius_m)
    q, r = index.candidates(lat, lon)
    if len(q) == 0:
        return best, dist
    d = haversine_m(lat[q], lon[q], ref_lat[r], ref_lon[r])
    keep = d <= radius_m
    q, r, d = q[keep], r[keep], d[keep]
    # the smallest distance per query: sort by (query, distance), take the first of each query
    order = np.lexsort((d, q))
    q, r, d = q[order], r[order], d[order]
    first = np.r_[True, q[1:] != q[:-1]] if len(q) else np.empty(0, dtype=bool)
    best[q[first]] = r[first]
    dist[q[first]] = d[first]
    return best, dist
