"""The API on a tiny hand-written store: yente shapes, nodewatch endpoints, safety."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from nodewatch.api import create_app
from nodewatch.api.config import ApiConfig
from nodewatch.resolve.judgements import load
from nodewatch.store import connect
from tests.fixtures.api.world import SAMJONG, build_world

KEY = "test-key-0123456789"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_world(tmp_path_factory.mktemp("api") / "world.duckdb")


@pytest.fixture(scope="module")
def api(world: Path) -> Iterator[TestClient]:
    app = create_app(world, config=ApiConfig(api_key=KEY))
    with TestClient(app, raise_server_exceptions=False) as client:  # runs the lifespan: loads the store
        yield client


def match(client: TestClient, query: dict, dataset: str = "default", **params: object):  # type: ignore[no-untyped-def]
    return client.post(f"/match/{dataset}", json={"queries": {"q": query}}, params=params)


def person(name: str, **props: list[str]) -> dict:
    return {"schema": "Person", "properties": {"name": [name], **props}}


def test_match_has_yente_shape_and_names_releases(api: TestClient) -> None:
    r = match(api, person("Kim Yo Jong"))
    assert r.status_code == 200
    body = r.json()
    assert set(body) >= {"responses", "limit", "releases"}
    answer = body["responses"]["q"]
    assert set(answer) == {"status", "results", "total", "query"}
    assert answer["status"] == 200
    assert answer["query"]["schema"] == "Person"
    top = answer["results"][0]
    assert top["referents"] == ["ofac-21444"]
    assert top["id"].startswith("nw-")
    assert top["match"] is True and 0.7 <= top["score"] <= 1
    assert top["datasets"] == ["us-ofac"]
    assert top["explanations"]["name"]["candidate"] == "KIM, Yo Jong"
    assert {"detail", "score"} <= set(top["explanations"]["name"])
    assert answer["total"] == {"value": 1, "relation": "eq"}
    datasets = {rel["dataset"] for rel in body["releases"]}
    assert datasets == {"un-sc", "uk-ofsi", "us-ofac-sdn"}
    assert "un-sc@2025-01-01" in r.headers["x-nodewatch-releases"]


def test_match_is_scoped_by_dataset(api: TestClient) -> None:
    assert match(api, person("Kim Yo Jong"), "un").json()["responses"]["q"]["results"] == []
    org = {"schema": "Organization", "properties": {"name": [SAMJONG]}}
    uk = match(api, org, "uk").json()["responses"]["q"]["results"]
    assert uk[0]["record"] == "uk-13635"  # the UK record scored, the target holds both
    assert uk[0]["referents"] == ["uk-13635", "un-KPe.064"]
    assert match(api, org, include_dataset="au").status_code == 400


def test_match_qualifiers_and_identifiers_move_the_score(api: TestClient) -> None:
    plain = match(api, person("Ri Yong Su"), cutoff=0.1).json()["responses"]["q"]["results"][0]
    born = match(api, person("Ri Yong Su", birthDate=["1960-05-01"])).json()["responses"]["q"]["results"][0]
    other = match(api, person("Ri Yong Su", birthDate=["1985"]), cutoff=0.0).json()["responses"]["q"][
        "results"
    ]
    assert born["score"] >= plain["score"]
    assert "birth_date" in born["explanations"] and born["explanations"]["birth_date"]["score"] > 0
    assert not other or other[0]["score"] < plain["score"]
    vessel = {"schema": "Vessel", "properties": {"name": ["Unknown ship"], "imoNumber": ["IMO 7408873"]}}
    hit = match(api, vessel, cutoff=0.0).json()["responses"]["q"]["results"][0]
    assert hit["referents"] == ["uk-13651"] and hit["match"]


def test_match_rejects_bad_input_with_clear_4xx(api: TestClient) -> None:
    assert match(api, person("x"), "nowhere").status_code == 404
    bad_schema = match(api, {"schema": "Nonsense", "properties": {"name": ["x"]}})
    assert bad_schema.status_code == 400 and "schema" in bad_schema.json()["detail"]
    assert match(api, {"schema": "Sanction", "properties": {"program": ["x"]}}).status_code == 400
    too_many = match(api, {"schema": "Person", "properties": {"name": [f"n{i}" for i in range(60)]}})
    assert too_many.status_code == 400 and "at most" in too_many.json()["detail"]
    assert match(api, person("x" * 600)).status_code == 400
    assert match(api, person("x"), limit=1000).status_code == 422
    assert match(api, person("x"), threshold=2).status_code == 422
    assert match(api, person("x"), algorithm="magic").status_code == 400
    assert api.post("/match/default", json={"queries": {}}).status_code == 400
    assert (
        api.post(
            "/match/default", content=b"{not json", headers={"content-type": "application/json"}
        ).status_code
        == 422
    )
    many = {"queries": {f"q{i}": person("x") for i in range(101)}}
    assert api.post("/match/default", json=many).status_code == 422


def test_yente_algorithm_names_are_accepted(api: TestClient) -> None:
    for name in ("best", "logic-v2", "name-based"):
        assert match(api, person("Kim Yo Jong"), algorithm=name).status_code == 200


def test_request_body_is_capped(api: TestClient) -> None:
    big = b'{"queries": {"q": {"schema": "Person", "properties": {"name": ["' + b"a" * (1 << 20) + b'"]}}}}'
    r = api.post("/match/default", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "larger than" in r.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap must hold while streaming
        for _ in range(20):
            yield b" " * 100_000

    r = api.post("/match/default", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_search_finds_by_name_and_identifier(api: TestClient) -> None:
    body = api.get("/search/default", params={"q": "samjong shipping"}).json()
    assert body["results"][0]["caption"] == SAMJONG
    assert body["total"]["value"] >= 1 and body["releases"]
    assert {f["name"] for f in body["facets"]["datasets"]["values"]} >= {"un", "uk"}
    assert api.get("/search/default", params={"q": "7408873"}).json()["results"][0]["referents"] == [
        "uk-13651"
    ]
    assert api.get("/search/default", params={"q": ""}).json()["results"] == []
    assert api.get("/search/default", params={"limit": 1000}).status_code == 422


def test_entities_merge_records_and_redirect_referents(api: TestClient) -> None:
    r = api.get("/entities/un-KPe.064", follow_redirects=False)
    assert r.status_code == 308
    entity = api.get(r.headers["location"]).json()
    assert entity["referents"] == ["uk-13635", "un-KPe.064"]
    assert entity["datasets"] == ["uk", "un"]
    assert entity["caption"] == SAMJONG and entity["target"] is True
    sanctions = entity["properties"]["sanctions"]
    assert {s["properties"]["authority"][0] for s in sanctions} == {"un", "uk"}
    assert entity["releases"]
    assert api.get("/entities/nope").status_code == 404


def test_coverage_gaps_lags_and_targets(api: TestClient) -> None:
    cov = api.get("/coverage", params={"regime": "dprk"}).json()
    rows = {row["name"]: row for row in cov["results"]}
    assert rows[SAMJONG]["authorities"] == {"un": "2018-03-30", "uk": "2018-04-03"}
    assert rows[SAMJONG]["lag_days"]["uk"] == 4
    assert cov["total"] == len(cov["results"]) and cov["releases"]
    gaps = api.get("/gaps", params={"authority": "uk"}).json()
    assert {row["name"] for row in gaps["results"]} == {"RI Yong Su", "CHON MA SAN"}
    assert api.get("/gaps", params={"authority": "mars"}).status_code == 400
    assert api.get("/coverage", params={"regime": "moon"}).status_code == 422
    lags = {row["authority"]: row for row in api.get("/lags").json()["lags"]}
    assert lags["uk"]["followed"] == 1 and lags["uk"]["median_days"] == 4
    target = api.get("/targets/uk-13651").json()
    assert target["records"][0]["properties"]["imoNumber"] == ["7408873"]
    assert target["neighbours"][0]["name"] == SAMJONG and target["neighbours"][0]["relation"] == "asset_of"


def test_graph_is_cytoscape_elements(api: TestClient) -> None:
    graph = api.get("/graph/un-KPe.064").json()
    labels = {n["data"]["label"] for n in graph["elements"]["nodes"]}
    assert labels == {SAMJONG, "SAM JONG 2"}
    (edge,) = graph["elements"]["edges"]
    ids = {n["data"]["id"] for n in graph["elements"]["nodes"]}
    assert {edge["data"]["source"], edge["data"]["target"]} == ids
    assert api.get("/graph/un-KPe.064", params={"hops": 9}).status_code == 422


def test_releases_diff_and_changes(api: TestClient) -> None:
    releases = api.get("/releases").json()["results"]
    assert [r["current"] for r in releases if r["dataset"] == "un-sc"] == [False, True]
    assert all(r["origin"] is None for r in releases)  # server paths are not shown
    diff = api.get("/diff", params={"authority": "un", "from": "2024-01-01", "to": "2025-01-01"}).json()
    assert diff["summary"] == {"added": 1, "removed": 0, "changed": 0}
    assert diff["added"] == [{"id": "un-KPe.999", "name": "CHON MA SAN"}]
    assert api.get("/diff", params={"authority": "un", "from": "2020-01-01"}).status_code == 404
    assert (
        api.get("/diff", params={"authority": "un", "from": "2025-01-01", "to": "2024-01-01"}).status_code
        == 400
    )
    assert api.get("/diff", params={"authority": "un", "from": "yesterday"}).status_code == 422
    (change,) = api.get("/changes").json()["results"]
    assert change["authority"] == "un" and change["summary"]["added"] == 1


def test_writes_need_the_key(api: TestClient, world: Path) -> None:
    body = {"a": "un-KPi.033", "b": "ofac-21444", "verdict": "different", "author": "test"}
    assert api.post("/judgements", json=body).status_code == 401
    assert api.post("/judgements", json=body, headers={"X-API-Key": "wrong"}).status_code == 401
    r = api.post("/judgements", json=body, headers={"Authorization": f"Bearer {KEY}"})
    assert r.status_code == 200 and r.json()["verdict"] == "different"
    unknown = api.post("/judgements", json={**body, "a": "un-nothing"}, headers={"X-API-Key": KEY})
    assert unknown.status_code == 404
    assert (
        api.post("/judgements", json={**body, "verdict": "maybe"}, headers={"X-API-Key": KEY}).status_code
        == 422
    )
    con = connect(world)  # judgements.load creates its table, so not read-only
    try:
        assert [(j.a, j.b, j.verdict) for j in load(con)] == [("ofac-21444", "un-KPi.033", "different")]
    finally:
        con.close()


def test_writes_are_refused_without_a_configured_key(world: Path) -> None:
    with TestClient(create_app(world, config=ApiConfig()), raise_server_exceptions=False) as client:
        r = client.post("/judgements", json={"a": "un-KPi.033", "b": "ofac-21444", "verdict": "same"})
        assert r.status_code == 403 and "NODEWATCH_API_KEY" in r.json()["detail"]
        assert (
            "access-control-allow-origin"
            not in client.get("/healthz", headers={"Origin": "http://x.test"}).headers
        )


def test_cors_only_for_configured_origins(world: Path) -> None:
    app = create_app(world, config=ApiConfig(cors_origins=("https://analyst.example",)))
    with TestClient(app) as client:
        ok = client.get("/healthz", headers={"Origin": "https://analyst.example"})
        assert ok.headers["access-control-allow-origin"] == "https://analyst.example"
        other = client.get("/healthz", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


def test_errors_carry_no_stack_trace(api: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    snapshot = api.app.state.nodewatch.snapshot  # type: ignore[attr-defined]

    def explode(*_args: object, **_kw: object) -> None:
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(snapshot.index, "screen", explode)
    r = match(api, person("Kim Yo Jong"))
    assert r.status_code == 500
    assert "secret" not in r.text and "Traceback" not in r.text
    assert r.json() == {"detail": "internal error; the server log has the details"}


def test_not_ready_answers_503(world: Path) -> None:
    app = create_app(world)  # no lifespan run: nothing loaded
    client = TestClient(app, raise_server_exceptions=False)
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 503
    r = match(client, person("Kim Yo Jong"))
    assert r.status_code == 503 and r.headers["retry-after"]


def test_openapi_documents_every_endpoint(api: TestClient) -> None:
    paths = set(api.get("/openapi.json").json()["paths"])
    assert paths >= {
        "/match/{dataset}",
        "/search/{dataset}",
        "/entities/{entity_id}",
        "/coverage",
        "/gaps",
        "/targets/{target_id}",
        "/graph/{target_id}",
        "/releases",
        "/diff",
        "/healthz",
        "/readyz",
        "/judgements",
    }


def test_ftm_loads_join_the_network(world: Path, tmp_path: Path) -> None:
    """POST /loads (with the key) stores FtM lines, resolves them onto targets and re-reads the network."""
    import shutil
    import time

    import orjson

    path = tmp_path / "loads.duckdb"
    shutil.copy(world, path)
    lines = [
        {"id": "v1", "schema": "Vessel", "properties": {"name": ["Sam Jong 2"], "imoNumber": ["7408873"]}},
        {"id": "c1", "schema": "Company", "properties": {"name": ["Intermediary Trading LLC"]}},
        {"id": "o1", "schema": "Ownership", "properties": {"owner": ["c1"], "asset": ["v1"]}},
    ]
    body = b"\n".join(orjson.dumps(line) for line in lines) + b"\nnot json\n"
    with TestClient(create_app(path, config=ApiConfig(api_key=KEY)), raise_server_exceptions=False) as client:
        assert client.post("/loads", content=body).status_code == 401
        r = client.post(
            "/loads", content=body, headers={"X-API-Key": KEY, "content-type": "application/x-ndjson"}
        )
        assert r.status_code == 200, r.text
        result = r.json()
        assert result["entities"] == 2 and result["relations"] == 1
        assert [s["line"] for s in result["skipped"]] == [4]
        assert {m["entity"]: m["record"] for m in result["resolved"]}["v1"] == "uk-13651"
        deadline = time.monotonic() + 60
        labels: set[str] = set()
        while time.monotonic() < deadline and "Intermediary Trading LLC" not in labels:
            time.sleep(0.5)
            graph = client.get("/graph/uk-13651", params={"hops": 1})
            if graph.status_code == 200:
                labels = {n["data"]["label"] for n in graph.json()["elements"]["nodes"]}
        assert "Intermediary Trading LLC" in labels
        empty = client.post("/loads", content=b"  ", headers={"X-API-Key": KEY})
        assert empty.status_code == 400
