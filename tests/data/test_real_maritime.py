"""Maritime on real data: gpsd's expected decodes, robustness files, real tracks, injected scenarios."""

from __future__ import annotations

import csv
import gzip
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from nodewatch.maritime.analyse import analyse
from nodewatch.maritime.config import MaritimeConfig
from nodewatch.maritime.geo import EARTH_RADIUS_M, haversine_m
from nodewatch.maritime.ingest import ingest_file
from nodewatch.maritime.nmea import NmeaDecoder
from nodewatch.maritime.reference import watched_ports
from nodewatch.maritime.report import IngestReport
from nodewatch.store.db import connect

pytestmark = pytest.mark.realdata


@pytest.fixture(scope="module")
def maritime(data_dir: Path) -> Path:
    return data_dir / "maritime"


def _decode(path: Path) -> tuple[NmeaDecoder, IngestReport]:
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    report = IngestReport(str(path))
    decoder = NmeaDecoder(report)
    decoder.feed(data.splitlines())
    decoder.finish()
    return decoder, report


def test_decodes_match_gpsd(maritime: Path) -> None:
    decoder, _ = _decode(maritime / "nmea/gpsd_sample.aivdm")
    pos = decoder.columns.positions()
    ours = {(int(t), int(m)): k for k, (t, m) in enumerate(zip(pos["msg_type"], pos["mmsi"], strict=True))}
    statics: dict[int, dict[str, object]] = {}
    for row in decoder.columns.statics:
        statics.setdefault(row["mmsi"], {}).update({k: v for k, v in row.items() if v is not None})
    compared = 0
    for line in (maritime / "nmea/gpsd_sample.aivdm.js.chk").read_text().splitlines():
        exp = json.loads(line)
        kind, mmsi = exp["type"], exp["mmsi"]
        if kind in (1, 2, 3, 18, 19, 27) and abs(exp["lat"]) <= 90 and abs(exp["lon"]) <= 180:
            k = ours[(kind, mmsi)]
            tol = 1e-4 if kind == 27 else 2e-5  # gpsd prints type 27 (1/10 minute) to 4 decimals
            assert pos["lat"][k] == pytest.approx(exp["lat"], abs=tol)
            assert pos["lon"][k] == pytest.approx(exp["lon"], abs=tol)
            if kind != 27 and exp["speed"] < 102.2:
                assert pos["sog"][k] == pytest.approx(exp["speed"], abs=0.05)
            if kind != 27 and exp["course"] < 360:
                assert pos["cog"][k] == pytest.approx(exp["course"], abs=0.05)
            compared += 1
        if kind in (5, 19, 24):
            got = statics[mmsi]
            if exp.get("shipname"):
                assert got["name"] == exp["shipname"].strip()
            if exp.get("callsign"):
                assert got["callsign"] == exp["callsign"].strip()
            if exp.get("imo"):
                assert got["imo"] == exp["imo"]
            if exp.get("shiptype"):
                assert got["ship_type"] == exp["shiptype"]
            compared += 1
    assert compared >= 15


def test_bulk_decoder_equals_pyais_on_every_nmea_file(maritime: Path) -> None:
    """The NumPy path for one-part position reports gives what pyais gives, line for line."""
    bulk_rows = 0
    for path in sorted((maritime / "nmea").iterdir()):
        if path.suffix == ".chk":
            continue
        data = path.read_bytes()
        lines = (gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data).splitlines()
        results = []
        for bulk in (True, False):
            report = IngestReport(str(path))
            decoder = NmeaDecoder(report, bulk=bulk)
            decoder.feed(lines)
            columns = decoder.finish()
            results.append((report.to_dict(), columns.positions(), columns.statics))
            if bulk:
                bulk_rows += sum(len(b) for b in columns.blocks)
        (report_a, pos_a, statics_a), (report_b, pos_b, statics_b) = results
        assert report_a["counts"] == report_b["counts"] and report_a["by_type"] == report_b["by_type"], path
        assert report_a["bad_reasons"] == report_b["bad_reasons"] and statics_a == statics_b, path
        for key in pos_a:
            assert np.array_equal(pos_a[key], pos_b[key], equal_nan=True), (path, key)
    assert bulk_rows > 50_000  # the bulk path did the bulk of the work


