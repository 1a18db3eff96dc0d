"""AIS gaps: every silence of ``min_hours`` or more, with where it started and ended.

A gap is a leg between two consecutive fixes of one vessel; its implied distance and speed
tell a switched-off transponder on a voyage (hundreds of km at a plausible speed) from a
vessel that never moved. Every gap is recorded. A gap is raised when it lasts ``flag_hours``
and nothing on the vessel's own track explains it (see data/defaults.toml, [gaps]): it lay
still at the same spot on both sides, it stayed in the home waters of one of its berths, or it
stayed in one port. Near a watched port nothing explains a gap.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nodewatch.maritime.berths import Berths
from nodewatch.maritime.config import GapConfig
from nodewatch.maritime.events import EventTable
from nodewatch.maritime.geo import implied_kn
from nodewatch.maritime.reference import anchorage_index, watched_port_index, watched_ports
from nodewatch.maritime.tracks import Tracks

EXPLANATIONS = (
    "",  # raised: nothing explains it
    "shorter than {flag_hours:g} h",
    "lay still at the same spot",
    "home waters of one of its berths",
    "inside one port",
)


def detect_gaps(tr: Tracks, cfg: GapConfig, berths: Berths, data_dir: Path | None = None) -> EventTable:
    i = np.nonzero(tr.leg_s >= cfg.min_hours * 3600)[0]
    if len(i) == 0:
        return EventTable.empty("gap")
    j = i + 1
    dist, secs = tr.leg_m[i], tr.leg_s[i]
    xa, xb, mmsi = tr.xyz[i], tr.xyz[j], tr.mmsi[i]
    long = secs >= cfg.flag_hours * 3600
    still = berths.at_rest[i] & berths.at_rest[j] & (dist <= berths.cfg.radius_m)
    home = berths.home_waters(mmsi, xa, xb)
    same_port = np.zeros(len(i), dtype=bool)
    if cfg.ignore_in_same_port:
        anc = anchorage_index(cfg.port_radius_km * 1000, data_dir)
        port_a, _ = anc.query_xyz(xa)
        port_b, _ = anc.query_xyz(xb)
        same_port = (port_a >= 0) & (port_a == port_b)
    explained = still | home | same_port
    if explained.any():
        sel = np.nonzero(explained)[0]
        explained[sel] = ~(berths.watched(xa[sel]) | berths.watched(xb[sel]))
    raised = long & ~explained
    reason = np.select([raised, ~long, still, home], [0, 1, 2, 3], 4)
    keys = np.array([p.key for p in watched_ports(data_dir)] + [""])
    voyage = watched_port_index(cfg.voyage_port_km * 1000, data_dir)
    from_port, _ = voyage.query_xyz(xa)
    to_port, _ = voyage.query_xyz(xb)
    return EventTable.over_legs(
        "gap",
        np.where(raised, "raised", "recorded"),
        tr,
        i,
        raised,
        details={
            "hours": np.round(secs / 3600, 2),
            "distance_km": np.round(dist / 1000, 2),
            "implied_speed_kn": np.round(implied_kn(dist, secs), 2),
            "from_port": keys[from_port],  # -1 (none) picks the trailing ""
            "to_port": keys[to_port],
            "explanation": np.array([e.format(flag_hours=cfg.flag_hours) for e in EXPLANATIONS])[reason],
        },
    )
