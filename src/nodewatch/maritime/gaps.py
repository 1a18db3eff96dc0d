"""AIS gaps: every silence of ``min_hours`` or more, with where it started and ended.

A gap is a leg between two consecutive fixes of one vessel; its implied distance and speed
tell a switched-off transponder on a voyage (hundreds of km at a plausible speed) from a
vessel that never moved. Gaps that start and end in the same port are a vessel at its berth
and are not reported (configurable).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nodewatch.maritime.config import GapConfig
from nodewatch.maritime.events import Event, utc
from nodewatch.maritime.geo import KNOT_MS, nearest_within
from nodewatch.maritime.reference import anchorages, watched_ports
from nodewatch.maritime.tracks import Tracks


def detect_gaps(tr: Tracks, cfg: GapConfig, data_dir: Path | None = None) -> list[Event]:
    i = np.nonzero(tr.leg_s >= cfg.min_hours * 3600)[0]
    if len(i) == 0:
        return []
    j = i + 1
    dist, secs = tr.leg_m[i], tr.leg_s[i]
    keep = np.ones(len(i), dtype=bool)
    if cfg.ignore_in_same_port:
        anc = anchorages(data_dir)
        radius = cfg.port_radius_km * 1000
        port_a, _ = nearest_within(tr.lat[i], tr.lon[i], anc.lat, anc.lon, radius)
        port_b, _ = nearest_within(tr.lat[j], tr.lon[j], anc.lat, anc.lon, radius)
        keep = ~((port_a >= 0) & (port_a == port_b))
    i, j, dist, secs = i[keep], j[keep], dist[keep], secs[keep]
    ports = watched_ports(data_dir)
    p_lat = np.array([p.lat for p in ports])
    p_lon = np.array([p.lon for p in ports])
    radius = cfg.voyage_port_km * 1000
    from_port, _ = nearest_within(tr.lat[i], tr.lon[i], p_lat, p_lon, radius)
    to_port, _ = nearest_within(tr.lat[j], tr.lon[j], p_lat, p_lon, radius)
    events = []
    for k in range(len(i)):
        a, b = int(i[k]), int(j[k])
        hours = float(secs[k]) / 3600
        details = {
            "hours": round(hours, 2),
            "distance_km": round(float(dist[k]) / 1000, 2),
            "implied_speed_kn": round(float(dist[k]) / float(secs[k]) / KNOT_MS, 2),
            "flagged": hours >= cfg.flag_hours,
        }
        if from_port[k] >= 0:
            details["from_port"] = ports[from_port[k]].key
        if to_port[k] >= 0:
            details["to_port"] = ports[to_port[k]].key
        events.append(
            Event(
                kind="gap",
                subtype="flagged" if details["flagged"] else "recorded",
                mmsi=int(tr.mmsi[a]),
                start=utc(tr.t[a]),
                end=utc(tr.t[b]),
                lat=float(tr.lat[a]),
                lon=float(tr.lon[a]),
                end_lat=float(tr.lat[b]),
                end_lon=float(tr.lon[b]),
                details=details,
            )
        )
    return events