def test_robustness_files_count_bad_lines(maritime: Path) -> None:
    _, report = _decode(maritime / "nmea/amsa_risky_ais_2012-01-27.txt.gz")
    # Independent count: '!' lines that are not well-formed VDM/VDO sentences with a valid checksum.
    lines = gzip.decompress((maritime / "nmea/amsa_risky_ais_2012-01-27.txt.gz").read_bytes()).splitlines()
    malformed = 0
    for raw in lines:
        line = raw.strip()
        if not line.startswith(b"!"):
            continue
        star = line.find(b"*")
        body = line[1:star] if star > 0 else b""
        if star < 0 or body[2:5] not in (b"VDM", b"VDO"):
            malformed += 1
            continue
        checksum = 0
        for byte in body:
            checksum ^= byte
        if f"{checksum:02X}".encode() != line[star + 1 : star + 3].upper():
            malformed += 1
    per_line = report.bad - report.bad_reasons["incomplete multi-sentence message"]
    assert abs(per_line - malformed) <= 1  # one spliced line (two sentences in one) is read differently
    assert report.bad >= 240  # PROVENANCE: 240 sentences fail to decode
    _, junk = _decode(maritime / "nmea/pyais_mixed.txt")
    assert junk.bad_reasons["not an NMEA sentence"] == 2  # "foobar", "IamNotAnAisMessage1111"
    _, empty = _decode(maritime / "nmea/pyais_nmea_data_sample.txt")
    text = (maritime / "nmea/pyais_nmea_data_sample.txt").read_text()
    assert empty.bad_reasons["empty payload"] == text.count("!AIVDM,1,1,,B,,0*25") + text.count(
        "!AIVDM,1,1,,A,,0*26"
    )


def test_dma_counts_match_provenance(maritime: Path, tmp_path: Path) -> None:
    con = connect(tmp_path / "s.duckdb")
    report = ingest_file(con, maritime / "nmea/dma_aisabnormal_ais-sample_2013-11-12.txt.gz")
    assert report.counts["positions"] == 24688 and report.bad == 0  # PROVENANCE table, tracks section
    again = ingest_file(con, maritime / "nmea/dma_aisabnormal_ais-sample_2013-11-12.txt.gz")
    assert again.skipped


@pytest.fixture(scope="module")
def real_events(maritime: Path, tmp_path_factory: pytest.TempPathFactory) -> list:
    con = connect(tmp_path_factory.mktemp("real") / "s.duckdb")
    for name in (
        "dma_538004030_drift_1.positions.csv",
        "dma_212123000_drift_1.positions.csv",
        "amsa_track_503000720_2014.csv",
        "amsa_track_503000530_2014.csv",
        "dma_2017-07-05_gothenburg_close_approach_wgs84.csv",
        "noaa_marinecadastre_2022-01-03_first99999rows.csv.gz",
        "dma_2013-11-12T1200_5min_positions.csv",
    ):
        ingest_file(con, maritime / "tracks" / name)
    return analyse(con).events


def test_drifting_tankers_loiter(real_events: list) -> None:
    loiter = {e.mmsi: e for e in real_events if e.kind == "loiter"}
    assert 538004030 in loiter and loiter[538004030].hours >= 2  # FRIO, 2.5 h drift
    assert 212123000 in loiter and loiter[212123000].hours >= 10  # STOC MARCIA, 14.5 h drift
    assert loiter[538004030].raised and loiter[212123000].raised


def _gaps_in_csv(path: Path, min_hours: float) -> list[tuple[float, float, float]]:
    """(start, end, km) of consecutive fixes ``min_hours`` or more apart, read with the csv module."""
    tr = _read_track(path)
    km = haversine_m(tr["lat"][:-1], tr["lon"][:-1], tr["lat"][1:], tr["lon"][1:]) / 1000
    dt = np.diff(tr["t"])
    k = np.nonzero(dt >= min_hours * 3600)[0]
    return [(float(tr["t"][i]), float(tr["t"][i + 1]), float(km[i])) for i in k]


