"""GET /maritime/events and the maritime page over a store with lists and an AIS scene.

The store is the API tests' tiny world (SAM JONG 2 listed by the UK as an asset of KOREA
SAMJONG SHIPPING) plus the AIS scene of tests/fixtures/maritime_map; the ports and the UN
provisions are the real reference data. Every expectation is worked out here from the fixes
written and from the reference files read with the csv module, not taken from the code.
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from nodewatch.api.config import ApiConfig
from nodewatch.maritime.ingest import ingest_file
from nodewatch.maritime.reference import watched_ports
from nodewatch.store import connect
from nodewatch.web import create_app
from tests.fixtures.api.world import build_world
from tests.fixtures.maritime_map.scene import Fix, Scene, write_scene

pytestmark = pytest.mark.realdata

SAM_JONG = 445123000


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Scene]:
    folder = tmp_path_factory.mktemp("maritime-api")
    store = build_world(folder / "world.duckdb")
    written = write_scene(folder / "scene.csv", {p.key: (p.lat, p.lon) for p in watched_ports()})
    con = connect(store)
    try:
        assert ingest_file(con, written.path).bad == 0
    finally:
        con.close()
    return store, written


@pytest.fixture(scope="module")
def client(scene: tuple[Path, Scene]) -> Iterator[TestClient]:
    with TestClient(create_app(scene[0], config=ApiConfig()), raise_server_exceptions=False) as c:
        yield c


def _events(client: TestClient, **params: object) -> dict:  # type: ignore[type-arg]
    r = client.get("/maritime/events", params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def _km(a: Fix, lat: float, lon: float) -> float:
    p1, p2 = math.radians(a.lat), math.radians(lat)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon - a.lon) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def test_the_dark_voyage_is_the_silence_written(client: TestClient, scene: tuple[Path, Scene]) -> None:
    fixes = scene[1].of(SAM_JONG)
    silences = [(a, b) for a, b in itertools.pairwise(fixes) if b.hours - a.hours >= 6]
    assert len(silences) == 1
    before, after = silences[0]
    body = _events(client, kind="gap", format="geojson")
    assert body["total"] == body["kinds"]["gap"] == 1
    gap = body["features"][0]
    assert gap["geometry"] == {
        "type": "LineString",
        "coordinates": [
            [pytest.approx(before.lon), pytest.approx(before.lat)],
            [pytest.approx(after.lon), pytest.approx(after.lat)],
        ],
    }
    props = gap["properties"]
    assert props["start"] == before.when.isoformat() and props["end"] == after.when.isoformat()
    assert props["hours"] == pytest.approx(after.hours - before.hours, abs=0.001)
    assert (props["details"]["from_port"], props["details"]["to_port"]) == ("vostochny", "rajin")
    assert props["raised"] and props["id"] == f"gap-raised-{SAM_JONG}-{int(before.when.timestamp())}"


def test_port_calls_are_where_the_vessels_stopped(client: TestClient, scene: tuple[Path, Scene]) -> None:
    ports = {p.key: p for p in watched_ports()}
    expected = set()
    for fix in scene[1].fixes:
        for key, port in ports.items():
            if fix.sog <= 0.5 and _km(fix, port.lat, port.lon) <= (port.radius_km or 5.0):
                expected.add((fix.mmsi, key))
    calls = _events(client, kind="port-call")["results"]
    assert {(c["mmsi"], c["details"]["port"]) for c in calls} == expected
    assert expected == {(SAM_JONG, "vostochny"), (SAM_JONG, "rajin"), (445300000, "nampo")}


def test_vessels_link_to_their_targets_and_owners(client: TestClient) -> None:
    vessel_target = client.get("/targets/uk-13651").json()["target"]["id"]
    owner_target = client.get("/targets/uk-13635").json()["target"]["id"]
    for by in ("7408873", str(SAM_JONG), "Sam Jong-2"):
        body = _events(client, vessel=by)
        assert body["total"] == 3  # two port calls and the gap
        for event in body["results"]:
            v = event["vessel"]
            assert v["targets"] == [vessel_target]
            assert {
                (d["authority"], d["record_id"], d["target"], d["matched_by"]) for d in v["designations"]
            } == {("uk", "uk-13651", vessel_target, "imo")}
            assert {(d["record_id"], d["target"]) for d in v["owner_designations"]} == {
                ("uk-13635", owner_target)
            }
    unlinked = _events(client, vessel="YU SON")["results"]
    assert [e["vessel"]["targets"] for e in unlinked] == [[]]  # not in the tiny world's lists


def test_provisions_cite_the_paragraphs_of_the_resolutions(client: TestClient, data_dir: Path) -> None:
    with (data_dir / "unscr/provisions.csv").open(encoding="utf-8", newline="") as handle:
        rows = {
            (r["measure_key"], r["resolution"], r["year"]): r["paragraph"].strip()
            for r in csv.DictReader(handle)
        }
    gap = _events(client, kind="gap")["results"][0]
    assert gap["typologies"] == ["dprk_russia_dark_voyage"]
    cited = gap["provisions"]
    assert cited and any(p["measure_key"] == "coal_export_ban" for p in cited)
    for p in cited:
        paragraph = rows[(p["measure_key"], p["resolution"], p["year"])]
        assert p["paragraph"] == paragraph
        assert p["citation"] == f"UNSCR {p['resolution']} ({p['year']})" + (
            f" ¶{paragraph}" if paragraph else ""
        )


def test_filters_and_pages(client: TestClient) -> None:
    everything = _events(client)
    kinds = everything["kinds"]
    assert everything["total"] == sum(kinds.values()) == len(everything["results"])
    assert kinds == {"gap": 1, "encounter": 1, "loiter": 2, "port-call": 3, "identity": 1, "spoof": 0}
    for kind, count in kinds.items():
        body = _events(client, kind=kind)
        assert body["total"] == count and {e["kind"] for e in body["results"]} <= {kind}
        assert body["kinds"] == kinds  # counted before the kind filter
    pages = [_events(client, limit=3, offset=k)["results"] for k in range(0, everything["total"], 3)]
    assert [e["id"] for page in pages for e in page] == [e["id"] for e in everything["results"]]
    encounter = _events(client, vessel="445200000")
    assert {e["kind"] for e in encounter["results"]} == {
        "encounter",
        "loiter",
    }  # found as the other vessel too
    assert _events(client, recorded="true")["total"] >= everything["total"]


def test_names_the_ais_files(client: TestClient, scene: tuple[Path, Scene]) -> None:
    sources = _events(client)["ais_sources"]
    path = scene[1].path
    assert [(s["file"], s["sha256"], s["positions"]) for s in sources] == [
        (path.name, hashlib.sha256(path.read_bytes()).hexdigest(), len(scene[1].fixes))
    ]
    assert str(path.parent) not in str(sources)  # never the server's folders


def test_api_and_cli_answer_alike(client: TestClient, scene: tuple[Path, Scene]) -> None:
    import nodewatch.cli.ais  # noqa: F401  (registers `ais` on the app)
    from nodewatch.cli import app

    api = _events(client, format="geojson")["features"]
    result = CliRunner().invoke(app, ["ais", "events", "--format", "geojson", "--db", str(scene[0])])
    assert result.exit_code == 0, result.output
    cli = json.loads(result.stdout)["features"]

    def key(f: dict) -> tuple:  # type: ignore[type-arg]
        p = f["properties"]
        owners = sorted(d["record_id"] for d in (p["vessel"] or {}).get("owner_designations", []))
        return (p["kind"], p["mmsi"], p["start"], p["end"], owners, [x["citation"] for x in p["provisions"]])

    assert [key(f) for f in api] == [key(f) for f in cli]
    assert [f["geometry"] for f in api] == [f["geometry"] for f in cli]


def test_page_lists_the_events_without_javascript(client: TestClient) -> None:
    vessel_target = client.get("/targets/uk-13651").json()["target"]["id"]
    page = client.get("/ui/maritime", params={"kind": "port-call"})
    assert page.status_code == 200
    text = page.text
    assert text.count('data-kind="port-call"') == 3 and 'data-kind="gap"' not in text
    assert f'href="/ui/entity/{vessel_target}">SAM JONG 2</a>' in text
    assert "Rajin (Najin)" in text and "Nampo" in text and "¶" in text
    assert "scene.csv" in text
