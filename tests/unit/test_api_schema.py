"""schemathesis against the OpenAPI document: every endpoint, generated valid and invalid input.

Each answer must match its documented status codes, content type and response model, and
nothing may fail with a server error. Runs on the tiny hand-written store, in-process (ASGI).
(The store is built at import: schemathesis' ``from_fixture`` does not run on pytest 9.)
"""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from nodewatch.api.config import ApiConfig
from nodewatch.api.snapshot import Snapshot
from nodewatch.store import connect
from nodewatch.web import create_app
from tests.fixtures.api.world import build_world


def _app():  # type: ignore[no-untyped-def]
    folder = Path(tempfile.mkdtemp(prefix="nodewatch-schema-"))
    atexit.register(shutil.rmtree, folder, True)
    path = build_world(folder / "world.duckdb")
    con = connect(path, read_only=True)
    try:
        snapshot = Snapshot.load(con)
    finally:
        con.close()
    return create_app(path, snapshot=snapshot, config=ApiConfig(api_key="schemathesis-key"))


@schemathesis.serializer("application/x-ndjson")
def ndjson(_ctx: object, value: object) -> bytes:
    """/loads takes FtM JSON lines: send the generated value as one line of JSON."""
    return json.dumps(value).encode() + b"\n"


# A well-formed request may still name something that is not there (an unknown FtM schema in
# a query, a list not in the store): that is a clear 400, as in yente, not a server fault.
CONFIG = schemathesis.Config.from_dict(
    {
        "checks": {
            "positive_data_acceptance": {"expected-statuses": ["2xx", "3xx", "400", "401", "403", "404"]}
        }
    }
)
schema = schemathesis.openapi.from_asgi("/openapi.json", _app(), config=CONFIG)


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi(case: schemathesis.Case) -> None:
    case.call_and_validate()
