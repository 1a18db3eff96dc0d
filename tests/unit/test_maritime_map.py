"""The maritime map's pieces without reference data: simplification, event ids, selection, and
the API and page over a store that holds lists but no AIS."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from nodewatch.api.config import ApiConfig
from nodewatch.api.maritime import event_ids
from nodewatch.maritime.areas import simplify
from nodewatch.maritime.events import KINDS, Event, Vessel
from nodewatch.maritime.select import involves, select_with_counts
from nodewatch.web import create_app
from tests.fixtures.api.world import build_world


def _segment_distance(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    ab = b - a
    t = 0.0 if not ab.any() else float(np.clip(np.dot(p - a, ab) / np.dot(ab, ab), 0, 1))
    return float(np.hypot(*(p - (a + t * ab))))


def test_simplify_keeps_every_point_within_tolerance() -> None:
    rng = np.random.default_rng(7)
    x = np.linspace(0, 10, 800)
    line = np.column_stack([x, np.sin(x) + rng.normal(0, 0.002, len(x))])
    tolerance = 0.01
    kept = simplify(line, tolerance)
    assert len(kept) < len(line) / 5
    assert (kept[0] == line[0]).all() and (kept[-1] == line[-1]).all()
    # every original point lies within the tolerance of the simplified line (brute force)
    worst = max(min(_segment_distance(p, kept[k], kept[k + 1]) for k in range(len(kept) - 1)) for p in line)
    assert worst <= tolerance + 1e-12


def test_simplify_drops_collinear_points_only() -> None:
    square = np.array([[0, 0], [0.5, 0], [1, 0], [1, 1], [0, 1], [0, 0]], dtype=float)
    assert simplify(square, 0.001).tolist() == [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]


def _event(kind: str, mmsi: int, hour: int, raised: bool = True, **vessel: object) -> Event:
    start = datetime(2024, 3, 1, hour, tzinfo=UTC)
    event = Event(kind, "x", mmsi, start, start, 40.0, 130.0, raised=raised)
    event.vessel = Vessel(mmsi, **vessel)  # type: ignore[arg-type]
    return event


def test_event_ids_are_readable_and_unique() -> None:
    a, b, c = _event("gap", 1, 0), _event("gap", 1, 0), _event("loiter", 1, 0)
    ids = event_ids([a, b, c])
    start = int(a.start.timestamp())
    assert [ids[id(e)] for e in (a, b, c)] == [
        f"gap-x-1-{start}",
        f"gap-x-1-{start}-2",
        f"loiter-x-1-{start}",
    ]


def test_selection_by_vessel_kind_and_raised() -> None:
    sam = _event("gap", 445123000, 1, imo=7408873, name="SAM JONG 2")
    call = _event("port-call", 445123000, 2, imo=7408873, name="SAM JONG 2")
    quiet = _event("gap", 412000000, 3, raised=False, name="XIN YUAN 18")
    meet = _event("encounter", 412000000, 4, name="XIN YUAN 18")
    meet.other_mmsi, meet.other_vessel = 445123000, sam.vessel
    events = [sam, call, quiet, meet]
    assert involves(sam, "7408873") and involves(sam, "445123000") and involves(sam, " Sam Jong-2 ")
    assert not involves(sam, "SAM JONG 3") and not involves(sam, "412000000")
    chosen, counts = select_with_counts(events, "gap", "sam jong 2")
    assert chosen == [sam]
    assert counts == {**dict.fromkeys(KINDS, 0), "gap": 1, "port-call": 1, "encounter": 1}
    assert select_with_counts(events, "gap")[0] == [sam]  # the recorded gap is not raised
    assert select_with_counts(events, "gap", recorded=True)[0] == [sam, quiet]
    assert select_with_counts(events, None, "XIN YUAN 18")[0] == [meet]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    world = build_world(tmp_path_factory.mktemp("map") / "world.duckdb")
    with TestClient(create_app(world, config=ApiConfig()), raise_server_exceptions=False) as c:
        yield c


def test_events_of_a_store_without_ais(client: TestClient) -> None:
    r = client.get("/maritime/events")
    assert r.status_code == 200
    body = r.json()
    assert (body["total"], body["results"], body["ais_sources"]) == (0, [], [])
    assert body["kinds"] == dict.fromkeys(KINDS, 0)
    assert {rel["dataset"] for rel in body["releases"]} == {"un-sc", "uk-ofsi", "us-ofac-sdn"}
    assert "un-sc@2025-01-01" in r.headers["x-nodewatch-releases"]
    geo = client.get("/maritime/events", params={"format": "geojson"})
    assert geo.headers["content-type"] == "application/geo+json"
    assert geo.json()["type"] == "FeatureCollection" and geo.json()["features"] == []


def test_events_are_computed_before_anyone_asks(tmp_path: Path) -> None:
    world = build_world(tmp_path / "world.duckdb")
    app = create_app(world, config=ApiConfig())
    with TestClient(app):
        state = app.state.nodewatch
        deadline = time.monotonic() + 15
        while (
            getattr(app.state, "maritime_events", None) is None or app.state.maritime_events.snapshot is None
        ):
            assert time.monotonic() < deadline, "the events of the loaded snapshot were not computed"
            time.sleep(0.1)
        assert app.state.maritime_events.snapshot is state.snapshot
        assert app.state.maritime_events.events.events == []


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"kind": "boat"}, "kind"),
        ({"limit": 1001}, "limit"),
        ({"limit": -1}, "limit"),
        ({"offset": -5}, "offset"),
        ({"format": "kml"}, "format"),
        ({"vessel": "x" * 101}, "vessel"),
        ({"recorded": "perhaps"}, "recorded"),
    ],
)
def test_bad_parameters_are_named(client: TestClient, params: dict[str, object], field: str) -> None:
    r = client.get("/maritime/events", params=params)
    assert r.status_code == 422
    assert [e["loc"] for e in r.json()["detail"]] == [["query", field]]


def test_openapi_documents_both_answers(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    op = spec["paths"]["/maritime/events"]["get"]
    content = op["responses"]["200"]["content"]
    assert set(content) == {"application/json", "application/geo+json"}
    geo = content["application/geo+json"]["schema"]
    assert "$defs" not in geo
    refs = {geo["properties"][k]["items"]["$ref"] for k in ("releases", "ais_sources")}
    assert {ref.rsplit("/", 1)[1] for ref in refs} <= set(spec["components"]["schemas"])
    assert {p["name"] for p in op["parameters"]} == {
        "kind",
        "vessel",
        "recorded",
        "limit",
        "offset",
        "format",
    }


def test_page_without_ais_and_short_address(client: TestClient) -> None:
    page = client.get("/ui/maritime")
    assert page.status_code == 200
    assert "No AIS in this store yet" in page.text
    assert 'href="/ui/maritime" class="active"' in page.text
    assert 'src="/static/vendor/leaflet/leaflet.js"' in page.text
    bad = client.get("/ui/maritime", params={"kind": "boat"})
    assert bad.status_code == 200 and "no event kind &#39;boat&#39;" in bad.text
    moved = client.get("/maritime", params={"kind": "gap"}, follow_redirects=False)
    assert (moved.status_code, moved.headers["location"]) == (307, "/ui/maritime?kind=gap")


def test_vendored_assets_are_served(client: TestClient) -> None:
    root = Path(__file__).resolve().parents[2] / "src/nodewatch/web/static/vendor"
    for path in ("leaflet/leaflet.js", "leaflet/leaflet.css", "topojson-client/topojson-client.min.js"):
        r = client.get(f"/static/vendor/{path}")
        assert r.status_code == 200 and r.content == (root / path).read_bytes()
    land = client.get("/static/vendor/world-atlas/land-50m.json").json()
    assert land["type"] == "Topology" and "land" in land["objects"]