def test_long_outages_are_gaps(maritime: Path, real_events: list) -> None:
    gaps = [e for e in real_events if e.kind == "gap" and e.mmsi == 503000720]
    recorded = _gaps_in_csv(maritime / "tracks/amsa_track_503000720_2014.csv", 6)
    assert len(gaps) == len(recorded) == 148  # PROVENANCE: 148 gaps > 6 h
    assert max(e.hours for e in gaps) == pytest.approx(max(b - a for a, b, _ in recorded) / 3600, abs=0.01)
    # A long gap whose ends lie more than twice the home range apart cannot start and end in the
    # home waters of one berth, and the Queensland coast has no watched port: it must be raised.
    # These are the dark passages to Gladstone (440 km) and from off the Sunshine Coast (105 km).
    home_km = MaritimeConfig.load().berths.home_range_km
    passages = [(round(a), round(b)) for a, b, km in recorded if b - a >= 12 * 3600 and km > 2 * home_km]
    assert len(passages) == 2
    assert [(round(e.start.timestamp()), round(e.end.timestamp())) for e in gaps if e.raised] == passages
    assert all(e.details["explanation"] for e in gaps if not e.raised)


def test_moored_vessel_raises_nothing(maritime: Path, real_events: list) -> None:
    """503000530 lies at its Sydney mooring with long silences and cruises to Broken Bay: its
    silences are all recorded, none raised, though 8 of them end 11-32 km from WPI Sydney."""
    moored = [e for e in real_events if e.mmsi == 503000530]
    gaps = [e for e in moored if e.kind == "gap"]
    assert len(gaps) == len(_gaps_in_csv(maritime / "tracks/amsa_track_503000530_2014.csv", 6)) == 31
    assert [e for e in moored if e.raised] == []
    whys = {e.details["explanation"] for e in gaps}
    assert whys == {"lay still at the same spot", "home waters of one of its berths", "shorter than 12 h"}
    assert not [e for e in moored if e.kind in ("loiter", "encounter", "port-call", "spoof")]


def test_local_boat_idling_is_not_raised_loitering(real_events: list) -> None:
    """503000720, a fast boat, often sits or circles in Moreton Bay near its berth: recorded, not raised."""
    idling = [e for e in real_events if e.kind == "loiter" and e.mmsi == 503000720]
    assert idling and not any(e.raised for e in idling)
    assert {e.details["explanation"] for e in idling} == {"home waters of one of its berths"}


def test_quiet_cases(real_events: list) -> None:
    close_pass = {265410000, 265550210}
    assert not [e for e in real_events if e.kind == "encounter" and {e.mmsi, e.other_mmsi} & close_pass]
    assert not [e for e in real_events if e.kind == "encounter"]  # NOAA in-port pairs included
    drifters = {538004030, 212123000}
    assert not [e for e in real_events if e.mmsi in drifters and e.kind == "gap"]


def test_cli_shows_raised_events_unless_all(maritime: Path, tmp_path: Path) -> None:
    import nodewatch.cli.ais  # noqa: F401  (registers `ais` on the app)
    from nodewatch.cli import app

    env = {"NODEWATCH_DB": str(tmp_path / "cli.duckdb")}
    tracks = [str(maritime / "tracks" / f"amsa_track_{m}_2014.csv") for m in (503000530, 503000720)]
    result = CliRunner().invoke(app, ["ais", "ingest", *tracks], env=env)
    assert result.exit_code == 0, result.output
    rows = {}
    for flag in ([], ["--all"]):
        result = CliRunner().invoke(
            app, ["ais", "events", "--kind", "gap", "--format", "csv", *flag], env=env
        )
        assert result.exit_code == 0, result.output
        rows[bool(flag)] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {(r["mmsi"], r["raised"]) for r in rows[False]} == {("503000720", "True")}
    assert len(rows[False]) == 2
    assert len(rows[True]) == 148 + 31


# ---------------------------------------------------------------------------------------------
# Injected scenarios: real tracks moved into the region (translation in metres, time shift), so
# speeds and shapes stay those of the real vessels.


def _read_track(path: Path) -> dict[str, np.ndarray]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt") as f:
        rows = [r for r in csv.DictReader(f) if r["timestamp_utc"]]
    t = np.array(
        [datetime.fromisoformat(r["timestamp_utc"].replace("Z", "+00:00")).timestamp() for r in rows]
    )
    out = {
        "t": t,
        "lat": np.array([float(r["lat"]) for r in rows]),
        "lon": np.array([float(r["lon"]) for r in rows]),
        "sog": np.array([float(r["sog_kn"]) if r["sog_kn"] else np.nan for r in rows]),
    }
    order = np.argsort(out["t"], kind="stable")
    return {k: v[order] for k, v in out.items()}


