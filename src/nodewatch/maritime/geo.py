"""Vectorised geometry: great-circle distances and a grid for "who is within R of whom".

Points are handled as unit vectors (Earth-centred coordinates divided by the radius): the
trigonometry is paid once per point, and the distance between two points is the arc of their
chord (three subtractions, a square root and an arcsine), which is exact at any range.

The grid cuts that space into cubes of the search radius, so neighbour search is the same
27 cubes everywhere: no special case at the poles or the antimeridian. Each reference point is
entered in the 27 cubes around its own, so a query point only looks up its own cube: one binary
search per query, no Python loop over points.
"""

from __future__ import annotations

import numpy as np

EARTH_RADIUS_M = 6_371_008.8
KNOT_MS = 1852.0 / 3600.0


def implied_kn(dist_m: np.ndarray, secs: np.ndarray) -> np.ndarray:
    """Speed over legs in knots; NaN where no time passed (two fixes stamped alike)."""
    return np.divide(dist_m, secs, out=np.full(len(secs), np.nan), where=secs > 0) / KNOT_MS


_OFFSETS = np.array([(i, j, k) for i in (-1, 0, 1) for j in (-1, 0, 1) for k in (-1, 0, 1)], dtype=np.int64)


def haversine_m(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distance in metres, element-wise."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi = p2 - p1
    dl = np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def unit_vectors(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Points on the unit sphere as an (n, 3) array.

    Two sines and two square roots instead of four sines and cosines: cos(lat) is never
    negative, and cos(lon) is negative exactly where |lon| > 90. (Double-precision sines are
    the costliest step of track building; the square roots lose nothing that matters: under a
    millimetre next to the poles and the +-90 meridians.)
    """
    phi, lam = np.radians(lat), np.radians(lon)
    out = np.empty((len(phi), 3))
    sin_phi = np.sin(phi)
    cos_phi = np.sqrt(np.maximum(1.0 - sin_phi * sin_phi, 0.0))
    sin_lam = np.sin(lam)
    cos_lam = np.sqrt(np.maximum(1.0 - sin_lam * sin_lam, 0.0))
    np.negative(cos_lam, out=cos_lam, where=np.abs(np.asarray(lon)) > 90)
    np.multiply(cos_phi, cos_lam, out=out[:, 0])
    np.multiply(cos_phi, sin_lam, out=out[:, 1])
    out[:, 2] = sin_phi
    return out


def ecef(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Points on the sphere as (n, 3) metres."""
    return unit_vectors(lat, lon) * EARTH_RADIUS_M


def arc_m(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Great-circle distance in metres between rows of two unit-vector arrays."""
    d = u - v
    chord = np.sqrt(np.einsum("ij,ij->i", d, d))
    return 2 * EARTH_RADIUS_M * np.arcsin(np.minimum(chord * 0.5, 1.0))


class GridIndex:
    """Reference points bucketed by (group, cube of side ``cell_m``) for candidate-pair search.

    ``group`` separates points that must never pair (other time steps, other vessels). Keys are
    packed mixed-radix over the span the (expanded) reference cells occupy, so any region and any
    number of groups fit in 64 bits unless the product of spans does not (then: ValueError,
    split the input).
    """

    def __init__(self, xyz: np.ndarray, cell_m: float, group: np.ndarray | None = None) -> None:
        self.scale = EARTH_RADIUS_M / cell_m
        n = len(xyz)
        group = np.zeros(n, dtype=np.int64) if group is None else np.asarray(group, dtype=np.int64)
        cells = np.floor(xyz * self.scale).astype(np.int64)
        cols = (group, cells[:, 0], cells[:, 1], cells[:, 2])
        # the span of (group, x, y, z), one cube wider on each side for the neighbours
        grow = np.array([0, 1, 1, 1])
        if n:
            self.lo = np.array([c.min() for c in cols]) - grow
            self.span = np.array([c.max() for c in cols]) - self.lo + 1 + grow
        else:
            self.lo = np.zeros(4, dtype=np.int64)
            self.span = np.zeros(4, dtype=np.int64)
        if n and int(np.prod([int(s) for s in self.span])) >= 1 << 62:
            raise ValueError("grid key overflow: split the points into smaller time or space chunks")
        # Keys are linear in the cell, so a neighbour's key is the key plus a constant: the 27
        # shifted copies of the sorted keys are 27 sorted runs, merged by one stable sort.
        order = np.argsort(self._pack(*cols), kind="stable")
        base = self._pack(*(c[order] for c in cols))
        stride = np.array([self.span[2] * self.span[3], self.span[3], 1])
        grown = (base[None, :] + (_OFFSETS @ stride)[:, None]).ravel()
        merged = np.argsort(grown, kind="stable")
        keys = grown[merged]
        self.refs = np.tile(order, 27)[merged]
        first = np.r_[True, keys[1:] != keys[:-1]] if len(keys) else np.zeros(0, dtype=bool)
        self.keys = keys[first]
        self.run_start = np.nonzero(first)[0]
        self.run_count = np.diff(np.r_[self.run_start, len(keys)])

    def _pack(self, g: np.ndarray, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> np.ndarray:
        lo, span = self.lo, self.span
        return (((g - lo[0]) * span[1] + (x - lo[1])) * span[2] + (y - lo[2])) * span[3] + (z - lo[3])

    def candidates(self, xyz: np.ndarray, group: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(query index, reference index) of every reference point in the 27 cubes around each query."""
        empty = np.empty(0, dtype=np.int64)
        n = len(xyz)
        if n == 0 or len(self.keys) == 0:
            return empty, empty
        cells = np.floor(xyz * self.scale).astype(np.int64)
        g = np.zeros(n, dtype=np.int64) if group is None else np.asarray(group, dtype=np.int64)
        cols = (g, cells[:, 0], cells[:, 1], cells[:, 2])
        inside = np.ones(n, dtype=bool)
        for k, col in enumerate(cols):
            inside &= (col >= self.lo[k]) & (col < self.lo[k] + self.span[k])
        qi = np.nonzero(inside)[0]
        if len(qi) == 0:
            return empty, empty
        keys = self._pack(*(col[qi] for col in cols))
        pos = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        hit = self.keys[pos] == keys
        qi, pos = qi[hit], pos[hit]
        counts = self.run_count[pos]
        q = np.repeat(qi, counts)
        # position inside each run: a global arange minus each run's offset, plus the run's start
        shift = np.repeat(self.run_start[pos] - (np.cumsum(counts) - counts), counts)
        return q, self.refs[np.arange(len(q)) + shift]


class NearestIndex:
    """The reference points of a layer (ports, anchorages) ready for repeated nearest-within queries."""

    def __init__(self, ref_lat: np.ndarray, ref_lon: np.ndarray, radius_m: float) -> None:
        self.radius_m = radius_m
        self.xyz = unit_vectors(np.asarray(ref_lat, dtype=np.float64), np.asarray(ref_lon, dtype=np.float64))
        self.grid = GridIndex(self.xyz, radius_m)

    def query(self, lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each point, the nearest reference point within the radius: (index or -1, distance or inf)."""
        lat, lon = np.asarray(lat, dtype=np.float64), np.asarray(lon, dtype=np.float64)
        return self.query_xyz(unit_vectors(lat, lon))

    def query_xyz(self, xyz: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        n = len(xyz)
        best = np.full(n, -1, dtype=np.int64)
        dist = np.full(n, np.inf)
        q, r = self.grid.candidates(xyz)
        if len(q) == 0:
            return best, dist
        d = arc_m(xyz[q], self.xyz[r])
        keep = d <= self.radius_m
        q, r, d = q[keep], r[keep], d[keep]
        # the smallest distance per query: sort by (query, distance), take the first of each query
        order = np.lexsort((d, q))
        q, r, d = q[order], r[order], d[order]
        first = np.r_[True, q[1:] != q[:-1]] if len(q) else np.empty(0, dtype=bool)
        best[q[first]] = r[first]
        dist[q[first]] = d[first]
        return best, dist


def nearest_within(
    lat: np.ndarray, lon: np.ndarray, ref_lat: np.ndarray, ref_lon: np.ndarray, radius_m: float
) -> tuple[np.ndarray, np.ndarray]:
    """For each point, the nearest reference point within ``radius_m``: (index or -1, distance or inf)."""
    return NearestIndex(ref_lat, ref_lon, radius_m).query(lat, lon)
