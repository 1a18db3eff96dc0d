"""Port calls at the watched DPRK and Russian Far East ports, by geofence.

A call is a run of consecutive fixes of one vessel inside one port's circle (a reporting gap
inside the port does not end it: vessels switch off at the berth). It counts when the vessel
stopped there or stayed ``min_hours``; a pass through the circle is not a call.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nodewatch.maritime.config import PortCallConfig
from nodewatch.maritime.events import Event, utc
from nodewatch.maritime.geo import nearest_within
from nodewatch.maritime.reference import watched_ports
from nodewatch.maritime.tracks import Tracks, run_bounds


def detect_port_calls(tr: Tracks, cfg: PortCallConfig, data_dir: Path | None = None) -> list[Event]:
    ports = watched_ports(data_dir)
    radius = np.array([(p.radius_km or cfg.radius_km) * 1000 for p in ports])
    port, dist = nearest_within(
        tr.lat,
        tr.lon,
        np.array([p.lat for p in ports]),
        np.array([p.lon for p in ports]),
        float(radius.max()),
    )
    inside = port >= 0
    inside[inside] = dist[inside] <= radius[port[inside]]
    label = np.where(inside, port, -1)
    starts, ends = run_bounds(np.c_[tr.mmsi, label] @ np.array([1 << 8, 1]) if len(tr) else label)
    keep = label[starts] >= 0
    starts, ends = starts[keep], ends[keep]
    if len(starts) == 0:
        return []
    speed = np.nan_to_num(tr.speed, nan=np.inf)
    csum_stop = np.r_[0, np.cumsum(speed <= cfg.stop_speed_kn)]
    stopped = csum_stop[ends + 1] - csum_stop[starts] > 0
    stayed = tr.t[ends] - tr.t[starts] >= cfg.min_hours * 3600
    events = []
    for s, e, did_stop in zip(
        starts[stopped | stayed], ends[stopped | stayed], stopped[stopped | stayed], strict=True
    ):
        p = ports[label[s]]
        events.append(
            Event(
                kind="port-call",
                subtype=p.country,
                mmsi=int(tr.mmsi[s]),
                start=utc(tr.t[s]),
                end=utc(tr.t[e]),
                lat=p.lat,
                lon=p.lon,
                details={
                    "port": p.key,
                    "port_name": p.name,
                    "country": p.country,
                    "hours": round(float(tr.t[e] - tr.t[s]) / 3600, 2),
                    "stopped": bool(did_stop),
                    "coordinate_source": p.source,
                },
            )
        )
    return events
