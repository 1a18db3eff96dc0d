"""Every staged official list through the real ingest path, checked against independent counts."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import orjson
import pytest
from followthemoney import model
from typer.testing import CliRunner

from nodewatch.cli import app
from nodewatch.store import connect
from nodewatch.store.db import scalar
from nodewatch.store.inspect import stats
from nodewatch.store.pipeline import ingest_many, list_files
from tests.realstore import ingested_store

pytestmark = pytest.mark.realdata
TABLES = ("releases", "statements", "statement_releases", "record_positions")


def ofac_rows(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("ascii").replace("\x1a", "")
    return [row for row in csv.reader(text.splitlines()) if row]


@pytest.fixture(scope="module")
def store(lists_dir):
    db, outcomes = ingested_store(lists_dir)
    assert [o.error for o in outcomes if o.error] == []
    return db, outcomes


def newest(db: Path) -> dict[str, dict]:
    con = connect(db, read_only=True)
    data = stats(con)
    con.close()
    return {item["dataset"]: item for item in data["releases"]}


def test_every_staged_list_file_is_ingested(store, lists_dir):
    _db, outcomes = store
    ingested = {o.path.name for o in outcomes if o.result}
    expected = {p.name for p in list_files(lists_dir)}
    assert ingested == expected


def test_un_counts(store, lists_dir):
    db, _ = store
    root = ET.parse(lists_dir / "un" / "un-consolidated-2026-02-27.xml").getroot()
    people = len(root.findall("./INDIVIDUALS/INDIVIDUAL"))
    entities = len(root.findall("./ENTITIES/ENTITY"))
    dprk = Counter(
        e.findtext("REFERENCE_NUMBER")[:3] for e in root.iter() if e.findtext("UN_LIST_TYPE") == "DPRK"
    )
    item = newest(db)["un-sc"]
    assert item["published"].startswith("2026-02-27")
    assert item["targets"] == people + entities == 1003
    assert item["by_schema"]["Person"] == people == 730
    assert sum(v for k, v in item["by_schema"].items() if k != "Person") == entities == 273
    assert item["by_program"]["UN-1718"] == dprk["KPi"] + dprk["KPe"] == 155


def test_ofac_sdn_counts(store, lists_dir):
    db, _ = store
    rows = ofac_rows(lists_dir / "us-ofac" / "sdn-2024-05-03.csv")
    kinds = Counter(row[2].strip() for row in rows)
    item = newest(db)["us-ofac-sdn"]
    assert item["targets"] == len(rows) == 14965
    assert item["by_schema"] == {
        "Airplane": kinds["aircraft"],
        "Organization": kinds["-0-"],
        "Person": kinds["individual"],
        "Vessel": kinds["vessel"],
    }
    assert (kinds["individual"], kinds["-0-"], kinds["vessel"], kinds["aircraft"]) == (6854, 6884, 851, 376)
    dprk_rows = sum(1 for row in rows if "DPRK" in row[3])
    dprk_targets = {p for p, n in item["by_program"].items() if p.startswith("DPRK")}
    assert dprk_targets == {"DPRK", "DPRK2", "DPRK3", "DPRK4", "DPRK-NKSPEA"}
    assert dprk_rows == 484
    assert item["published_source"] == "filename"


def test_uk_counts(store, lists_dir):
    db, _ = store
    item = newest(db)["uk-ofsi"]
    assert item["published"].startswith("2025-04-14")
    assert item["targets"] == 4688
    assert item["by_schema"] == {"Organization": 1010, "Person": 3663, "Vessel": 15}


def test_australia_and_canada_counts(store, lists_dir):
    db, _ = store
    data = newest(db)
    canada = ET.parse(lists_dir / "canada" / "sema-consolidated-autonomous-2025-05-25.xml").getroot()
    assert data["ca-sema"]["targets"] == len(canada.findall("record")) == 4759
    assert data["au-dfat"]["targets"] == 3062


def test_diff_matches_set_difference_of_ent_nums(store, lists_dir):
    db, _ = store
    old = {row[0] for row in ofac_rows(lists_dir / "us-ofac" / "sdn-2022-02-23.csv")}
    new = {row[0] for row in ofac_rows(lists_dir / "us-ofac" / "sdn-2024-05-03.csv")}
    result = CliRunner().invoke(
        app,
        ["diff", "us-ofac", "--from", "2022-02-23", "--to", "2024-05-03", "--json"],
        env={"NODEWATCH_DB": str(db)},
    )
    assert result.exit_code == 0, result.output
    data = orjson.loads(result.stdout)
    assert {i["id"] for i in data["added"]} == {f"ofac-{n}" for n in new - old}
    assert {i["id"] for i in data["removed"]} == {f"ofac-{n}" for n in old - new}
    assert len(data["added"]) > 5000
    changed = {c["id"]: c for c in data["changed"]}
    assert changed, "some SDN entries changed between 2022 and 2024"
    assert all(c["fields"] for c in changed.values())
    # Fields are named, not opaque: every field is an FtM property, a name kind, a link or a designation part
    names = Counter(f.split(".")[0].split(":")[0] for c in changed.values() for f in c["fields"])
    assert set(names) <= set(model.get("Thing").properties) | set(model.get("Person").properties) | {
        "sanction",
        "link",
        "notes",
        "alias",
        "weakAlias",
        "previousName",
        "name",
    } | set(model.get("Vessel").properties) | set(model.get("Organization").properties)


def test_reingest_changes_nothing(store, lists_dir):
    db, _ = store
    con = connect(db)
    before = [scalar(con, f"SELECT count(*) FROM {t}") for t in TABLES]
    outcomes = ingest_many(con, list_files(lists_dir), skip_unrecognised=True)
    after = [scalar(con, f"SELECT count(*) FROM {t}") for t in TABLES]
    con.close()
    assert after == before
    assert all(o.result.skipped for o in outcomes if o.result)


def test_export_validates_with_followthemoney(store, tmp_path):
    db, _ = store
    out = tmp_path / "export.ftm.json"
    result = CliRunner().invoke(
        app,
        ["export", "--format", "ftm", "--out", str(out), "--authority", "un"],
        env={"NODEWATCH_DB": str(db)},
    )
    assert result.exit_code == 0, result.output
    schemata: Counter[str] = Counter()
    with out.open("rb") as handle:
        for line in handle:
            data = orjson.loads(line)
            schema = model.get(data["schema"])
            schema.validate(data)  # raises InvalidData on a bad property or value
            proxy = model.get_proxy(data, cleaned=False)
            assert proxy.id == data["id"]
            schemata[data["schema"]] += 1
    assert schemata["Sanction"] >= 1003
    assert schemata["Person"] == 730


def snapshot(db: Path) -> list[int]:
    con = connect(db, read_only=True)
    counts = [scalar(con, f"SELECT count(*) FROM {t}") for t in TABLES]
    con.close()
    return counts


def test_killed_ingest_leaves_store_as_before(lists_dir, tmp_path):
    db = tmp_path / "kill.duckdb"
    con = connect(db)
    ingest_many(con, [lists_dir / "un" / "un-consolidated-2026-02-27.xml"])
    con.close()
    before = snapshot(db)
    marker = tmp_path / "inside-transaction"
    env = {
        **os.environ,
        "NODEWATCH_DB": str(db),
        "NODEWATCH_FAULT": "mid-ingest",
        "NODEWATCH_FAULT_FILE": str(marker),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "nodewatch", "ingest", str(lists_dir / "us-ofac" / "sdn-2024-05-03.csv")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "ingest exited"
        assert time.monotonic() < deadline, "ingest never reached the fault point"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert snapshot(db) == before
    # and the store still works: the same file ingests cleanly afterwards
    con = connect(db)
    (outcome,) = ingest_many(con, [lists_dir / "us-ofac" / "sdn-2024-05-03.csv"])
    con.close()
    assert outcome.result is not None and outcome.result.records == 14965


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        ("truncated.xml", lambda b: b[: len(b) // 2]),
        (
            "bomb.xml",
            lambda b: (
                b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                b"<CONSOLIDATED_LIST>&b;</CONSOLIDATED_LIST>"
            ),
        ),
        (
            "xxe.xml",
            lambda b: (
                b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b"<CONSOLIDATED_LIST>&x;</CONSOLIDATED_LIST>"
            ),
        ),
        ("utf16.xml", lambda b: b.decode("utf-8").encode("utf-16")),
    ],
)
def test_bad_files_are_refused_with_position_and_leave_store_untouched(lists_dir, tmp_path, name, damage):
    db = tmp_path / "bad.duckdb"
    con = connect(db)
    ingest_many(con, [lists_dir / "un" / "un-consolidated-2025-04-19.xml"])
    con.close()
    before = snapshot(db)
    bad = tmp_path / name
    bad.write_bytes(damage((lists_dir / "un" / "un-consolidated-2026-02-27.xml").read_bytes()))
    result = CliRunner().invoke(app, ["ingest", str(bad)], env={"NODEWATCH_DB": str(db)})
    assert result.exit_code == 1
    assert str(bad) in result.output and "line" in result.output  # names the file and the position
    assert "Traceback" not in result.output
    assert snapshot(db) == before
