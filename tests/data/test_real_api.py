"""The API on every staged list: the issue's screening example, coverage and history
checked against counts made independently from the list files."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from nodewatch.api import create_app
from nodewatch.api.config import ApiConfig
from tests.realstore import real_snapshot, real_store

pytestmark = [pytest.mark.realdata, pytest.mark.slow]

UN_NEW = "un/un-consolidated-2026-02-27.xml"
UN_OLD = "un/un-consolidated-2025-04-19.xml"


@pytest.fixture(scope="module")
def api(lists_dir: Path) -> Iterator[TestClient]:
    app = create_app(real_store(lists_dir), snapshot=real_snapshot(lists_dir), config=ApiConfig())
    with TestClient(app) as client:
        yield client


def un_refs(path: Path, list_type: str | None = None) -> set[str]:
    """Reference numbers of a UN consolidated list file, read with xml.etree alone."""
    refs = set()
    for entry in ET.parse(path).getroot().iter():
        wanted = list_type is None or entry.findtext("UN_LIST_TYPE", "").strip() == list_type
        if entry.tag in ("INDIVIDUAL", "ENTITY") and wanted:
            refs.add(entry.findtext("REFERENCE_NUMBER", "").strip())
    return refs


def results(client: TestClient, query: dict, dataset: str = "default", **params: object) -> list[dict]:
    r = client.post(f"/match/{dataset}", json={"queries": {"q": query}}, params=params)
    assert r.status_code == 200, r.text
    return r.json()["responses"]["q"]["results"]


def test_hangul_kim_yo_jong_matches_the_dprk_official(api: TestClient) -> None:
    """The issue's example: 김여정 finds KIM Yo Jong (OFAC 21444) as a match, with explanations."""
    hits = results(api, {"schema": "Person", "properties": {"name": ["김여정"]}})
    kim = [h for h in hits if "ofac-21444" in h["referents"]]
    assert kim, [(h["caption"], h["score"]) for h in hits]
    assert kim[0]["match"] is True
    name = kim[0]["explanations"]["name"]
    assert name["query"] == "김여정" and "KIM" in name["candidate"].upper()
    assert name["detail"]  # which parts met, and through which romanisation


def test_latin_and_dataset_scoped_screening(api: TestClient) -> None:
    hits = results(api, {"schema": "Person", "properties": {"name": ["Kim Yo-jong"], "nationality": ["kp"]}})
    assert "ofac-21444" in hits[0]["referents"] and hits[0]["match"]
    samjong = {"schema": "Organization", "properties": {"name": ["Korea Samjong Shipping"]}}
    uk = results(api, samjong, "uk")
    assert uk[0]["record"].startswith("uk-") and "un-KPe.064" in uk[0]["referents"]
    assert all(any(r.startswith("uk-") for r in h["referents"]) for h in uk)


def test_vessel_by_imo(api: TestClient) -> None:
    """SAM JONG 2 (IMO 7408873) is found by its IMO number alone, and linked to Korea Samjong."""
    body = api.get("/search/default", params={"q": "7408873"}).json()
    target = body["results"][0]
    assert target["caption"].upper().startswith("SAM JONG 2")
    graph = api.get(f"/graph/{target['id']}", params={"hops": 1}).json()
    names = {n["data"]["label"].upper() for n in graph["elements"]["nodes"]}
    assert "KOREA SAMJONG SHIPPING" in names


def test_coverage_holds_every_un_dprk_target(api: TestClient, lists_dir: Path) -> None:
    refs = un_refs(lists_dir / UN_NEW, "DPRK")
    assert len(refs) == 155  # PROVENANCE.md: 80 KPi + 75 KPe
    body = api.get("/coverage", params={"regime": "dprk", "listed_by": "un", "limit": 1000}).json()
    held = {r for row in body["results"] for r in row["records"] if r.startswith("un-")}
    assert {f"un-{ref}" for ref in refs} <= held
    assert all(row["authorities"]["un"] for row in body["results"])
    assert {r["dataset"] for r in body["releases"]} >= {"un-sc", "uk-ofsi", "us-ofac-sdn", "au-dfat"}


def test_un_release_diff_matches_the_files(api: TestClient, lists_dir: Path) -> None:
    old, new = un_refs(lists_dir / UN_OLD), un_refs(lists_dir / UN_NEW)
    feed = {(c["authority"], c["to"]): c for c in api.get("/changes").json()["results"]}
    un = feed[("un", "2026-02-27")]
    assert un["summary"]["added"] == len(new - old)
    assert un["summary"]["removed"] == len(old - new)
    diff = api.get("/diff", params={"authority": "un", "from": un["from"], "to": un["to"]}).json()
    assert {a["id"] for a in diff["added"]} == {f"un-{ref}" for ref in new - old}


def test_entity_and_target_views(api: TestClient) -> None:
    entity = api.get("/entities/un-KPe.064").json()  # followed redirect to the target
    assert {"un", "uk", "au"} <= set(entity["datasets"])
    assert "un-KPe.064" in entity["referents"]
    target = api.get(f"/targets/{entity['id']}").json()
    assert target["target"]["authorities"]["un"] == "2018-03-30"
    assert any(n["name"].upper().startswith("SAM JONG") for n in target["neighbours"])
