"""Which gaps and loitering are raised: berths learned from the track, home waters, watched ports.

Tracks are written here, fix by fix, in a fictional world (tests/fixtures/maritime/world): an
ordinary port "Testport" at (-30, 150) and the watched ports on an invented coast at 45 N.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from nodewatch.maritime.berths import learn_berths
from nodewatch.maritime.config import MaritimeConfig
from nodewatch.maritime.events import EventTable
from nodewatch.maritime.gaps import detect_gaps
from nodewatch.maritime.geo import EARTH_RADIUS_M, GridIndex, arc_m, haversine_m, unit_vectors
from nodewatch.maritime.loitering import detect_loitering
from nodewatch.maritime.reference import watched_ports
from nodewatch.maritime.tracks import build_tracks

H = 3600.0
WORLD = Path(__file__).resolve().parents[1] / "fixtures" / "maritime" / "world"


def east(lat: float, lon: float, km: float) -> tuple[float, float]:
    return lat, lon + np.degrees(km * 1000 / (EARTH_RADIUS_M * np.cos(np.radians(lat))))


class Track:
    """A vessel's fixes, appended in time order."""

    def __init__(self, mmsi: int) -> None:
        self.mmsi = mmsi
        self.rows: list[tuple[float, float, float, float]] = []

    def still(self, t0: float, t1: float, at: tuple[float, float], sog: float = 0.1) -> Track:
        """Fixes every 10 minutes from t0 to t1 (hours), lying still at ``at``."""
        for t in np.arange(t0, t1 + 1e-9, 1 / 6):
            self.rows.append((t * H, at[0], at[1], sog))
        return self

    def sail(self, t0: float, a: tuple[float, float], b: tuple[float, float], kn: float = 8.0) -> Track:
        """Fixes every 10 minutes from ``a`` to ``b`` at ``kn`` knots, leaving at t0 (hours)."""
        km = float(haversine_m(a[0], a[1], b[0], b[1])) / 1000
        hours = km / (kn * 1.852)
        for f in np.linspace(0, 1, max(int(hours * 6), 1) + 1):
            self.rows.append(((t0 + f * hours) * H, a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]), kn))
        return self

    def fix(self, t: float, at: tuple[float, float], sog: float) -> Track:
        self.rows.append((t * H, at[0], at[1], sog))
        return self

    @property
    def end(self) -> float:
        return self.rows[-1][0] / H


def columns(*tracks: Track) -> dict[str, np.ndarray]:
    rows = [(tr.mmsi, *row) for tr in tracks for row in tr.rows]
    arr = np.array(rows, dtype=np.float64)
    return {
        "mmsi": arr[:, 0].astype(np.int64),
        "t": arr[:, 1],
        "lat": arr[:, 2],
        "lon": arr[:, 3],
        "sog": arr[:, 4],
    }


MOORING = east(-30.0, 150.0, 30)  # 30 km from Testport: outside its 10 km port area
NEAR = east(*MOORING, 30)  # 30 km further: still in the mooring's home waters (50 km)
FAR = east(*MOORING, 200)


def home_boat() -> Track:
    """Switches off at its mooring twice, makes a trip in its home waters, then a dark passage."""
    tr = Track(1)
    tr.still(0, 1, MOORING).still(20, 21, MOORING)  # off at the mooring for 19 h: one stay
    tr.sail(21.2, MOORING, NEAR)  # out 30 km, then silent...
    tr.still(43, 44, MOORING).still(63, 64, MOORING)  # ...back at the mooring: second stay
    tr.sail(64.2, MOORING, east(*MOORING, 10))  # leaves, goes dark...
    tr.sail(90, FAR, east(*FAR, 5))  # ...and turns up 200 km away: a dark passage
    tr.fix(tr.end + 8, east(*FAR, 8), 6.0)  # an 8-hour gap: recorded only
    return tr


@pytest.fixture(scope="module")
def cfg() -> MaritimeConfig:
    return MaritimeConfig.load()


def _analyse(cfg: MaritimeConfig, *tracks: Track) -> tuple[EventTable, EventTable]:
    tr = build_tracks(columns(*tracks), cfg.tracks)
    berths = learn_berths(tr, cfg.berths, WORLD)
    return detect_gaps(tr, cfg.gaps, berths, WORLD), detect_loitering(tr, cfg.loitering, berths, WORLD)


def _gaps(table: EventTable, mmsi: int) -> list[tuple[float, float, bool, str]]:
    sel = table.mmsi == mmsi
    return [
        (round(s / H, 2), round(e / H, 2), bool(r), str(x))
        for s, e, r, x in zip(
            table.start[sel],
            table.end[sel],
            table.raised[sel],
            table.details["explanation"][sel],
            strict=True,
        )
    ]