def _slice(tr: dict[str, np.ndarray], t0: float, t1: float) -> dict[str, np.ndarray]:
    m = (tr["t"] >= t0) & (tr["t"] <= t1)
    return {k: v[m] for k, v in tr.items()}


def _relocate(
    tr: dict[str, np.ndarray], anchor_index: int, lat: float, lon: float, t: float
) -> dict[str, np.ndarray]:
    """Move a track so fix ``anchor_index`` is at (lat, lon, t), keeping metric offsets between fixes."""
    lat0, lon0, t0 = tr["lat"][anchor_index], tr["lon"][anchor_index], tr["t"][anchor_index]
    north = np.radians(tr["lat"] - lat0) * EARTH_RADIUS_M
    east = np.radians(tr["lon"] - lon0) * EARTH_RADIUS_M * np.cos(np.radians(tr["lat"]))
    new_lat = lat + np.degrees(north / EARTH_RADIUS_M)
    new_lon = lon + np.degrees(east / (EARTH_RADIUS_M * np.cos(np.radians(new_lat))))
    return {"t": tr["t"] - t0 + t, "lat": new_lat, "lon": new_lon, "sog": tr["sog"]}


def _offset(tr: dict[str, np.ndarray], east_m: float) -> dict[str, np.ndarray]:
    return {**tr, "lon": tr["lon"] + np.degrees(east_m / (EARTH_RADIUS_M * np.cos(np.radians(tr["lat"]))))}


def _concat(*parts: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    return {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}


def _write(path: Path, vessels: list[tuple[int, dict[str, np.ndarray], dict[str, object]]]) -> None:
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["mmsi", "timestamp", "lat", "lon", "sog", "imo", "name", "ship_type"])
        for mmsi, tr, static in vessels:
            for k in range(len(tr["t"])):
                stamp = datetime.fromtimestamp(tr["t"][k], tz=UTC).strftime("%Y-%m-%dT%H:%M:%S")
                sog = "" if np.isnan(tr["sog"][k]) else f"{tr['sog'][k]:.1f}"
                w.writerow(
                    [
                        mmsi,
                        stamp,
                        f"{tr['lat'][k]:.6f}",
                        f"{tr['lon'][k]:.6f}",
                        sog,
                        static.get("imo", ""),
                        static.get("name", ""),
                        static.get("ship_type", ""),
                    ]
                )


def _quiet_window(tr: dict[str, np.ndarray], hours: float) -> dict[str, np.ndarray]:
    """The first stretch of ``hours`` of the moored vessel with fixes <= 30 min apart and all below 1 kn."""
    ok = tr["sog"] < 1.0
    for i in range(len(tr["t"])):
        j = np.searchsorted(tr["t"], tr["t"][i] + hours * 3600)
        if j < len(tr["t"]) and ok[i : j + 1].all() and np.diff(tr["t"][i : j + 1]).max() <= 1800:
            return _slice(tr, tr["t"][i], tr["t"][j])
    raise AssertionError("no quiet window in the moored track")


