"""Impossible movement: position outliers removed from tracks and jumps the track never undoes.

Both come out of track building; this module only turns them into events for analysts.
"""

from __future__ import annotations

from nodewatch.maritime.events import Event, utc
from nodewatch.maritime.geo import KNOT_MS
from nodewatch.maritime.tracks import Tracks


def detect_spoofing(tr: Tracks) -> list[Event]:
    events = []
    for i in tr.jumps:
        j = int(i) + 1
        dist, secs = float(tr.leg_m[i]), float(tr.leg_s[i])
        events.append(
            Event(
                kind="spoof",
                subtype="jump",
                mmsi=int(tr.mmsi[i]),
                start=utc(tr.t[i]),
                end=utc(tr.t[j]),
                lat=float(tr.lat[i]),
                lon=float(tr.lon[i]),
                end_lat=float(tr.lat[j]),
                end_lon=float(tr.lon[j]),
                details={
                    "distance_km": round(dist / 1000, 2),
                    "seconds": round(secs, 1),
                    "implied_speed_kn": round(dist / secs / KNOT_MS, 1) if secs > 0 else None,
                },
            )
        )
    out = tr.outliers
    for k in range(len(out["t"])):
        events.append(
            Event(
                kind="spoof",
                subtype="outlier",
                mmsi=int(out["mmsi"][k]),
                start=utc(out["t"][k]),
                end=utc(out["t"][k]),
                lat=float(out["lat"][k]),
                lon=float(out["lon"][k]),
                details={"implied_speed_in_kn": round(float(out["speed_in_kn"][k]), 1)},
            )
        )
    return events
