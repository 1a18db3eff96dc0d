"""Port calls at the watched DPRK and Russian Far East ports, by geofence.

A call is a run of consecutive fixes of one vessel inside one port's circle (a reporting gap
inside the port does not end it: vessels switch off at the berth). It counts when the vessel
stopped there or stayed ``min_hours``; a pass through the circle is not a call.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nodewatch.maritime.config import PortCallConfig
from nodewatch.maritime.events import EventTable
from nodewatch.maritime.reference import watched_port_index, watched_ports
from nodewatch.maritime.tracks import Tracks, run_bounds


def detect_port_calls(tr: Tracks, cfg: PortCallConfig, data_dir: Path | None = None) -> EventTable:
    ports = watched_ports(data_dir)
    radius = np.array([(p.radius_km or cfg.radius_km) * 1000 for p in ports])
    port, dist = watched_port_index(float(radius.max()), data_dir).query_xyz(tr.xyz)
    inside = np.nonzero(port >= 0)[0]
    inside = inside[dist[inside] <= radius[port[inside]]]
    if len(inside) == 0:
        return EventTable.empty("port-call")
    # runs of consecutive fixes of one vessel in one port (fixes outside break a run)
    lab_port = port[inside]
    new = np.r_[
        True,
        (np.diff(inside) != 1)
        | (tr.mmsi[inside[1:]] != tr.mmsi[inside[:-1]])
        | (lab_port[1:] != lab_port[:-1]),
    ]
    s0, s1 = run_bounds(np.cumsum(new))
    starts, ends, which = inside[s0], inside[s1], lab_port[s0]
    speed = np.nan_to_num(tr.speed, nan=np.inf)
    csum_stop = np.r_[0, np.cumsum(speed <= cfg.stop_speed_kn)]
    stopped = csum_stop[ends + 1] - csum_stop[starts] > 0
    hours = (tr.t[ends] - tr.t[starts]) / 3600
    call = stopped | (hours >= cfg.min_hours)
    keys = np.array([p.key for p in ports])
    country = np.array([p.country for p in ports])
    table = EventTable(
        kind="port-call",
        subtype=country[which],
        mmsi=tr.mmsi[starts],
        start=tr.t[starts],
        end=tr.t[ends],
        lat=np.array([p.lat for p in ports])[which],
        lon=np.array([p.lon for p in ports])[which],
        raised=np.ones(len(starts), dtype=bool),
        details={
            "port": keys[which],
            "port_name": np.array([p.name for p in ports])[which],
            "country": country[which],
            "hours": np.round(hours, 2),
            "stopped": stopped,
            "coordinate_source": np.array([p.source for p in ports])[which],
        },
    )
    return table.select(call)
