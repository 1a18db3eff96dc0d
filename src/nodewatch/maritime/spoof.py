"""Impossible movement: position outliers removed from tracks and jumps the track never undoes.

Both come out of track building; this module only turns them into events for analysts.
"""

from __future__ import annotations

import numpy as np

from nodewatch.maritime.events import EventTable
from nodewatch.maritime.geo import implied_kn
from nodewatch.maritime.tracks import Tracks


def detect_spoofing(tr: Tracks) -> list[EventTable]:
    """Two tables: jumps (the leg out of each listed fix) and removed outliers."""
    i = tr.jumps
    dist, secs = tr.leg_m[i], tr.leg_s[i]
    jumps = EventTable.over_legs(
        "spoof",
        np.full(len(i), "jump"),
        tr,
        i,
        np.ones(len(i), dtype=bool),
        details={
            "distance_km": np.round(dist / 1000, 2),
            "seconds": np.round(secs, 1),
            "implied_speed_kn": np.round(implied_kn(dist, secs), 1),
        },
    )
    out = tr.outliers
    k = len(out["t"])
    outliers = EventTable(
        kind="spoof",
        subtype=np.full(k, "outlier"),
        mmsi=out["mmsi"],
        start=out["t"],
        end=out["t"],
        lat=out["lat"],
        lon=out["lon"],
        raised=np.ones(k, dtype=bool),
        details={"implied_speed_in_kn": np.round(out["speed_in_kn"], 1)},
    )
    return [jumps, outliers]