def test_berth_learned_from_repeated_stays_only(cfg: MaritimeConfig) -> None:
    boat = home_boat()
    waiter = Track(3)  # one long wait at sea, with a jitter fix in the middle: not a berth
    spot = (-40.0, 160.0)
    waiter.still(0, 14, spot).fix(14.1, spot, 1.5).still(14.2, 30, spot)
    tr = build_tracks(columns(boat, waiter), cfg.tracks)
    berths = learn_berths(tr, cfg.berths, WORLD)
    assert set(berths.mmsi.tolist()) == {1}
    assert len(berths) == 2  # the two stays at the mooring
    assert (arc_m(berths.xyz, unit_vectors(np.array([MOORING[0]]), np.array([MOORING[1]]))) < 1).all()


def test_gap_rules_home_boat(cfg: MaritimeConfig) -> None:
    gaps, _ = _analyse(cfg, home_boat())
    assert _gaps(gaps, 1) == [
        (1.0, 20.0, False, "lay still at the same spot"),
        (pytest.approx(23.3, abs=0.1), 43.0, False, "home waters of one of its berths"),
        (44.0, 63.0, False, "lay still at the same spot"),
        (pytest.approx(64.9, abs=0.1), 90.0, True, ""),
        (pytest.approx(90.3, abs=0.1), pytest.approx(98.3, abs=0.1), False, "shorter than 12 h"),
    ]
    raised = np.nonzero(gaps.raised)[0]
    assert gaps.details["distance_km"][raised][0] == pytest.approx(190, abs=1)
    assert all(e.raised == (e.subtype == "raised") for e in gaps.events())


def test_no_explanation_near_a_watched_port(cfg: MaritimeConfig) -> None:
    """The same habits at a watched port raise every long gap: there a stay is not a proof."""
    nakhodka = next(p for p in watched_ports(WORLD) if p.key == "nakhodka")
    berth = east(nakhodka.lat, nakhodka.lon, 3)
    tr = Track(2)
    tr.still(0, 1, berth).still(20, 21, berth).sail(21.2, berth, east(*berth, 30))
    tr.still(43, 44, berth).still(63, 64, berth)
    gaps, _ = _analyse(cfg, tr)
    assert [(g[2], g[3]) for g in _gaps(gaps, 2)] == [(True, "")] * 3
    assert gaps.details["from_port"][0] == "nakhodka" and all(gaps.details["from_port"])


def test_loitering_in_home_waters_is_recorded_not_raised(cfg: MaritimeConfig) -> None:
    boat = home_boat()
    idle = (MOORING[0] + 0.18, MOORING[1])  # 20 km north of the mooring
    boat.still(110, 113, idle, sog=0.4)
    waiter = (
        Track(3).still(0, 14, (-40.0, 160.0)).fix(14.1, (-40.0, 160.0), 1.5).still(14.2, 30, (-40.0, 160.0))
    )
    _, loiter = _analyse(cfg, boat, waiter)
    got = {
        int(m): (bool(r), str(x))
        for m, r, x in zip(loiter.mmsi, loiter.raised, loiter.details["explanation"], strict=True)
    }
    assert got == {1: (False, "home waters of one of its berths"), 3: (True, "")}


def test_grid_candidates_with_groups_match_brute_force() -> None:
    rng = np.random.default_rng(7)
    lat, lon = rng.uniform(-1, 1, 400), rng.uniform(179, 181, 400)  # across the antimeridian
    lon = (lon + 180) % 360 - 180
    group = rng.integers(0, 3, 400)
    xyz = unit_vectors(lat, lon)
    q, r = GridIndex(xyz, 20_000, group).candidates(xyz, group)
    found = {
        (a, b) for a, b in zip(q.tolist(), r.tolist(), strict=True) if arc_m(xyz[[a]], xyz[[b]])[0] <= 20_000
    }
    d = haversine_m(lat[:, None], lon[:, None], lat[None, :], lon[None, :])
    truth = {
        (int(a), int(b))
        for a, b in zip(*np.nonzero((d <= 20_000) & (group[:, None] == group[None, :])), strict=True)
    }
    assert found == truth and len(truth) > 400


def test_event_table_rows_to_events() -> None:
    table = EventTable(
        kind="gap",
        subtype=np.array(["raised", "recorded"]),
        mmsi=np.array([7, 8]),
        start=np.array([0.0, 3600.0]),
        end=np.array([3600.0, 7200.0]),
        lat=np.array([1.0, 2.0]),
        lon=np.array([3.0, 4.0]),
        raised=np.array([True, False]),
        details={"to_port": np.array(["", "rajin"]), "km": np.array([np.nan, 2.5])},
    )
    first, second = table.select(np.array([True, True])).events()
    assert (first.mmsi, first.raised, first.details, first.hours) == (7, True, {}, 1.0)
    assert (second.subtype, second.raised, second.details) == (
        "recorded",
        False,
        {"to_port": "rajin", "km": 2.5},
    )
    assert type(second.mmsi) is int and second.start.isoformat() == "1970-01-01T01:00:00+00:00"
