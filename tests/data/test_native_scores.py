"""The native build scores exactly as the Python it was compiled from, on real dev pairs.

The compiled side runs in this process (when a fresh build is in use); the pure side in a
fresh process with ``NODEWATCH_PURE=1``. Every field of every result must be equal: score,
match, the name comparison and the features.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import islice
from pathlib import Path
from typing import Any

import pytest

import nodewatch
import nodewatch.match.names
from nodewatch.match import score
from nodewatch.native import EXT_SUFFIX

PAIRS = 500
PURE_SIDE = """
import json, sys
from itertools import islice
import nodewatch
from nodewatch.match import score
assert nodewatch.native_status() == "pure: NODEWATCH_PURE set", nodewatch.native_status()
with open(sys.argv[1], encoding="utf-8") as lines:
    pairs = [json.loads(line) for line in islice(lines, int(sys.argv[2]))]
print(json.dumps([score(p["query"], p["candidate"]).to_dict() for p in pairs]))
"""


@pytest.mark.realdata
def test_native_scores_equal_pure_scores(data_dir: Path) -> None:
    status = nodewatch.native_status()
    if not status.startswith("native"):
        pytest.skip(f"no native build in use ({status}); scripts/build_native.py makes one")
    assert str(nodewatch.match.names.__file__).endswith(EXT_SUFFIX)
    path = data_dir.parent / "eval" / "dev_pairs.jsonl"
    with path.open(encoding="utf-8") as lines:
        pairs = [json.loads(line) for line in islice(lines, PAIRS)]
    assert len(pairs) == PAIRS
    ours: list[dict[str, Any]] = [score(p["query"], p["candidate"]).to_dict() for p in pairs]
    env = {**os.environ, "NODEWATCH_PURE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", PURE_SIDE, str(path), str(PAIRS)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    pure = json.loads(done.stdout)
    differ = [p["id"] for p, a, b in zip(pairs, json.loads(json.dumps(ours)), pure, strict=True) if a != b]
    assert not differ, f"{len(differ)} pairs score differently compiled: {differ[:10]}"
