"""The areas a map of events is drawn against: EEZ outlines and the watched ports' geofences.

The EEZ polygons (DPRK and the Russian Far East, from Global Fishing Watch's DPRK study,
Marine Regions ids; see the PROVENANCE of ``$NODEWATCH_DATA/maritime/reference/eez``) hold
~11,000 vertices traced at a few metres; a map at regional scale needs a few hundred, so the
outlines are simplified once (Douglas-Peucker) and kept. The ports are those the port-call
detector watches, with the radius it uses for each.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from nodewatch import settings
from nodewatch.maritime.config import MaritimeConfig
from nodewatch.maritime.reference import ReferenceError, watched_ports

EEZ_DIR = "maritime/reference/eez"
# Which outline files are drawn, and how each is labelled. The others of the folder are
# pieces of these (the same lines cut by zone) and would only draw the lines twice.
EEZ_LAYERS = {
    "eez_prk.geojson": ("kp", "DPRK claimed EEZ (East Sea)"),
    "eez_prk_mz.geojson": ("kp", "DPRK claimed military zone"),
    "eez_rus_12nm.geojson": ("ru", "Russian territorial sea (Primorye)"),
    "eez_rus_near_prk_wo_12nm.geojson": ("ru", "Russian EEZ near the DPRK, beyond 12 NM"),
    "eez_prk_overlap_rus.geojson": ("kp-ru", "DPRK–Russia overlap (1986 agreement)"),
}
# ~550 m at these latitudes: below what a regional map shows, and ~15x fewer vertices.
TOLERANCE_DEG = 0.005


def simplify(points: np.ndarray, tolerance: float) -> np.ndarray:
    """Douglas-Peucker: the points of a line (n x 2) that keep it within ``tolerance`` of the
    original, first and last always kept. Iterative, so long coastlines cannot overflow a stack."""
    n = len(points)
    if n < 3:
        return points
    keep = np.zeros(n, dtype=bool)
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        a, b = points[first], points[last]
        inner = points[first + 1 : last]
        ab = b - a
        length = float(np.hypot(*ab))
        if length == 0.0:
            dist = np.hypot(*(inner - a).T)
        else:
            dist = np.abs(ab[0] * (inner[:, 1] - a[1]) - ab[1] * (inner[:, 0] - a[0])) / length
        k = int(np.argmax(dist))
        if dist[k] > tolerance:
            split = first + 1 + k
            keep[split] = True
            stack.append((first, split))
            stack.append((split, last))
    return points[keep]


def _simplify_ring(ring: list[list[float]], tolerance: float) -> list[list[float]]:
    """A closed ring simplified, still closed; rings that shrink below a triangle are dropped."""
    points = np.asarray(ring, dtype=np.float64)[:, :2]
    out = simplify(points, tolerance)
    if len(out) < 4:
        return []
    return np.round(out, 4).tolist()


def _simplify_geometry(geometry: dict[str, Any], tolerance: float) -> dict[str, Any] | None:
    if geometry["type"] == "Polygon":
        polygons = [geometry["coordinates"]]
    elif geometry["type"] == "MultiPolygon":
        polygons = geometry["coordinates"]
    else:
        raise ReferenceError(f"EEZ outline of type {geometry['type']}: Polygon or MultiPolygon expected")
    kept = []
    for polygon in polygons:
        rings = [r for r in (_simplify_ring(ring, tolerance) for ring in polygon) if r]
        if rings:
            kept.append(rings)
    if not kept:
        return None
    if len(kept) == 1:
        return {"type": "Polygon", "coordinates": kept[0]}
    return {"type": "MultiPolygon", "coordinates": kept}


def eez_features(data_dir: Path | None = None, tolerance: float = TOLERANCE_DEG) -> list[dict[str, Any]]:
    """The EEZ outlines of ``EEZ_LAYERS`` as simplified GeoJSON features (those present)."""
    folder = (data_dir or settings.data_dir()) / EEZ_DIR
    features = []
    for name, (country, label) in EEZ_LAYERS.items():
        path = folder / name
        if not path.exists():
            continue
        try:
            collection = orjson.loads(path.read_bytes())
            source = [f["geometry"] for f in collection["features"]]
        except (orjson.JSONDecodeError, KeyError, TypeError) as exc:
            raise ReferenceError(f"{path}: not a GeoJSON FeatureCollection ({exc})") from None
        for geometry in source:
            simplified = _simplify_geometry(geometry, tolerance)
            if simplified is not None:
                features.append(
                    {
                        "type": "Feature",
                        "geometry": simplified,
                        "properties": {"layer": "eez", "country": country, "name": label, "file": name},
                    }
                )
    return features


def port_features(cfg: MaritimeConfig, data_dir: Path | None = None) -> list[dict[str, Any]]:
    """The watched ports as points, each with the geofence radius the port-call detector uses."""
    return [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(p.lon, 5), round(p.lat, 5)]},
            "properties": {
                "layer": "port",
                "key": p.key,
                "name": p.name,
                "country": p.country,
                "radius_km": p.radius_km or cfg.port_calls.radius_km,
                "source": p.source,
            },
        }
        for p in watched_ports(data_dir)
    ]


@cache
def areas(data_dir: Path | None = None) -> dict[str, Any]:
    """EEZ outlines and watched ports as one FeatureCollection (built once per data folder)."""
    features = eez_features(data_dir) + port_features(MaritimeConfig.load(), data_dir)
    return {"type": "FeatureCollection", "features": features}
