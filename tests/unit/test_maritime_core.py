"""Unit tests of the maritime core on small inputs written here."""

from __future__ import annotations

import numpy as np
import pytest

from nodewatch.maritime.config import ConfigError, MaritimeConfig
from nodewatch.maritime.geo import haversine_m, nearest_within
from nodewatch.maritime.identity import imo_valid
from nodewatch.maritime.nmea import NmeaDecoder
from nodewatch.maritime.report import IngestReport
from nodewatch.maritime.tracks import build_tracks


def test_nearest_within_matches_brute_force() -> None:
    rng = np.random.default_rng(1)
    lat, lon = rng.uniform(40, 41, 2000), rng.uniform(130, 131, 2000)
    rlat, rlon = rng.uniform(40, 41, 50), rng.uniform(130, 131, 50)
    idx, _ = nearest_within(lat, lon, rlat, rlon, 5000)
    d = haversine_m(lat[:, None], lon[:, None], rlat[None, :], rlon[None, :])
    assert (idx == np.where(d.min(1) <= 5000, d.argmin(1), -1)).all()
    # across the antimeridian
    i, dist = nearest_within(
        np.array([0.0]), np.array([179.999]), np.array([0.0]), np.array([-179.999]), 1000
    )
    assert i[0] == 0 and dist[0] == pytest.approx(222.4, abs=0.5)


def test_config_override_and_typos() -> None:
    cfg = MaritimeConfig.load()
    assert (cfg.encounters.max_distance_m, cfg.gaps.min_hours, cfg.gaps.flag_hours) == (500.0, 6.0, 12.0)
    assert cfg.replace(gaps={"min_hours": 3.0}).gaps.min_hours == 3.0
    with pytest.raises(ConfigError):
        cfg.replace(gaps={"min_hour": 3.0})
    with pytest.raises(ConfigError):
        cfg.replace(gaps={"ignore_in_same_port": 1})


def test_nmea_lines_times_and_bad_lines() -> None:
    lines = [
        b"$PGHP,1,2014,9,28,16,0,4,684,219,21,992190921,1,14*22",
        b"!AIVDM,1,1,,A,1815:?Pu@SPl2`LQ4kaeRr0400SS,0*14",
        b"\\c:1411920502*56\\!AIVDM,1,1,,A,1815:?Pu@SPl2`LQ4kaeRr0400SS,0*14",
        b"!AIVDM,1,1,,B,H52KsnQ8DDj1Lu9@PhE=>222220,2*30,1327664821",
        b"garbage",
        b"!AIVDM,1,1,,A,1815:?Pu@SPl2`LQ4kaeRr0400SS,0*15",
        b"!AIVDM,2,2,6,A,lQ1DTp88880,2*4E",
        b"# comment",
    ]
    report = IngestReport("x")
    dec = NmeaDecoder(report)
    dec.feed(lines)
    cols = dec.finish()
    assert cols.positions()["ts_ms"][:2].tolist() == [1411920004684, 1411920502000]
    assert cols.statics[0]["ts_ms"] == 1327664821000
    assert dict(report.bad_reasons) == {
        "not an NMEA sentence": 1,
        "checksum mismatch": 1,
        "fragment without its predecessor": 1,
    }
    assert report.counts["comments"] == 1


def test_imo_check_digit() -> None:
    assert imo_valid(8660313) and imo_valid(9020015)
    assert not imo_valid(8660314) and not imo_valid(0) and not imo_valid(None)


def test_tracks_dedup_outlier_and_jump() -> None:
    cfg = MaritimeConfig.load().tracks
    t = np.array([0, 0.3, 60, 120, 180, 240, 300.0])
    lat = np.array([40, 40, 40.001, 41.0, 40.003, 45.0, 45.001])
    cols = {"mmsi": np.full(7, 1), "t": t, "lat": lat, "lon": np.full(7, 130.0), "sog": np.full(7, 5.0)}
    tr = build_tracks(cols, cfg)
    assert tr.duplicates == 1  # the 0.3 s repeat
    assert list(tr.outliers["lat"]) == [41.0]  # out and back at >1000 kn
    assert len(tr.jumps) == 1 and tr.lat[tr.jumps[0] + 1] == 45.0  # never comes back: a jump
    assert tr.segment[-1] == 1