@pytest.fixture(scope="module")
def scenario(maritime: Path, data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    from nodewatch.sources import parse_file

    records = parse_file(data_dir / "lists/us-ofac/sdn-2024-05-03.csv").records
    moored = _read_track(maritime / "tracks/amsa_track_503000530_2014.csv")
    frio = _read_track(maritime / "tracks/dma_538004030_drift_1.positions.csv")
    quiet = _quiet_window(moored, 4.5)
    approach = _slice(frio, frio["t"][0], frio["t"][0] + 1800)  # FRIO under way, 3-7 kn
    ports = {p.key: p for p in watched_ports()}
    t0 = datetime(2018, 2, 24, 0, 0, tzinfo=UTC).timestamp()

    # (a) STS, 250 km east of Shanghai (the CHON MA SAN sighting of 2018-02-24): the designated
    # tanker waits at the spot; the other ship arrives at t0+1h, lies alongside (60 m) for 3 h, leaves.
    sts_lat, sts_lon = 31.23, 124.1
    tanker = _relocate(quiet, 0, sts_lat, sts_lon, t0)
    alongside = _offset(_slice(tanker, t0 + 3600, t0 + 4 * 3600), 60.0)
    arrive = _relocate(
        approach,
        len(approach["t"]) - 1,
        alongside["lat"][0],
        alongside["lon"][0] + 0.01,
        alongside["t"][0] - 60,
    )
    leave = _relocate(approach, 0, alongside["lat"][-1], alongside["lon"][-1] + 0.01, alongside["t"][-1] + 60)
    other = _concat(arrive, alongside, leave)

    # (b) dark voyage Vostochny -> Rajin: leaves (real under-way leg), silent 30 h, arrives, stays.
    v0 = t0 + 5 * 86400
    vost, rajin = ports["vostochny"], ports["rajin"]
    out_leg = _relocate(approach, 0, vost.lat - 0.05, vost.lon + 0.17, v0)  # ESE of Vostochny
    dark_end = out_leg["t"][-1] + 30 * 3600
    in_leg = _relocate(approach, 0, rajin.lat + 0.2, rajin.lon + 0.1, dark_end)
    berth = _relocate(quiet, 0, rajin.lat, rajin.lon, in_leg["t"][-1] + 3600)
    angara = _concat(out_leg, in_leg, berth)

    # (c) port call at Nampo by a designated tanker: the moored vessel's real quiet hours, at Nampo.
    n0 = t0 + 10 * 86400
    nampo = ports["nampo"]
    yu_son = _relocate(quiet, 0, nampo.lat + 0.01, nampo.lon - 0.01, n0)

    # (d) rename under one IMO: THINH CUONG, later STAR 18 (OFAC lists both, f.k.a.).
    r0 = t0 + 15 * 86400
    star_a = _relocate(approach, 0, 20.5, 107.5, r0)
    star_b = _relocate(approach, 0, 20.6, 107.6, r0 + 3 * 86400)

    path = tmp_path_factory.mktemp("scn") / "scenario.csv"
    _write(
        path,
        [
            (445112000, tanker, {"imo": 8660313, "name": "CHON MA SAN", "ship_type": 80}),
            (412000001, other, {"name": "XIN YUAN 18", "ship_type": 80}),
            (273000001, angara, {"imo": 9179842, "name": "ANGARA", "ship_type": 70}),
            (445000002, yu_son, {"imo": 8691702, "name": "YU SON", "ship_type": 80}),
            (574000003, star_a, {"imo": 9020015, "name": "THINH CUONG", "ship_type": 70}),
            (574000003, star_b, {"imo": 9020015, "name": "STAR 18", "ship_type": 70}),
        ],
    )
    con = connect(path.parent / "s.duckdb")
    report = ingest_file(con, path)
    assert report.bad == 0
    events = analyse(con, MaritimeConfig.load(), records).events
    return {
        "events": events,
        "alongside": alongside,
        "out": out_leg,
        "in": in_leg,
        "nampo": yu_son,
        "star_b": star_b,
        "berth": berth,
    }


def _cites(event: object) -> set[str]:
    return {p.citation + " " + p.measure_key for p in event.provisions}  # type: ignore[attr-defined]


def test_sts_rendezvous(scenario: dict) -> None:
    enc = [e for e in scenario["events"] if e.kind == "encounter"]
    assert len(enc) == 1
    e = enc[0]
    assert {e.mmsi, e.other_mmsi} == {445112000, 412000001}
    along = scenario["alongside"]
    assert abs(e.start.timestamp() - along["t"][0]) <= 600 and abs(e.end.timestamp() - along["t"][-1]) <= 600
    assert {(d.authority, d.programme, d.matched_by) for d in e.designations} == {("us-ofac", "DPRK4", "imo")}
    assert "sts_dprk" in e.typologies and "sts_refined_petroleum" in e.typologies
    cites = _cites(e)
    assert "UNSCR 2375 (2017) sts_transfer_ban" in cites
    assert "UNSCR 2397 (2017) ¶5 refined_petroleum_cap" in cites
    assert "UNSCR 2321 (2016) ¶12 vessel_designation" in cites


def test_dark_voyage_vostochny_rajin(scenario: dict) -> None:
    gaps = [e for e in scenario["events"] if e.kind == "gap" and e.mmsi == 273000001]
    assert len(gaps) == 1
    g = gaps[0]
    assert g.start.timestamp() == pytest.approx(scenario["out"]["t"][-1], abs=1)
    assert g.end.timestamp() == pytest.approx(scenario["in"]["t"][0], abs=1)
    assert g.hours == pytest.approx(30, abs=0.01) and g.raised
    assert (g.details["from_port"], g.details["to_port"]) == ("vostochny", "rajin")
    expected_km = (
        haversine_m(
            scenario["out"]["lat"][-1],
            scenario["out"]["lon"][-1],
            scenario["in"]["lat"][0],
            scenario["in"]["lon"][0],
        )
        / 1000
    )
    assert g.details["distance_km"] == pytest.approx(expected_km, abs=0.1)
    assert {(d.authority, d.programme) for d in g.designations} == {("us-ofac", "RUSSIA-EO14024")}
    assert g.typologies == ["dprk_russia_dark_voyage"]
    assert "UNSCR 2371 (2017) ¶8 coal_export_ban" in _cites(g)
    calls = [e for e in scenario["events"] if e.kind == "port-call" and e.mmsi == 273000001]
    assert [c.details["port"] for c in calls] == ["rajin"]


def test_port_call_at_nampo(scenario: dict) -> None:
    calls = [e for e in scenario["events"] if e.kind == "port-call" and e.mmsi == 445000002]
    assert len(calls) == 1
    c = calls[0]
    assert c.details["port"] == "nampo"
    track = scenario["nampo"]
    assert c.start.timestamp() == pytest.approx(track["t"][0], abs=1)
    assert c.end.timestamp() == pytest.approx(track["t"][-1], abs=1)
    assert set(c.typologies) == {"tanker_dprk_port_call", "designated_port_call"}
    cites = _cites(c)
    for expected in (
        "UNSCR 2397 (2017) ¶5 refined_petroleum_cap",
        "UNSCR 2371 (2017) ¶6 vessel_port_entry_denial",
        "UNSCR 2375 (2017) ¶6 vessel_port_entry_denial",
        "UNSCR 2397 (2017) vessel_seize_impound",
        "UNSCR 2270 (2016) ¶12 vessel_asset_freeze",
        "UNSCR 1718 (2006) 8(d) asset_freeze",
    ):
        assert expected.replace(") 8(d)", ") ¶8(d)") in cites


def test_rename_under_imo(scenario: dict) -> None:
    renames = [e for e in scenario["events"] if e.kind == "identity" and e.subtype == "rename"]
    assert len(renames) == 1
    r = renames[0]
    assert (r.details["imo"], r.details["before"], r.details["after"]) == (9020015, "THINH CUONG", "STAR 18")
    assert r.end.timestamp() == pytest.approx(scenario["star_b"]["t"][0], abs=1)
    assert {(d.programme, d.matched_by) for d in r.designations} == {("DPRK4", "imo")}
    assert "designated_identity_change" in r.typologies
    assert "UNSCR 2270 (2016) ¶12 vessel_asset_freeze" in _cites(r)


def test_vessels_link_by_name_through_the_matcher_and_carry_their_owners_designations(
    lists_dir: Path,
) -> None:
    """SAM JONG 2 (UK: IMO 7408873, 'asset of Korea Samjong Shipping'): found by IMO with its
    owner's designations, and by a differently written name when AIS gives no IMO."""
    from nodewatch.maritime.events import Vessel
    from nodewatch.maritime.linking import link_vessels
    from nodewatch.sources import parse_file

    records = parse_file(lists_dir / "uk-ofsi" / "ConList-2025-04-14.xlsx").records
    by_imo = Vessel(mmsi=445000001, imo=7408873)
    by_name = Vessel(mmsi=445000002, name="SAMJONG-2")
    other_number = Vessel(mmsi=445000003, name="SAM JONG 7")
    link_vessels([by_imo, by_name, other_number], records)
    assert {d.record_name for d in by_imo.designations} == {"SAM JONG 2"}
    owners = {(d.record_name.upper(), d.matched_by.split(" of ")[0]) for d in by_imo.owner_designations}
    assert ("KOREA SAMJONG SHIPPING", "owner") in owners
    assert {d.record_name for d in by_name.designations} == {"SAM JONG 2"}
    assert all(
        d.matched_by.startswith("name 0.9") or d.matched_by == "name 1.00" for d in by_name.designations
    )
    assert other_number.designations == []  # SAM JONG 7 is not SAM JONG 2