def _sentence(payload: str) -> bytes:
    body = f"AIVDM,1,1,,A,{payload},0"
    checksum = 0
    for byte in body.encode():
        checksum ^= byte
    return f"!{body}*{checksum:02X}".encode()


def test_nmea_file_blocks_lines_and_cut_gzip(tmp_path, monkeypatch) -> None:
    import gzip

    from nodewatch.maritime import ingest

    monkeypatch.setattr(ingest, "BLOCK_BYTES", 4096)
    rng = np.random.default_rng(5)
    alphabet = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"
    count = 6000
    chars = np.array(list(alphabet))[rng.integers(0, 64, (count, 27))]
    lines = [_sentence("1" + "".join(row)) for row in chars.tolist()]
    body = b"\r\n".join(lines)  # CRLF endings, none after the last line
    plain = tmp_path / "a.nmea"
    plain.write_bytes(body)
    report = IngestReport(str(plain))
    cols = ingest.decode_nmea(plain, report)
    assert report.counts["lines"] == count and report.bad == 0 and len(cols.positions()["mmsi"]) == count
    packed = gzip.compress(body)
    cut = tmp_path / "b.nmea.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    report = IngestReport(str(cut))
    cols = ingest.decode_nmea(cut, report)
    assert report.bad_reasons["file cut short (EOFError)"] == 1
    assert 0.4 * count < len(cols.positions()["mmsi"]) < 0.6 * count  # what came before the break is kept


def test_bulk_position_decoder_checks_and_falls_back() -> None:
    good = b"!AIVDM,1,1,,A,1815:?Pu@SPl2`LQ4kaeRr0400SS,0*14"  # the type 1 report above
    bad_sum = good[:-1] + b"5"
    odd_char = _sentence("1815:?Pu@SPl2`LQ4kaeRr0400S" + "X")  # "X" is outside the 6-bit alphabet
    lines = [good, bad_sum, b"!AIVDM,1,1,,B,B52KsnQ8DDj1Lu9@PhE=>222220,0*1A", odd_char]
    out = {}
    for bulk in (True, False):
        report = IngestReport("x")
        decoder = NmeaDecoder(report, bulk=bulk)
        decoder.feed(lines)
        cols = decoder.finish()
        out[bulk] = (cols.positions(), dict(report.bad_reasons), sum(len(b) for b in cols.blocks))
    (pos, bad, in_blocks), (ref, ref_bad, _) = out[True], out[False]
    assert bad == ref_bad and bad["checksum mismatch"] >= 1
    assert in_blocks >= 1  # the good line went the bulk way, the odd one through pyais
    for key in ref:
        assert np.array_equal(pos[key], ref[key], equal_nan=True), key


def test_vessel_time_order_equals_lexsort() -> None:
    from nodewatch.maritime.tracks import vessel_time_order

    rng = np.random.default_rng(3)
    for trial in range(12):
        mmsi = rng.integers(200_000_000, 200_000_050, 3000)
        t = rng.integers(0, 300, 3000).astype(float) + (0 if trial % 2 else rng.random(3000).round(5))
        if trial % 3 == 0:  # MMSIs far apart and years of time: the key is coarsened
            mmsi = rng.choice([200_000_000, 999_999_999, 500_000_000], 3000)
            t = 1.4e9 + t * 1e7 + rng.random(3000)
        order = vessel_time_order(mmsi, t)
        assert order is not None and (order == np.lexsort((t, mmsi))).all()
    s = np.lexsort((t, mmsi))
    assert vessel_time_order(mmsi[s], t[s]) is None
